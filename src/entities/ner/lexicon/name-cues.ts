// Name cues the tagger reads as gazetteer features: head words of organizations, titles before people,
// place heads and event heads. Words only: the tagger learns how much each kind means from the training data.
import type { GazKind } from '../features.js';

export interface NameCueEntry {
  id: string;
  kind: GazKind;
  /** Phrases as written, capitalized; matched case-insensitively on a capitalized token. */
  words: string[];
  /** A sentence in which the entry fires. */
  example: string;
}

export const NAME_CUES = [
  {
    id: 'org-company-suffix',
    kind: 'org-word',
    words: ['Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'Co', 'Co.', 'Group', 'Holdings', 'AG', 'SA', 'GmbH', 'LLC', 'Airlines', 'Airways', 'Motors'],
    example: 'Shares of Acme Widgets Inc fell 3 percent .',
  },
  {
    id: 'org-government-head',
    kind: 'org-word',
    words: ['Ministry', 'Department', 'Agency', 'Bureau', 'Authority', 'Commission', 'Council', 'Committee', 'Parliament', 'Congress', 'Senate', 'Assembly', 'Cabinet', 'Administration', 'Court', 'Army', 'Police', 'Navy'],
    example: 'The Ministry of Foreign Affairs issued a statement .',
  },
  {
    id: 'org-education-head',
    kind: 'org-word',
    words: ['University', 'Institute', 'Academy', 'College', 'School'],
    example: 'She teaches at Renmin University in the capital .',
  },
  {
    id: 'org-political-head',
    kind: 'org-word',
    words: ['Party', 'Front', 'Movement', 'Alliance', 'Union', 'Coalition'],
    example: 'The Green Party won two seats .',
  },
  {
    id: 'org-civil-head',
    kind: 'org-word',
    words: ['Association', 'Foundation', 'Federation', 'Society', 'Organization', 'Organisation', 'Club', 'Bank', 'Fund', 'Exchange', 'Times', 'News', 'Journal', 'Herald', 'Gazette'],
    example: 'The World Wildlife Foundation welcomed the move .',
  },
  {
    id: 'person-title',
    kind: 'title',
    words: ['President', 'Minister', 'Premier', 'Secretary', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Senator', 'Sen.', 'Governor', 'Gov.', 'Mayor', 'General', 'Gen.', 'Colonel', 'Col.', 'Captain', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Professor', 'Prof.', 'Sir', 'Lord', 'Lady', 'Pope', 'Ambassador', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chairman', 'Chairwoman', 'Judge', 'Rep.', 'Sheikh', 'Bishop', 'Rev.', 'Coach', 'Commissioner', 'Director'],
    example: 'Foreign Minister Sergey Lavrov arrived on Monday .',
  },
  {
    id: 'place-head',
    kind: 'loc-word',
    words: ['River', 'Sea', 'Ocean', 'Mountains', 'Mount', 'Lake', 'Island', 'Islands', 'Gulf', 'Bay', 'Valley', 'Strait', 'Peninsula', 'Desert', 'Province', 'Region', 'County', 'Street', 'Avenue', 'Square'],
    example: 'Ships crossed the Taiwan Strait overnight .',
  },
  {
    id: 'event-head',
    kind: 'misc-word',
    words: ['Cup', 'Championship', 'Championships', 'Olympics', 'Games', 'Prize', 'Trophy', 'Award', 'Festival', 'Grand Prix'],
    example: 'France won the World Cup in 2018 .',
  },
] satisfies NameCueEntry[];
