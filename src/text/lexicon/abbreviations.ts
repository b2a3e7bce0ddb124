// text: abbreviations that end in a full stop without ending a sentence. Read by refine-merge-abbreviations.
// `never-final`: a title or a connective that always has more to come (Mr. Smith, e.g. this).
// `may-end`: can close a sentence ("moved to the U.S."), so it keeps a break unless the next word starts with a
// lower-case letter or a digit ("the U.S. embassy", "Sept. 5").

export type AbbreviationKind = 'never-final' | 'may-end';

export interface AbbreviationEntry {
  id: string;
  /** The abbreviation as written, with its final full stop. */
  form: string;
  kind: AbbreviationKind;
  /** One sentence that contains the abbreviation and must stay one sentence. */
  example: string;
}

export const ABBREVIATIONS = [
  { id: 'abbr-mr', form: 'Mr.', kind: 'never-final', example: 'Mr. Smith arrived late.' },
  { id: 'abbr-mrs', form: 'Mrs.', kind: 'never-final', example: 'Mrs. Jones chaired the meeting.' },
  { id: 'abbr-ms', form: 'Ms.', kind: 'never-final', example: 'Ms. Ortiz declined to comment.' },
  { id: 'abbr-dr', form: 'Dr.', kind: 'never-final', example: 'Dr. Patel treated the wounded.' },
  { id: 'abbr-prof', form: 'Prof.', kind: 'never-final', example: 'Prof. Ahmed disagreed with the report.' },
  { id: 'abbr-gen', form: 'Gen.', kind: 'never-final', example: 'Gen. Miller visited the base.' },
  { id: 'abbr-lt', form: 'Lt.', kind: 'never-final', example: 'Lt. Carter led the patrol.' },
  { id: 'abbr-col', form: 'Col.', kind: 'never-final', example: 'Col. Haddad denied the claim.' },
  { id: 'abbr-capt', form: 'Capt.', kind: 'never-final', example: 'Capt. Reyes steered the ship home.' },
  { id: 'abbr-sgt', form: 'Sgt.', kind: 'never-final', example: 'Sgt. Brooks was promoted.' },
  { id: 'abbr-adm', form: 'Adm.', kind: 'never-final', example: 'Adm. Tanaka toured the port.' },
  { id: 'abbr-gov', form: 'Gov.', kind: 'never-final', example: 'Gov. Lee signed the bill.' },
  { id: 'abbr-sen', form: 'Sen.', kind: 'never-final', example: 'Sen. Warren opposed the plan.' },
  { id: 'abbr-rep', form: 'Rep.', kind: 'never-final', example: 'Rep. Diaz voted against it.' },
  { id: 'abbr-pres', form: 'Pres.', kind: 'never-final', example: 'Pres. Lincoln signed the order.' },
  { id: 'abbr-rev', form: 'Rev.', kind: 'never-final', example: 'Rev. Moore led the march.' },
  { id: 'abbr-st', form: 'St.', kind: 'never-final', example: 'St. Petersburg hosted the forum.' },
  { id: 'abbr-mt', form: 'Mt.', kind: 'never-final', example: 'Mt. Everest drew record crowds.' },
  { id: 'abbr-vs', form: 'vs.', kind: 'never-final', example: 'The case Smith vs. Jones was dismissed.' },
  { id: 'abbr-eg', form: 'e.g.', kind: 'never-final', example: 'Some states, e.g. Ohio, objected.' },
  { id: 'abbr-ie', form: 'i.e.', kind: 'never-final', example: 'The bloc, i.e. the six founders, agreed.' },
  { id: 'abbr-cf', form: 'cf.', kind: 'never-final', example: 'See the earlier ruling, cf. Article 5 of the treaty.' },
  { id: 'abbr-no', form: 'No.', kind: 'may-end', example: 'He is the party No. 2 official.' },
  { id: 'abbr-us', form: 'U.S.', kind: 'may-end', example: 'The U.S. embassy closed early.' },
  { id: 'abbr-uk', form: 'U.K.', kind: 'may-end', example: 'The U.K. government objected.' },
  { id: 'abbr-un', form: 'U.N.', kind: 'may-end', example: 'The U.N. envoy arrived on Friday.' },
  { id: 'abbr-eu', form: 'E.U.', kind: 'may-end', example: 'The E.U. summit ended without a deal.' },
  { id: 'abbr-inc', form: 'Inc.', kind: 'may-end', example: 'Acme Inc. reported a loss.' },
  { id: 'abbr-corp', form: 'Corp.', kind: 'may-end', example: 'Widget Corp. cut 200 jobs.' },
  { id: 'abbr-co', form: 'Co.', kind: 'may-end', example: 'Smith & Co. paid the fine.' },
  { id: 'abbr-ltd', form: 'Ltd.', kind: 'may-end', example: 'Orion Ltd. was fined.' },
  { id: 'abbr-jr', form: 'Jr.', kind: 'may-end', example: 'Martin Luther King Jr. spoke here.' },
  { id: 'abbr-etc', form: 'etc.', kind: 'may-end', example: 'Fuel, food, etc. were rationed.' },
  { id: 'abbr-am', form: 'a.m.', kind: 'may-end', example: 'The talks began at 10 a.m. on Monday.' },
  { id: 'abbr-pm', form: 'p.m.', kind: 'may-end', example: 'The vote closed at 8 p.m. local time.' },
  { id: 'abbr-jan', form: 'Jan.', kind: 'may-end', example: 'The deal was signed on Jan. 12 in Paris.' },
  { id: 'abbr-feb', form: 'Feb.', kind: 'may-end', example: 'Prices rose in Feb. and fell later.' },
  { id: 'abbr-mar', form: 'Mar.', kind: 'may-end', example: 'The report came out on Mar. 3 last year.' },
  { id: 'abbr-apr', form: 'Apr.', kind: 'may-end', example: 'The court ruled on Apr. 9 without a vote.' },
  { id: 'abbr-aug', form: 'Aug.', kind: 'may-end', example: 'The strike began on Aug. 1 at dawn.' },
  { id: 'abbr-sept', form: 'Sept.', kind: 'may-end', example: 'The attack on Sept. 11 changed everything.' },
  { id: 'abbr-sep', form: 'Sep.', kind: 'may-end', example: 'Talks resume on Sep. 4 in Geneva.' },
  { id: 'abbr-oct', form: 'Oct.', kind: 'may-end', example: 'Voters go to the polls on Oct. 7 next year.' },
  { id: 'abbr-nov', form: 'Nov.', kind: 'may-end', example: 'The summit opens on Nov. 20 in Lima.' },
  { id: 'abbr-dec', form: 'Dec.', kind: 'may-end', example: 'The ceasefire began on Dec. 24 at noon.' },
] as const satisfies readonly AbbreviationEntry[];
