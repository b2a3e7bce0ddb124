// `triangle`: the strategic triangle of three sides (Lowell Dittmer, "The Strategic Triangle: An Elementary
// Game-Theoretical Analysis", World Politics 33:4, 1981). Each side of the triangle (AB, BC, CA) is read from the
// corpus events between its two ends, both directions pooled, each corpus event once, factual events only:
//
//   cooperation = quad 1 + 2 events, conflict = quad 3 + 4 events, share = (coop − conflict) / (coop + conflict)
//   fewer than MIN_EVENTS such events        → unknown (no evidence; never a guess)
//   share ≥ +AMITY_SHARE and Goldstein mean ≥ 0 → amity
//   share ≤ −AMITY_SHARE and Goldstein mean ≤ 0 → enmity
//   otherwise                                → mixed (the reason says whether the share or the Goldstein sign failed)
//
// The configuration follows from the three states: three amities → ménage à trois; two amities and one enmity →
// romantic triangle (the pivot is the side in amity with both wings); one amity and two enmities → stable marriage
// (the couple and the pariah); three enmities → unit veto; any side unknown or mixed → undetermined (which ones).
import type Database from 'better-sqlite3';
import { cameoName } from '../../events/cameo.js';
import { isFactual, relationEvents, type Bounds, type RelationEvent } from './rows.js';
import { checkPair } from './series.js';
import { parseSide, type Side } from './sides.js';

/** Fewer cooperation + conflict events than this on a side: unknown. */
export const MIN_EVENTS = 3;
/** |net cooperation share| at or above this decides amity or enmity. */
export const AMITY_SHARE = 0.3;
/** Evidence events shown per side and per ranking (by |Goldstein|, by mentions). */
export const EVIDENCE_PER_RANKING = 3;

export type SideState = 'amity' | 'enmity' | 'mixed' | 'unknown';

export interface Evidence {
  corpusEvent: number;
  date: string | null;
  code: string;
  name: string | null;
  quad: number;
  goldstein: number;
  mentions: number;
  articles: number;
  source: string | null;
  target: string | null;
  /** The article id (sha256) of the first report, and its sentence. */
  article: string;
  sentence: string;
  /** Why it was chosen: strongest |Goldstein|, most reported, or both. */
  ranked: ('goldstein' | 'mentions')[];
}

export interface TriangleSide {
  /** "AB", "BC" or "CA". */
  name: 'AB' | 'BC' | 'CA';
  ends: [Side, Side];
  state: SideState;
  /** One line: why this state ("share +0.60, Goldstein mean +3.1 over 5 events"; "no evidence: 1 event"). */
  reason: string;
  cooperation: number;
  conflict: number;
  /** (cooperation − conflict) / (cooperation + conflict), 2 decimals; null without events. */
  share: number | null;
  goldsteinMean: number | null;
  /** Non-factual events (planned, hypothetical, negated) seen and left out. */
  nonFactual: number;
  evidence: Evidence[];
}

export type Configuration =
  | { kind: 'menage-a-trois' }
  | { kind: 'romantic-triangle'; pivot: Side; wings: [Side, Side] }
  | { kind: 'stable-marriage'; couple: [Side, Side]; pariah: Side }
  | { kind: 'unit-veto' }
  | { kind: 'undetermined'; sides: { name: TriangleSide['name']; state: 'mixed' | 'unknown'; reason: string }[] };

export interface Triangle {
  sides: [TriangleSide, TriangleSide, TriangleSide];
  configuration: Configuration;
  /** One sentence naming the configuration (and pivot, couple, pariah or what is missing). */
  summary: string;
  since: string | null;
  until: string | null;
  thresholds: { minEvents: number; amityShare: number };
}

const round = (x: number) => Math.round(x * 100) / 100;
const signed = (x: number | null) => (x === null ? 'n/a' : `${x > 0 ? '+' : ''}${x.toFixed(2)}`);

/** The state of one side from its counts: pure, the thresholds above. */
export function sideState(cooperation: number, conflict: number, goldsteinMean: number | null): { state: SideState; share: number | null; reason: string } {
  const n = cooperation + conflict;
  if (n < MIN_EVENTS) {
    return { state: 'unknown', share: n ? round((cooperation - conflict) / n) : null, reason: `no evidence: ${n} event${n === 1 ? '' : 's'}, fewer than ${MIN_EVENTS}` };
  }
  const share = round((cooperation - conflict) / n);
  const facts = `share ${signed(share)}, Goldstein mean ${signed(goldsteinMean)} over ${n} events (${cooperation} cooperation, ${conflict} conflict)`;
  const mean = goldsteinMean ?? 0;
  if (share >= AMITY_SHARE) return mean >= 0 ? { state: 'amity', share, reason: facts } : { state: 'mixed', share, reason: `${facts}: cooperation outnumbers conflict but the Goldstein mean is negative` };
  if (share <= -AMITY_SHARE) return mean <= 0 ? { state: 'enmity', share, reason: facts } : { state: 'mixed', share, reason: `${facts}: conflict outnumbers cooperation but the Goldstein mean is positive` };
  return { state: 'mixed', share, reason: `${facts}: |share| below ${AMITY_SHARE}` };
}

function evidenceOf(events: readonly RelationEvent[]): Evidence[] {
  const byGoldstein = [...events].sort((x, y) => Math.abs(y.goldstein) - Math.abs(x.goldstein) || y.mentions - x.mentions || x.id - y.id);
  const byMentions = [...events].sort((x, y) => y.mentions - x.mentions || Math.abs(y.goldstein) - Math.abs(x.goldstein) || x.id - y.id);
  const chosen = new Map<number, Evidence>();
  const take = (list: RelationEvent[], why: 'goldstein' | 'mentions') => {
    for (const e of list.slice(0, EVIDENCE_PER_RANKING)) {
      const have = chosen.get(e.id);
      if (have) {
        have.ranked.push(why);
        continue;
      }
      chosen.set(e.id, {
        corpusEvent: e.id, date: e.date, code: e.code, name: cameoName(e.code) ?? null, quad: e.quad, goldstein: e.goldstein,
        mentions: e.mentions, articles: e.articles, source: e.sourceName ?? e.sourceActor, target: e.targetName ?? e.targetActor,
        article: e.article, sentence: e.sentence, ranked: [why],
      });
    }
  };
  take(byGoldstein, 'goldstein');
  take(byMentions, 'mentions');
  return [...chosen.values()];
}

export function readSide(db: Database.Database, name: TriangleSide['name'], x: Side, y: Side, bounds: Bounds): TriangleSide {
  const all = relationEvents(db, x, y, bounds);
  const factual = all.filter((e) => isFactual(e.modality) && e.quad >= 1 && e.quad <= 4);
  const cooperation = factual.filter((e) => e.quad <= 2).length;
  const conflict = factual.length - cooperation;
  const goldsteinMean = factual.length ? round(factual.reduce((s, e) => s + e.goldstein, 0) / factual.length) : null;
  const { state, share, reason } = sideState(cooperation, conflict, goldsteinMean);
  return {
    name, ends: [x, y], state, reason, cooperation, conflict, share, goldsteinMean,
    nonFactual: all.filter((e) => !isFactual(e.modality)).length,
    evidence: evidenceOf(factual),
  };
}

const label = (s: Side) => s.code;

/** The configuration of three side states: pure. */
export function configurationOf(sides: readonly [TriangleSide, TriangleSide, TriangleSide]): Configuration {
  const open = sides.filter((s) => s.state === 'mixed' || s.state === 'unknown');
  if (open.length) return { kind: 'undetermined', sides: open.map((s) => ({ name: s.name, state: s.state as 'mixed' | 'unknown', reason: s.reason })) };
  const amities = sides.filter((s) => s.state === 'amity');
  if (amities.length === 3) return { kind: 'menage-a-trois' };
  if (amities.length === 0) return { kind: 'unit-veto' };
  if (amities.length === 1) {
    const couple = amities[0]!.ends;
    const pariah = sides.flatMap((s) => s.ends).find((v) => v.code !== couple[0].code && v.code !== couple[1].code)!;
    return { kind: 'stable-marriage', couple: [couple[0], couple[1]], pariah };
  }
  const [p, q] = amities as [TriangleSide, TriangleSide];
  const pivot = p.ends.find((v) => q.ends.some((w) => w.code === v.code))!;
  const wings = [...p.ends, ...q.ends].filter((v) => v.code !== pivot.code) as [Side, Side];
  return { kind: 'romantic-triangle', pivot, wings };
}

export function describe(configuration: Configuration): string {
  switch (configuration.kind) {
    case 'menage-a-trois':
      return 'ménage à trois: all three sides in amity';
    case 'unit-veto':
      return 'unit veto: all three sides in enmity';
    case 'stable-marriage':
      return `stable marriage: ${label(configuration.couple[0])} and ${label(configuration.couple[1])} in amity, ${label(configuration.pariah)} the pariah in enmity with both`;
    case 'romantic-triangle':
      return `romantic triangle: ${label(configuration.pivot)} is the pivot, in amity with ${label(configuration.wings[0])} and ${label(configuration.wings[1])}, who are in enmity with each other`;
    case 'undetermined':
      return `undetermined: ${configuration.sides.map((s) => `${s.name} is ${s.state === 'unknown' ? 'unknown (no evidence)' : 'mixed'}`).join(', ')}`;
  }
}

export function triangle(db: Database.Database, a: string | Side, b: string | Side, c: string | Side, bounds: Bounds = {}): Triangle {
  const [A, B, C] = [a, b, c].map((s) => (typeof s === 'string' ? parseSide(s) : s)) as [Side, Side, Side];
  checkPair(A, B);
  checkPair(B, C);
  checkPair(C, A);
  const sides: [TriangleSide, TriangleSide, TriangleSide] = [readSide(db, 'AB', A, B, bounds), readSide(db, 'BC', B, C, bounds), readSide(db, 'CA', C, A, bounds)];
  const configuration = configurationOf(sides);
  return {
    sides, configuration, summary: describe(configuration),
    since: bounds.since ?? null, until: bounds.until ?? null,
    thresholds: { minEvents: MIN_EVENTS, amityShare: AMITY_SHARE },
  };
}
