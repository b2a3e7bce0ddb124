// The shapes the page reads from /relations and /triangle: RELATIONS' RelationSeries and Triangle
// (src/corpus/relations), restated here because the page imports no server code.
export interface Side {
  input: string;
  code: string;
  country: string | null;
  label: string;
}

export interface Counts {
  events: number;
  verbalCooperation: number;
  materialCooperation: number;
  verbalConflict: number;
  materialConflict: number;
  goldsteinSum: number;
  goldsteinMean: number | null;
  mentions: number;
  nonFactual: number;
  quotes: number;
}

export interface PeriodRow {
  period: string;
  start: string;
  end: string;
  ab: Counts;
  ba: Counts;
  total: Counts;
}

export interface RelationSeries {
  a: Side;
  b: Side;
  by: string;
  periods: PeriodRow[];
  totals: { ab: Counts; ba: Counts; total: Counts };
  unplaced: { events: number; quotes: number };
}

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
  article: string;
  sentence: string;
}

export interface TriangleSide {
  name: 'AB' | 'BC' | 'CA';
  ends: [Side, Side];
  state: SideState;
  reason: string;
  cooperation: number;
  conflict: number;
  share: number | null;
  goldsteinMean: number | null;
  evidence: Evidence[];
}

export type Configuration =
  | { kind: 'menage-a-trois' }
  | { kind: 'romantic-triangle'; pivot: Side; wings: [Side, Side] }
  | { kind: 'stable-marriage'; couple: [Side, Side]; pariah: Side }
  | { kind: 'unit-veto' }
  | { kind: 'undetermined'; sides: { name: string; state: string; reason: string }[] };

export interface Triangle {
  sides: [TriangleSide, TriangleSide, TriangleSide];
  configuration: Configuration;
  summary: string;
}
