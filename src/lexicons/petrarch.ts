// PETRARCH dictionaries (actors, agents, discards, verbs) read from their text into the entry types of ./types.ts.
// The formats are PETRARCH's (petrarch2 docs/source/dictionaries.rst, PETRreader.py); this adapter only parses text,
// the CLI reads the files. Lines it cannot use are skipped with a warning, as PETRARCH does.
import { z } from 'zod';
import { dyadError, type DyadError } from '../errors.js';
import type {
  ActorEntry,
  AgentEntry,
  DatedCode,
  DiscardEntry,
  Lexicons,
  NamePattern,
  PatternElement,
  PatternStep,
  SynsetEntry,
  VerbPatternEntry,
} from './types.js';

export interface DictionaryFile {
  name: string;
  text: string;
}

export type DictionaryKind = 'actors' | 'agents' | 'discards' | 'verbs';

export interface PetrarchReading {
  lexicons: Lexicons;
  /** Lines skipped and files ignored, each as `file:line: reason`. */
  warnings: string[];
}

/** Reads PETRARCH dictionary files into lexicons; an error value when no file is usable or the result is invalid. */
export function parsePetrarchDictionaries(files: DictionaryFile[]): Lexicons | DyadError {
  const reading = readPetrarchDictionaries(files);
  return 'lexicons' in reading ? reading.lexicons : reading;
}

/** As `parsePetrarchDictionaries`, keeping the warnings for the caller to show. */
export function readPetrarchDictionaries(files: DictionaryFile[]): PetrarchReading | DyadError {
  const warnings: string[] = [];
  const lexicons: Required<Lexicons> = { actors: [], agents: [], discard: [], verbs: [], synsets: [], discards: [] };
  let used = 0;
  for (const file of files) {
    const kind = dictionaryKind(file);
    if (!kind) {
      warnings.push(`${file.name}: not a PETRARCH actors, agents, discards or verbs dictionary; ignored`);
      continue;
    }
    used++;
    const lines = dictionaryLines(file);
    // concat, not push(...): a country dictionary has tens of thousands of entries
    if (kind === 'actors') lexicons.actors = lexicons.actors.concat(readActors(lines, warnings));
    else if (kind === 'agents') lexicons.agents = lexicons.agents.concat(readAgents(lines, warnings));
    else if (kind === 'discards') lexicons.discards = lexicons.discards.concat(readDiscards(lines, warnings));
    else {
      const { verbs, synsets } = readVerbs(lines, warnings, lexicons.synsets);
      lexicons.verbs = lexicons.verbs.concat(verbs);
      lexicons.synsets = lexicons.synsets.concat(synsets);
    }
  }
  if (used === 0) {
    const names = files.map((f) => f.name).join(', ') || 'none';
    return dyadError(
      'bad-lexicon',
      `dyad: no PETRARCH dictionary found among the files given (${names}); name them *actors*, *agents*, *discards* or *verbs*`,
    );
  }
  lexicons.discard = lexicons.discards.map((d) => d.words.join(' '));
  const checked = LEXICONS_SCHEMA.safeParse(lexicons);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return dyadError('bad-lexicon', `dyad: the PETRARCH dictionaries do not validate (${issue?.path.join('.')}: ${issue?.message})`);
  }
  return { lexicons, warnings };
}

// ---------------------------------------------------------------------------------------------------------------
// Which file is which: by name first, else by what its lines look like.

export function dictionaryKind(file: DictionaryFile): DictionaryKind | null {
  const base = file.name.split(/[\\/]/).pop()!.toLowerCase();
  if (/issue|ontology/.test(base)) return null;
  if (/actor/.test(base)) return 'actors';
  if (/agent/.test(base)) return 'agents';
  if (/discard/.test(base)) return 'discards';
  if (/verb/.test(base)) return 'verbs';
  const lines = dictionaryLines(file).map((l) => l.text.trim());
  if (lines.length === 0) return null;
  if (lines.some((l) => /^---.*---$/.test(l))) return 'verbs';
  if (lines.some((l) => /\[\s*~|~\s*\]/.test(l))) return 'agents';
  if (lines.some((l) => /\[[^\]\s]+[^\]]*\]/.test(l))) return 'actors';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Lines: PETRARCH comments (`<!-- -->` over one or more lines, `#` and legacy `;` to the end of the line) removed,
// blank lines dropped, leading whitespace kept (it marks date restrictions in actor files).

interface Line {
  text: string;
  /** `file:line` */
  where: string;
  number: number;
}

function dictionaryLines(file: DictionaryFile): Line[] {
  const out: Line[] = [];
  const raw = file.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let inComment = false;
  const base = file.name.split(/[\\/]/).pop()!;
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i]!;
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) continue;
      inComment = false;
      line = line.slice(end + 3);
    }
    // `<!-- ... -->` inside a line, possibly several; an unclosed one runs over the following lines
    for (let open = line.indexOf('<!'); open >= 0; open = line.indexOf('<!')) {
      const end = line.indexOf('-->', open);
      if (end < 0) {
        inComment = true;
        line = line.slice(0, open);
        break;
      }
      line = line.slice(0, open) + line.slice(end + 3);
    }
    const hash = line.indexOf('#');
    if (hash >= 0) line = line.slice(0, hash);
    const semi = line.indexOf(';');
    if (semi >= 0) line = line.slice(0, semi);
    if (line.trim() === '') continue;
    out.push({ text: line.replace(/\s+$/, ''), where: `${base}:${i + 1}`, number: i + 1 });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Words. Dictionary words are upper case with `_` (adjacent) and space (open) connectors; we keep them lower case,
// and write contractions the way tokenizers split them ("DID N'T" is two words).

/** Splits a PETRARCH phrase on spaces and underscores into a pattern of lower-case words. */
export function namePattern(phrase: string): NamePattern | null {
  const words: string[] = [];
  const open: boolean[] = [];
  let word = '';
  let pendingOpen = false;
  const flush = (connectorOpen: boolean): void => {
    if (word) {
      if (words.length) open.push(pendingOpen);
      words.push(word.toLowerCase());
      word = '';
      pendingOpen = connectorOpen;
    } else if (connectorOpen) pendingOpen = true;
  };
  for (const ch of phrase.trim()) {
    if (ch === '_') flush(false);
    else if (/\s/.test(ch)) flush(true);
    else word += ch;
  }
  flush(false);
  return words.length ? { words, open } : null;
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'al', 'in', 'on', 'to']);

/** "MINAS_TIRITH" → "Minas Tirith", "U.S." and "IMF" stay as they are: a display form of a dictionary name. */
export function displayName(pattern: NamePattern): string {
  return pattern.words
    .map((w, i) => {
      // short words are acronyms when they are the whole name ("IMF") or have no vowel ("MSF Arnor")
      const acronym = w.length <= 3 && !SMALL_WORDS.has(w) && (pattern.words.length === 1 || !/[aeiouy]/.test(w));
      if (/[.\d]/.test(w) || acronym) return w.toUpperCase();
      if (i > 0 && SMALL_WORDS.has(w)) return w;
      return w
        .split('-')
        .map((p) => (p ? p[0]!.toUpperCase() + p.slice(1) : p))
        .join('-');
    })
    .join(' ');
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'x'
  );
}

/** The plural PETRARCH makes for a noun phrase, on its last word: Y → IES, SS → SSES, else S (a word in S is kept). */
export function pluralOf(phrase: string): string {
  const m = /^(.*?)([A-Za-z'.-]+)_*$/.exec(phrase.trim());
  if (!m) return phrase;
  const [, head, last] = m as unknown as [string, string, string];
  const lower = last.toLowerCase();
  if (!/[a-z]$/.test(lower)) return phrase; // "U.S.", "G77"
  let plural: string;
  if (/[^aeiou]y$/.test(lower)) plural = last.slice(0, -1) + (last === last.toUpperCase() ? 'IES' : 'ies');
  else if (/[^s]s$/.test(lower)) return phrase; // already plural ("DOLLARS")
  else if (/(s|x|z|ch|sh)$/.test(lower)) plural = last + (last === last.toUpperCase() ? 'ES' : 'es');
  else plural = last + (last === last.toUpperCase() ? 'S' : 's');
  return head + plural;
}

// ---------------------------------------------------------------------------------------------------------------
// Actors: `PHRASE [CODE]`, `+SYNONYM` lines, and indented `[CODE <date]`, `[CODE >date]`, `[CODE date-date]`,
// `[CODE]` (default) lines. Dates are YYYYMMDD or YYMMDD (YY ≤ 30 is 20YY), bounds inclusive, first match wins.

/** PETRARCH date (YYYYMMDD or YYMMDD) → ISO YYYY-MM-DD, or null when it is not a valid date. */
export function petrarchDate(s: string): string | null {
  const d = s.trim();
  let y: number, m: number, day: number;
  if (/^\d{8}$/.test(d)) {
    y = Number(d.slice(0, 4));
    m = Number(d.slice(4, 6));
    day = Number(d.slice(6, 8));
  } else if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    m = Number(d.slice(2, 4));
    day = Number(d.slice(4, 6));
  } else return null;
  const probe = new Date(Date.UTC(y, m - 1, day));
  if (m < 1 || m > 12 || day < 1 || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== day) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface CodeSpec {
  code: string;
  dated: DatedCode | null;
}

/** The inside of `[...]` on an actor line: a code and an optional date restriction. */
function readActorCode(inside: string): CodeSpec | string {
  const m = /^\s*(\S+)\s*(.*)$/.exec(inside);
  if (!m) return 'empty code';
  const code = m[1]!.toUpperCase();
  const rest = m[2]!.trim();
  if (!rest) return { code, dated: null };
  const before = /^<\s*(\d+)$/.exec(rest);
  if (before) {
    const to = petrarchDate(before[1]!);
    return to ? { code, dated: { code, from: null, to } } : `bad date "${rest}"`;
  }
  const after = /^>\s*(\d+)$/.exec(rest);
  if (after) {
    const from = petrarchDate(after[1]!);
    return from ? { code, dated: { code, from, to: null } } : `bad date "${rest}"`;
  }
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(rest);
  if (range) {
    const from = petrarchDate(range[1]!);
    const to = petrarchDate(range[2]!);
    if (!from || !to) return `bad date "${rest}"`;
    if (to < from) return `date range "${rest}" ends before it starts`;
    return { code, dated: { code, from, to } };
  }
  return `cannot read date restriction "${rest}"`;
}

const NULL_CODES = new Set(['---']);

function readActors(lines: Line[], warnings: string[]): ActorEntry[] {
  const out: ActorEntry[] = [];
  let current: ActorEntry | null = null;
  const finish = (): void => {
    if (current && current.names.length) out.push(current);
    current = null;
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (text.includes('---STOP---')) break;
    if (text.startsWith('[')) {
      // a date restriction or a default code for the current actor
      if (!current) {
        warnings.push(`${line.where}: code line with no actor before it; skipped`);
        continue;
      }
      const inside = /^\[([^\]]*)\]?/.exec(text)![1]!;
      const spec = readActorCode(inside);
      if (typeof spec === 'string') {
        warnings.push(`${line.where}: ${spec}; skipped`);
        continue;
      }
      setCode(current, spec);
      continue;
    }
    const bracket = text.indexOf('[');
    const phrase = (bracket >= 0 ? text.slice(0, bracket) : text).replace(/^\+/, '').trim();
    const pattern = namePattern(phrase);
    if (!pattern) {
      warnings.push(`${line.where}: no name; skipped`);
      continue;
    }
    if (text.startsWith('+')) {
      if (!current) {
        warnings.push(`${line.where}: synonym with no actor before it; skipped`);
        continue;
      }
      (current as ActorEntry).names.push(displayName(pattern));
      (current as ActorEntry).patterns!.push(pattern);
      continue;
    }
    finish();
    const entry: ActorEntry = {
      id: `petrarch-actor-${slug(phrase)}-l${line.number}`,
      names: [displayName(pattern)],
      code: null,
      dated: [],
      source: 'petrarch',
      patterns: [pattern],
      line: line.where,
    };
    if (bracket >= 0) {
      const inside = /^\[([^\]]*)\]?/.exec(text.slice(bracket))![1]!;
      const spec = readActorCode(inside);
      if (typeof spec === 'string') warnings.push(`${line.where}: ${spec}; code ignored`);
      else setCode(entry, spec);
    }
    current = entry;
  }
  finish();
  return out;
}

function setCode(entry: ActorEntry, spec: CodeSpec): void {
  if (spec.dated) {
    entry.dated.push(spec.dated);
    return;
  }
  const codes = spec.code.split('/').filter(Boolean);
  if (codes.length > 1) {
    entry.code = codes[0]!;
    entry.group = codes;
  } else {
    entry.code = spec.code;
    delete entry.group;
  }
}

/**
 * The code an actor has on a date (ISO, YYYY-MM-DD or longer): the first date restriction covering it, else the
 * default; null for none and for PETRARCH's null code `---`. Bounds are inclusive at their own grain (`to: 2012`
 * covers all of 2012).
 */
export function actorCodeOn(entry: Pick<ActorEntry, 'code' | 'dated'>, date: string | null): string | null {
  const day = date ? date.slice(0, 10) : null;
  if (day) {
    for (const d of entry.dated) {
      const after = d.from === null || day.slice(0, d.from.length) >= d.from;
      const before = d.to === null || day.slice(0, d.to.length) <= d.to;
      if (after && before) return NULL_CODES.has(d.code) ? null : d.code;
    }
  }
  if (entry.code === null || NULL_CODES.has(entry.code)) return null;
  return entry.code;
}

// ---------------------------------------------------------------------------------------------------------------
// Agents: `PHRASE {PLURAL} [~CODE]` (code after the actor's) or `[CODE~]` (before it); `{}` means no plural, none
// given means the regular one; `!MARK! = A, B` defines a substitution used as `CONGRESS!MARK!`.

function readAgents(lines: Line[], warnings: string[]): AgentEntry[] {
  const out: AgentEntry[] = [];
  const marks = new Map<string, string[]>();
  for (const line of lines) {
    const text = line.text.trim();
    const def = /^!([^!\s]+)!\s*=\s*(.*)$/.exec(text);
    if (def) {
      marks.set(def[1]!, def[2]!.split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const bracket = text.indexOf('[');
    if (bracket < 0) {
      warnings.push(`${line.where}: agent without a [code]; skipped`);
      continue;
    }
    const inside = /\[([^\]]*)\]?/.exec(text.slice(bracket))![1]!.replace(/\s+/g, '');
    if (!inside || inside === '~') {
      warnings.push(`${line.where}: empty agent code; skipped`);
      continue;
    }
    const prefix = inside.endsWith('~') && !inside.startsWith('~');
    const code = inside.replace(/~/g, '').toUpperCase();
    let head = text.slice(0, bracket).trim();
    const phrases: string[] = [];
    const brace = /\{([^}]*)\}?/.exec(head);
    if (head.includes('!')) {
      const m = /^(.*?)!([^!]+)!(.*)$/.exec(head);
      const subst = m ? marks.get(m[2]!) : undefined;
      if (!m || !subst) {
        warnings.push(`${line.where}: unknown or malformed substitution marker; skipped`);
        continue;
      }
      for (const s of subst) phrases.push(m[1]! + s + m[3]!);
    } else if (brace) {
      head = head.slice(0, brace.index).trim();
      phrases.push(head);
      const plural = brace[1]!.trim();
      if (plural) phrases.push(plural);
    } else {
      phrases.push(head, pluralOf(head));
    }
    const patterns = phrases.map(namePattern).filter((p): p is NamePattern => p !== null);
    if (!patterns.length) {
      warnings.push(`${line.where}: agent without words; skipped`);
      continue;
    }
    const entry: AgentEntry = {
      id: `petrarch-agent-${slug(phrases[0]!)}-l${line.number}`,
      names: patterns.map((p) => p.words.join(' ')),
      code,
      source: 'petrarch',
      patterns,
      line: line.where,
    };
    if (prefix) entry.prefix = true;
    out.push(entry);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Discards: one phrase a line; `+` in front makes it a story discard; a final `_` asks for a whole last word.

function readDiscards(lines: Line[], warnings: string[]): DiscardEntry[] {
  const out: DiscardEntry[] = [];
  for (const line of lines) {
    let text = line.text.trim();
    const story = text.startsWith('+');
    if (story) text = text.slice(1).trim();
    const stem = !text.endsWith('_');
    const words = text
      .replace(/_+$/, '')
      .split(/[\s_]+/)
      .filter(Boolean)
      .map((w) => w.toLowerCase());
    if (!words.length) {
      warnings.push(`${line.where}: empty discard phrase; skipped`);
      continue;
    }
    out.push({ id: `petrarch-discard-${slug(words.join(' '))}-l${line.number}`, words, scope: story ? 'story' : 'sentence', stem, line: line.where });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Verbs: `&SYNSET` blocks of `+PHRASE` lines; `--- NAME [code] ---` blocks of verb lines (`VERB {FORMS} [code]`,
// multi-word verbs with the verb marked `+`: `WIRE_+TAP`, `+CORDON_OFF`) and pattern lines `- BEFORE * AFTER [code]`
// where `$` is the source, `+` the target, `%` a compound, `^` a skipped actor, `&NAME` a synset; `[a:b]` gives the
// paired event's code. PETRARCH-2 groupings `(…)` and `{…}` are read as open word sequences.

/**
 * The word forms PETRARCH makes for a regular verb: base, S (ES after S/X/Z), D or ED, ING (dropping a final E); and
 * the English spellings it misses: a doubled final consonant (TAPPED, BANNING) and Y → IES/IED (DENIES, DENIED).
 */
export function regularForms(root: string): string[] {
  const r = root.toUpperCase();
  const forms = [r, /([SXZ]|[CS]H)$/.test(r) ? r + 'ES' : r + 'S'];
  if (r.endsWith('E')) forms.push(r + 'D', r.slice(0, -1) + 'ING');
  else forms.push(r + 'ED', r + 'ING');
  if (/(^|[^AEIOU])[AEIOU][BDGLMNPRT]$/.test(r) && r.length <= 4) forms.push(r + r.slice(-1) + 'ED', r + r.slice(-1) + 'ING');
  if (/[^AEIOU]Y$/.test(r)) forms.push(r.slice(0, -1) + 'IES', r.slice(0, -1) + 'IED');
  return forms;
}

interface VerbCode {
  code: string;
  paired?: string;
}

function readVerbCode(inside: string): VerbCode {
  const parts = inside.trim().split(':');
  const code = (parts[0] ?? '').trim().toUpperCase() || '---';
  const paired = parts.length > 1 ? (parts[1] ?? '').trim().toUpperCase() : '';
  return paired ? { code, paired } : { code };
}

function readVerbs(
  lines: Line[],
  warnings: string[],
  known: SynsetEntry[],
): { verbs: VerbPatternEntry[]; synsets: SynsetEntry[] } {
  const verbs: VerbPatternEntry[] = [];
  const { synsets, rest } = readSynsets(lines, warnings, known);
  const synsetByName = new Map<string, SynsetEntry>([...known, ...synsets].map((s) => [s.name, s]));
  let group: { name: string; code: VerbCode; head: string | null; patterns: number } | null = null;
  let newBlock = false;

  for (const line of rest) {
    const text = line.text.trim();
    if (text.startsWith('---')) {
      const name = text.replace(/\[[^\]]*\]?/g, ' ').replace(/-{3,}/g, ' ').trim();
      const code = /\[([^\]]*)\]/.exec(text);
      group = { name: name || `block-${line.number}`, code: readVerbCode(code ? code[1]! : '---'), head: null, patterns: 0 };
      newBlock = true;
      continue;
    }
    if (!group) {
      warnings.push(`${line.where}: verb line before any "--- NAME [code] ---" block; skipped`);
      continue;
    }
    if (text.startsWith('-')) {
      const entry = readPattern(text, line, group, synsetByName, warnings);
      if (entry) verbs.push(entry);
      continue;
    }
    // a verb of the block
    const entry = readVerbLine(text, line, group.name, group.code, warnings);
    if (!entry) continue;
    if (newBlock) {
      group.head = entry.verb;
      newBlock = false;
    }
    verbs.push(entry);
  }
  return { verbs, synsets };
}

/**
 * First pass over a verbs file: the `&NAME` synsets and their `+` lines, wherever they are, so that patterns may use
 * a synset defined further down. A synset inside a synset (`+&TIETYPES`) is expanded. Returns the other lines.
 */
function readSynsets(lines: Line[], warnings: string[], known: SynsetEntry[]): { synsets: SynsetEntry[]; rest: Line[] } {
  const raw = new Map<string, { members: Line[]; noPlural: boolean }>();
  const rest: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (!text.startsWith('&')) {
      rest.push(lines[i]!);
      continue;
    }
    let label = text.split(/\s+/)[0]!;
    const noPlural = label.endsWith('_');
    label = label.replace(/_+$/, '').toUpperCase();
    const members: Line[] = [];
    while (i + 1 < lines.length && lines[i + 1]!.text.trim().startsWith('+')) members.push(lines[++i]!);
    raw.set(label, { members, noPlural });
  }
  const known_ = new Map<string, string[][]>(known.map((s) => [s.name, s.phrases]));
  const done = new Map<string, string[][]>();
  const resolving = new Set<string>();
  const resolve = (label: string): string[][] | null => {
    const ready = done.get(label) ?? (raw.has(label) ? undefined : known_.get(label));
    if (ready) return ready;
    if (resolving.has(label)) return [];
    const def = raw.get(label);
    if (!def) return null;
    if (resolving.has(label)) return [];
    resolving.add(label);
    const phrases: string[][] = [];
    for (const line of def.members) {
      const member = line.text.trim().slice(1).trim();
      if (member.startsWith('&')) {
        const inner = resolve(member.replace(/_+$/, '').toUpperCase());
        if (inner) phrases.push(...inner);
        else warnings.push(`${line.where}: synset ${member} is not defined; skipped`);
        continue;
      }
      const closed = member.endsWith('_');
      const words = member.replace(/_+$/, '').split(/[\s_]+/).filter(Boolean);
      if (!words.length) continue;
      phrases.push(words.map(dictWord));
      if (!def.noPlural && !closed) phrases.push(pluralOf(words.join(' ')).split(' ').map(dictWord));
    }
    resolving.delete(label);
    const out = dedupePhrases(phrases);
    done.set(label, out);
    return out;
  };
  const synsets: SynsetEntry[] = [];
  for (const label of raw.keys()) synsets.push({ name: label, phrases: resolve(label) ?? [] });
  return { synsets, rest };
}

function dedupePhrases(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const k = p.join(' ');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A dictionary word as token forms are written: lower case (contractions come split as PETRARCH writes them,
 * "DID N'T", which is how the tokenizer splits "didn't"). */
export function dictWord(w: string): string {
  return w.toLowerCase();
}

function readVerbLine(text: string, line: Line, groupName: string, blockCode: VerbCode, warnings: string[]): VerbPatternEntry | null {
  const bracket = text.indexOf('[');
  const own = bracket >= 0 ? readVerbCode(/\[([^\]]*)\]?/.exec(text.slice(bracket))![1]!) : null;
  const code = own ?? blockCode;
  let head = (bracket >= 0 ? text.slice(0, bracket) : text).trim();
  const brace = /\{([^}]*)\}?/.exec(head);
  const irregular = brace ? brace[1]!.trim().split(/\s+/).filter(Boolean) : null;
  if (brace) head = head.slice(0, brace.index).trim();
  if (!head) {
    warnings.push(`${line.where}: verb line without a verb; skipped`);
    return null;
  }
  let verb: string;
  let before: string[] = [];
  let after: string[] = [];
  let forms: string[];
  if (head.includes('_') || head.includes('+') || /\s/.test(head)) {
    // a multi-word verb: the word marked `+` is the verb (the first word when none is marked)
    const words = head.split(/[\s_]+/).filter(Boolean);
    let at = words.findIndex((w) => w.startsWith('+'));
    if (at < 0) at = 0;
    const clean = words.map((w) => w.replace(/^\+/, ''));
    verb = clean[at]!;
    before = clean.slice(0, at);
    after = clean.slice(at + 1);
    if (irregular) {
      forms = [verb];
      for (const f of irregular) {
        const fw = f.split(/[\s_]+/).filter(Boolean);
        const fa = fw.findIndex((w) => w.startsWith('+'));
        forms.push((fa >= 0 ? fw[fa]! : fw[before.length] ?? fw[0]!).replace(/^\+/, ''));
      }
    } else forms = regularForms(verb);
  } else {
    verb = head;
    forms = irregular ? [verb, ...irregular] : regularForms(verb);
  }
  const entry: VerbPatternEntry = {
    id: `petrarch-verb-${slug([...before, verb, ...after].join(' '))}-l${line.number}`,
    verb: verb.toLowerCase(),
    pattern: '*',
    code: code.code,
    source: 'petrarch',
    kind: 'verb',
    group: groupName,
    forms: [...new Set(forms.map(dictWord))],
    line: line.where,
  };
  if (before.length) entry.particlesBefore = before.map(dictWord);
  if (after.length) entry.particlesAfter = after.map(dictWord);
  if (code.paired) entry.pairedCode = code.paired;
  return entry;
}

function readPattern(
  text: string,
  line: Line,
  group: { name: string; head: string | null; patterns: number },
  synsets: Map<string, SynsetEntry>,
  warnings: string[],
): VerbPatternEntry | null {
  const bracket = text.lastIndexOf('[');
  const close = text.indexOf(']', bracket);
  if (bracket < 0 || close < 0) {
    warnings.push(`${line.where}: pattern without a [code]; skipped`);
    return null;
  }
  const code = readVerbCode(text.slice(bracket + 1, close));
  // PETRARCH: "X_ " is an open match, a final "_" is dropped
  let body = text.slice(1, bracket).replace(/_\s/g, ' ').trim().replace(/_$/, '');
  // PETRARCH-2 groupings read as plain word sequences
  body = body.replace(/[(){}]/g, ' ').replace(/\s+/g, ' ').trim();
  const star = body.indexOf('*');
  if (star < 0) {
    warnings.push(`${line.where}: pattern without the verb's place (*); skipped`);
    return null;
  }
  const upper = readSteps(body.slice(0, star), 'before', synsets);
  const lower = readSteps(body.slice(star + 1), 'after', synsets);
  if (typeof upper === 'string' || typeof lower === 'string') {
    warnings.push(`${line.where}: ${typeof upper === 'string' ? upper : lower}; pattern skipped`);
    return null;
  }
  group.patterns++;
  const entry: VerbPatternEntry = {
    id: `petrarch-pattern-${slug(group.name)}-l${line.number}`,
    verb: (group.head ?? group.name.split(/\s+/)[0]!).toLowerCase(),
    pattern: text.slice(1, bracket).trim(),
    code: code.code,
    source: 'petrarch',
    kind: 'pattern',
    group: group.name,
    before: upper,
    after: lower,
    line: line.where,
  };
  if (code.paired) entry.pairedCode = code.paired;
  return entry;
}

/**
 * One side of a pattern as steps. `before` text ("SAID WOULD_") is read right to left so that the first step is the
 * one next to the verb; each step's `open` tells whether words may come between it and its neighbour on the verb's side.
 */
function readSteps(side: string, which: 'before' | 'after', synsets: Map<string, SynsetEntry>): PatternStep[] | string {
  // words, and the connectors around them: conns[k] sits before words[k], conns[words.length] after the last
  const words: string[] = [];
  const conns: boolean[] = [];
  let sep = '';
  let word = '';
  for (const ch of side) {
    if (ch === '_' || /\s/.test(ch)) {
      if (word) {
        words.push(word);
        word = '';
        sep = '';
      }
      sep += ch;
      continue;
    }
    if (!word) conns.push(!sep.includes('_'));
    word += ch;
  }
  if (word) {
    words.push(word);
    sep = '';
  }
  conns.push(!sep.includes('_'));
  const elements: PatternElement[] = [];
  for (const w of words) {
    const element = patternElement(w, synsets);
    if (typeof element === 'string') return element;
    elements.push(element);
  }
  if (which === 'after') return elements.map((element, k) => ({ element, open: conns[k]! }));
  const out: PatternStep[] = [];
  for (let k = elements.length - 1; k >= 0; k--) out.push({ element: elements[k]!, open: conns[k + 1]! });
  return out;
}

function patternElement(t: string, synsets: Map<string, SynsetEntry>): PatternElement | string {
  if (t === '$') return { kind: 'source' };
  if (t === '+') return { kind: 'target' };
  if (t === '%') return { kind: 'compound' };
  if (t === '^') return { kind: 'skip' };
  if (t.startsWith('&')) {
    const name = t.replace(/_+$/, '').toUpperCase();
    if (!synsets.has(name)) return `synset ${t} is not defined before it is used`;
    return { kind: 'synset', name };
  }
  return { kind: 'word', word: dictWord(t) };
}

// ---------------------------------------------------------------------------------------------------------------
// The result is checked against these schemas before a stage sees it.

const NAME_PATTERN = z.object({ words: z.array(z.string().min(1)).min(1), open: z.array(z.boolean()) });
const CODE = z.string().min(1).regex(/^\S+$/);
const ELEMENT = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('word'), word: z.string().min(1) }),
  z.object({ kind: z.literal('synset'), name: z.string().min(1) }),
  z.object({ kind: z.literal('source') }),
  z.object({ kind: z.literal('target') }),
  z.object({ kind: z.literal('compound') }),
  z.object({ kind: z.literal('skip') }),
]);
const STEP = z.object({ element: ELEMENT, open: z.boolean() });
const ISO_DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const LEXICONS_SCHEMA = z.object({
  actors: z.array(
    z.object({
      id: z.string().min(1),
      names: z.array(z.string().min(1)).min(1),
      code: CODE.nullable(),
      dated: z.array(z.object({ code: CODE, from: ISO_DAY.nullable(), to: ISO_DAY.nullable() })),
      source: z.enum(['user', 'petrarch']),
      patterns: z.array(NAME_PATTERN).optional(),
      group: z.array(CODE).optional(),
      line: z.string().optional(),
    }),
  ),
  agents: z.array(
    z.object({
      id: z.string().min(1),
      names: z.array(z.string().min(1)).min(1),
      code: CODE,
      source: z.enum(['builtin', 'user', 'petrarch']),
      prefix: z.boolean().optional(),
      patterns: z.array(NAME_PATTERN).optional(),
      line: z.string().optional(),
    }),
  ),
  discard: z.array(z.string()),
  discards: z
    .array(z.object({ id: z.string(), words: z.array(z.string().min(1)).min(1), scope: z.enum(['sentence', 'story']), stem: z.boolean() }))
    .optional(),
  synsets: z.array(z.object({ name: z.string().min(1), phrases: z.array(z.array(z.string().min(1)).min(1)) })).optional(),
  verbs: z.array(
    z.object({
      id: z.string().min(1),
      verb: z.string().min(1),
      pattern: z.string(),
      code: CODE,
      source: z.enum(['petrarch', 'user']),
      kind: z.enum(['verb', 'pattern']).optional(),
      group: z.string().optional(),
      forms: z.array(z.string().min(1)).optional(),
      particlesBefore: z.array(z.string()).optional(),
      particlesAfter: z.array(z.string()).optional(),
      before: z.array(STEP).optional(),
      after: z.array(STEP).optional(),
      pairedCode: CODE.optional(),
    }),
  ),
});
