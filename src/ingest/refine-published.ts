// refine-published: the publication time → ISO 8601 as precise as the source states it.
// The format: "2024-04-08" for a date, "2024-04-08T22:38" with a time (seconds dropped: the grain stops at minutes),
// and the zone appended only when the source states one ("2024-04-08T22:38Z", "2024-04-08T22:38+08:00"). The date
// and time are the source's own wall clock, never converted: take `published.slice(0, 10)` for the day.
// Precedence: the input's hint (JSONL `published`, CLI) > what ingest found > the context's --published.
import * as chrono from 'chrono-node';
import type { Context } from '../context.js';
import type { Found, IngestDraft } from './draft.js';
import { DATE_FORMATS, ZONES, type DateFormatEntry } from './lexicon/date-formats.js';

export interface ParsedDate {
  value: string;
  rule: string;
  /** Code units of the input the date took, from its start. */
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const ZONE_OFFSETS = new Map<string, string | null>(ZONES.map((z) => [z.name, z.offset]));
const pad = (n: number) => String(n).padStart(2, '0');
const LOWER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "+0800" → "+08:00", "UTC+8" → "+08:00", "GMT" → "Z", "EDT" → "-04:00", "IST" → null (ambiguous). */
function zoneOffset(zone: string): string | null {
  const z = zone.toLowerCase().replace(/\s+/g, '');
  if (z === 'z') return 'Z';
  const numeric = /^(?:utc|gmt)?([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (numeric) {
    const [, sign, h, m] = numeric;
    if (Number(h) > 14 || Number(m ?? 0) > 59) return null;
    return Number(h) === 0 && Number(m ?? 0) === 0 ? 'Z' : `${sign}${pad(Number(h))}:${m ?? '00'}`;
  }
  return ZONE_OFFSETS.get(z) ?? null;
}

/** The date a string starts with, by the first DATE_FORMATS entry that reads a valid date there. */
export function parseDatePrefix(s: string): ParsedDate | null {
  for (const entry of DATE_FORMATS as readonly DateFormatEntry[]) {
    const m = entry.pattern.exec(s);
    if (!m || !m.groups || !m.indices?.groups) continue;
    const g = m.groups;
    let end = m[0].length;
    let ampm: string | undefined = g.ampm;
    // "10:38 Amsterdam time": the "Am" starts a word; the time stays, read as 24-hour.
    const ampmAt = m.indices.groups.ampm;
    if (ampm && ampmAt && LOWER.test(s.charAt(ampmAt[1]))) {
      const dayAt = m.indices.groups.day;
      if (dayAt && dayAt[0] > ampmAt[0]) continue; // a time-first format cannot drop its middle
      ampm = undefined;
      end = m.indices.groups.minute![1];
    }
    if (/\d/.test(s.charAt(end))) continue; // "2023-03-145" is not a date
    if (LETTER_OR_DIGIT.test(s.charAt(end)) && LOWER.test(s.charAt(end)) && LETTER_OR_DIGIT.test(s.charAt(end - 1))) continue;
    const year = Number(g.year);
    let month = g.monthName ? MONTHS[g.monthName.slice(0, 3).toLowerCase()] : Number(g.month);
    let day = g.day === undefined ? null : Number(g.day);
    if (entry.ambiguousOrder && day !== null && month > 12 && day <= 12) [month, day] = [day, month]; // 14/03/2023
    if (!(month >= 1 && month <= 12)) continue;
    if (day === null) return { value: `${year}-${pad(month)}`, rule: entry.id, length: end };
    if (day < 1 || day > daysIn(year, month)) continue;
    let value = `${year}-${pad(month)}-${pad(day)}`;
    if (g.hour !== undefined && g.minute !== undefined) {
      let hour = Number(g.hour);
      const minute = Number(g.minute);
      if (ampm) {
        if (hour < 1 || hour > 12) continue;
        const pm = ampm.toLowerCase().startsWith('p');
        hour = (hour % 12) + (pm ? 12 : 0);
      }
      if (hour > 23 || minute > 59) continue;
      value += `T${pad(hour)}:${pad(minute)}`;
      const zoneAt = m.indices.groups.zone;
      if (g.zone && zoneAt && zoneAt[1] <= end) {
        const offset = zoneOffset(g.zone);
        if (offset) value += offset;
      }
    }
    return { value, rule: entry.id, length: end };
  }
  return null;
}

/**
 * A whole published value (a meta tag, a JSON-LD field, a hint) → ISO. Our formats first; then chrono-node for
 * the rest, kept only when it is certain of the year, month and day (never filled in from today's clock).
 */
export function parsePublished(raw: string): { value: string; rule: string } | null {
  const s = raw.trim();
  if (!s) return null;
  const own = parseDatePrefix(s);
  if (own) return { value: own.value, rule: own.rule };
  const results = chrono.strict.parse(s, new Date(Date.UTC(2000, 0, 1)));
  const first = results[0];
  if (!first) return null;
  const c = first.start;
  // Relative expressions ("2 hours ago") come back "certain" of a day computed from the reference: a year must be written.
  if (!/\b(?:19|20)\d{2}\b/.test(first.text)) return null;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
  let value = `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  if (c.isCertain('hour')) value += `T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`;
  return { value, rule: 'chrono-fallback' };
}

function fromHint(raw: string | null | undefined, rule: string, draft: IngestDraft, warnings: string[]): Found | null {
  if (raw == null || !raw.trim()) return null;
  const parsed = parsePublished(raw);
  if (parsed) return { value: parsed.value, rule };
  warnings.push(`dyad: ${draft.origin}: "${raw.trim().slice(0, 60)}" is not a publication date dyad can read (try 2024-04-08 or 2024-04-08T22:38); it was ignored`);
  return null;
}

export function refinePublished(draft: IngestDraft, ctx: Context): IngestDraft {
  const warnings = [...draft.warnings];
  const found = draft.published ? parsePublished(draft.published.value) : null;
  const published =
    fromHint(draft.input.published, 'input-published', draft, warnings) ??
    (found ? { value: found.value, rule: draft.published!.rule } : null) ??
    fromHint(ctx.published, 'context-published', draft, warnings);
  return { ...draft, published, warnings };
}
