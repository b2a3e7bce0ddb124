// `--format pretty`: a record as a readable terminal view. It works on whatever arrays are filled, so it shows
// entities, quotes and events as the stages that write them land, and an empty section is left out.
import type { ArticleRecord, DyadEvent, Entity, Quote } from '../index.js';

export interface PrettyOptions {
  /** ANSI bold/dim for terminals. */
  color: boolean;
  /** CAMEO event names by code ("042" → "Make a visit"), where a lexicon provides them. */
  cameoName?: (code: string) => string | undefined;
  /** Longest quote text shown before it is cut with "…". */
  quoteWidth?: number;
}

const style = (on: boolean, open: number, close: number) => (s: string) => (on ? `\x1b[${open}m${s}\x1b[${close}m` : s);

function clip(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** "2024-04-08" … "2024-04-09" → "2024-04-08…09": the end keeps only what differs. */
export function dateRange(date: string | null, end: string | null): string | null {
  if (!date) return null;
  if (!end || end === date) return date;
  const a = date.split('-');
  const b = end.split('-');
  let k = 0;
  while (k < b.length - 1 && a[k] === b[k]) k++;
  return `${date}…${b.slice(k).join('-')}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function actorLabel(actor: { entity: string | null; actor: string | null; text?: string }, names: Map<string, Entity>): string {
  const name = actor.entity ? names.get(actor.entity)?.name : actor.text;
  return [actor.actor, name].filter(Boolean).join(' ') || '?';
}

export function eventLine(v: DyadEvent, names: Map<string, Entity>, cameoName?: (code: string) => string | undefined): string {
  const label = cameoName?.(v.code);
  const verb = `—${v.code}${label ? ` ${label}` : ''}→`;
  const target = v.target ? ` ${actorLabel(v.target, names)}` : '';
  const tail = [dateRange(v.date, v.dateEnd), v.location?.name, v.modality].filter(Boolean).join(', ');
  return `${actorLabel(v.source, names)} ${verb}${target}${tail ? `, ${tail}` : ''}`;
}

function entityLine(e: Entity): string {
  const code = [e.actor ?? e.country].filter(Boolean).map((c) => `[${c}]`);
  const roles = e.roles.length ? ` — ${e.roles.join('; ')}` : '';
  const affiliation = e.affiliation ? ` (${e.affiliation})` : '';
  return `${e.type.padEnd(6)} ${[e.name, ...code].join(' ')}${roles}${affiliation} · ${plural(e.mentions.length, 'mention')}`;
}

/** Quotes under their speaker, speakers in order of their first quote. */
function quoteGroups(quotes: Quote[], names: Map<string, Entity>): [string, Quote[]][] {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const who = (q.speaker ? names.get(q.speaker)?.name : null) ?? q.speakerText ?? '(unattributed)';
    const list = groups.get(who) ?? [];
    list.push(q);
    groups.set(who, list);
  }
  return [...groups];
}

export function prettyRecord(record: ArticleRecord, options: PrettyOptions): string {
  const bold = style(options.color, 1, 22);
  const dim = style(options.color, 2, 22);
  const width = options.quoteWidth ?? 200;
  const names = new Map(record.entities.map((e) => [e.id, e]));
  const lines: string[] = [];
  const { meta } = record;
  lines.push(bold(meta.title ?? (clip(record.text, 80) || '(untitled)')));
  const facts = [meta.published ?? 'no date', meta.outlet, meta.byline && `by ${meta.byline}`, meta.url].filter(Boolean);
  lines.push(dim(facts.join(' · ')));
  const counts = [
    meta.inputId && `input ${meta.inputId}`,
    `language ${meta.language}`,
    plural(record.sentences.length, 'sentence'),
    record.captions.length ? plural(record.captions.length, 'caption') : null,
  ].filter(Boolean);
  lines.push(dim(counts.join(' · ')));
  for (const w of record.warnings ?? []) lines.push(`! ${w}`);

  const section = (title: string, n: number, body: string[]) => {
    if (!n) return;
    lines.push('', bold(`${title} (${n})`), ...body.map((l) => `  ${l}`));
  };
  section('Entities', record.entities.length, record.entities.map(entityLine));
  section(
    'Quotes',
    record.quotes.length,
    quoteGroups(record.quotes, names).flatMap(([who, qs]) => [
      `${who}:`,
      ...qs.map((q) => {
        const via = q.via ? `, via ${names.get(q.via)?.name ?? q.via}` : '';
        return `  “${clip(q.text, width)}” ${dim(`[${q.kind}${q.cue ? `, ${q.cue}` : ''}${via}]`)}`;
      }),
    ]),
  );
  section('Events', record.events.length, record.events.map((v) => eventLine(v, names, options.cameoName)));
  section(
    'Dates',
    record.dates.length,
    record.dates.map((d) => `${d.text} → ${dateRange(d.value, d.valueEnd) ?? 'unresolved'}`),
  );
  if (record.captions.length) section('Captions', record.captions.length, record.captions.map((c) => clip(c, width)));
  return lines.join('\n') + '\n';
}
