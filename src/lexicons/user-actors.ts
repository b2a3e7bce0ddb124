// Reads a user's actor lexicon (`--actors my-actors.yaml`, format `dyad.lexicon/1`, see examples/my-actors.yaml)
// into ActorEntry values. Pure: the CLI reads the file and passes its text; errors come back as values.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { dyadError, type DyadError } from '../errors.js';
import type { ActorEntry } from './types.js';

export const USER_LEXICON_FORMAT = 'dyad.lexicon/1';

const code = z.string().regex(/^[A-Z0-9]{3,15}$/, 'must be a CAMEO code in capitals, like RUSGOV or IGO');
const day = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date like 2012-05-07');
const name = z.string().trim().min(1, 'must not be empty');

const actorSchema = z.strictObject({
  name,
  aliases: z.array(name).default([]),
  type: z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP']).default('PERSON'),
  country: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code, like RUS').nullable().default(null),
  actor: code.nullable().default(null),
  dated: z.array(z.strictObject({ code, from: day.nullable().default(null), to: day.nullable().default(null) })).default([]),
  roles: z.array(name).default([]),
  affiliation: name.nullable().default(null),
});

const fileSchema = z.union([
  z.strictObject({ format: z.literal(USER_LEXICON_FORMAT), actors: z.array(actorSchema) }),
  z.array(actorSchema),
]);

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'actor';
}

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${path || 'the file'}: ${issue.message}`;
}

/** Parses the text of a `dyad.lexicon/1` file. `origin` names the file in messages. */
export function parseUserActors(text: string, origin: string): ActorEntry[] | DyadError {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return dyadError('bad-lexicon', `dyad: ${origin} is not valid YAML (${reason}); see examples/my-actors.yaml`, origin);
  }
  if (raw === null || raw === undefined) return [];
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    // A union reports its branches; the object branch says most when the file is an object.
    const first = issues[0];
    const inner = first && first.code === 'invalid_union' && 'errors' in first ? (first.errors as z.core.$ZodIssue[][]).find((b) => b.length)?.[0] : first;
    const where = inner ? describe(inner) : 'the file';
    return dyadError('bad-lexicon', `dyad: ${origin}: ${where}; expected format ${USER_LEXICON_FORMAT} (see examples/my-actors.yaml)`, origin);
  }
  const actors = Array.isArray(parsed.data) ? parsed.data : parsed.data.actors;
  const seen = new Map<string, number>();
  return actors.map((a) => {
    const base = `user-${slug(a.name)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const entry: ActorEntry = {
      id: n === 1 ? base : `${base}-${n}`,
      names: [a.name, ...a.aliases.filter((x) => x !== a.name)],
      code: a.actor,
      dated: a.dated.map((d) => ({ code: d.code, from: d.from, to: d.to })),
      type: a.type,
      country: a.country,
      roles: a.roles,
      affiliation: a.affiliation,
      source: 'user',
    };
    return entry;
  });
}
