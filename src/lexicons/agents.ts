// Built-in generic agents: the role nouns a CAMEO actor code is built from ("minister" → GOV, "rebels" → REB,
// "professor" → EDU). The entities stage codes people and organizations with them; the events stage codes noun
// phrases ("terrorists", "Chinese engineers", "the police"). Codes follow ../shared/data/cameo's actor types.
// Names are lower-case singular phrases; plurals are matched by the reader (`agentAt`).
import type { AgentEntry } from './types.js';

export const AGENTS = [
  { id: 'agent-government', names: ['government', 'cabinet', 'administration', 'regime', 'authorities', 'authority', 'presidency', 'state council', 'kremlin', 'white house'], code: 'GOV', source: 'builtin', example: 'The government announced new curbs.' },
  { id: 'agent-head-of-state', names: ['president', 'vice president', 'prime minister', 'premier', 'chancellor', 'head of state', 'head of government', 'king', 'queen', 'monarch', 'emir', 'sultan', 'president-elect', 'supreme leader'], code: 'GOV', source: 'builtin', example: 'The president vetoed the bill.' },
  { id: 'agent-minister', names: ['minister', 'ministry', 'secretary', 'secretary of state', 'foreign minister', 'foreign ministry', 'undersecretary', 'department', 'treasury'], code: 'GOV', source: 'builtin', example: 'The minister resigned on Friday.' },
  { id: 'agent-official', names: ['official', 'spokesperson', 'spokesman', 'spokeswoman', 'press secretary', 'governor', 'mayor', 'commissioner', 'bureaucrat', 'civil servant', 'adviser', 'advisor', 'aide', 'chief of staff', 'leader', 'chief', 'director general', 'director-general', 'secretary general', 'secretary-general', 'governor general', 'consul general', 'surgeon general'], code: 'GOV', source: 'builtin', example: 'A senior official confirmed the talks.' },
  { id: 'agent-diplomat', names: ['diplomat', 'ambassador', 'envoy', 'consul', 'embassy', 'consulate', 'top diplomat', 'foreign service'], code: 'GOV', source: 'builtin', example: 'The ambassador was summoned.' },
  { id: 'agent-military', names: ['military', 'army', 'armed forces', 'troops', 'troop', 'soldier', 'general', 'colonel', 'commander', 'admiral', 'navy', 'air force', 'marine', 'paratrooper', 'officer corps', 'defense ministry', 'defence ministry', 'warship', 'sailor', 'pilot'], code: 'MIL', source: 'builtin', example: 'Troops crossed the border at dawn.' },
  { id: 'agent-police', names: ['police', 'policeman', 'policewoman', 'police officer', 'cop', 'gendarme', 'gendarmerie', 'border guard', 'security forces', 'riot police', 'interior ministry'], code: 'COP', source: 'builtin', example: 'The police detained six people.' },
  { id: 'agent-judiciary', names: ['court', 'judge', 'prosecutor', 'tribunal', 'supreme court', 'judiciary', 'magistrate', 'attorney general', 'justice ministry'], code: 'JUD', source: 'builtin', example: 'A judge blocked the order.' },
  { id: 'agent-legislature', names: ['parliament', 'lawmaker', 'legislator', 'senator', 'congressman', 'congresswoman', 'mp', 'member of parliament', 'senate', 'congress', 'legislature', 'assembly', 'duma'], code: 'LEG', source: 'builtin', example: 'Lawmakers approved the budget.' },
  { id: 'agent-party', names: ['party', 'political party', 'party member', 'party official', 'communist party', 'ruling party'], code: 'PTY', source: 'builtin', example: 'The ruling party lost its majority.' },
  { id: 'agent-opposition', names: ['opposition', 'opposition leader', 'opposition party', 'dissident', 'protester', 'demonstrator', 'anti-government activist'], code: 'OPP', source: 'builtin', example: 'Protesters filled the square.' },
  { id: 'agent-rebel', names: ['rebel', 'rebel group', 'guerrilla', 'militant', 'armed group', 'rebel leader'], code: 'REB', source: 'builtin', example: 'Rebels seized the airport.' },
  { id: 'agent-insurgent', names: ['insurgent', 'insurgency'], code: 'INS', source: 'builtin', example: 'Insurgents ambushed the convoy.' },
  { id: 'agent-separatist', names: ['separatist', 'secessionist'], code: 'SEP', source: 'builtin', example: 'Separatists shelled the town.' },
  { id: 'agent-terrorist', names: ['terrorist', 'terror group', 'terrorist group', 'terrorist organization', 'jihadist', 'suicide bomber', 'bomber', 'attacker', 'gunman', 'extremist'], code: 'TER', source: 'builtin', example: 'Terrorists attacked the hotel.' },
  { id: 'agent-militia', names: ['militia', 'militiaman', 'paramilitary', 'mercenary'], code: 'UAF', source: 'builtin', example: 'A militia took the oil field.' },
  { id: 'agent-intelligence', names: ['intelligence agency', 'intelligence service', 'spy agency', 'spy', 'intelligence officer', 'intelligence agencies'], code: 'SPY', source: 'builtin', example: 'Intelligence agencies shared the files.' },
  { id: 'agent-education', names: ['professor', 'scholar', 'researcher', 'research fellow', 'associate research fellow', 'academic', 'university', 'academy', 'institute', 'student', 'teacher', 'school', 'college', 'think tank', 'lecturer', 'scientist', 'economist', 'historian', 'political scientist'], code: 'EDU', source: 'builtin', example: 'A professor at the university objected.' },
  { id: 'agent-media', names: ['journalist', 'reporter', 'newspaper', 'news agency', 'media', 'broadcaster', 'editor', 'correspondent', 'television', 'radio', 'press', 'tabloid', 'state media', 'news outlet'], code: 'MED', source: 'builtin', example: 'Journalists were barred from the hall.' },
  { id: 'agent-business', names: ['company', 'firm', 'business', 'businessman', 'businesswoman', 'executive', 'ceo', 'chief executive', 'corporation', 'bank', 'banker', 'investor', 'entrepreneur', 'trader', 'manufacturer', 'exporter', 'importer', 'carmaker', 'chipmaker', 'producer', 'industry'], code: 'BUS', source: 'builtin', example: 'Chinese companies could face penalties.' },
  { id: 'agent-labor', names: ['worker', 'union', 'trade union', 'labor union', 'labour union', 'employee', 'miner'], code: 'LAB', source: 'builtin', example: 'Workers walked off the job.' },
  { id: 'agent-agriculture', names: ['farmer', 'peasant', 'agriculture ministry', 'grower'], code: 'AGR', source: 'builtin', example: 'Farmers blocked the highway.' },
  { id: 'agent-health', names: ['doctor', 'nurse', 'hospital', 'health worker', 'medic', 'physician', 'health ministry', 'surgeon'], code: 'HLH', source: 'builtin', example: 'Doctors went on strike.' },
  { id: 'agent-refugee', names: ['refugee', 'asylum seeker', 'displaced person', 'migrant'], code: 'REF', source: 'builtin', example: 'Refugees crossed the river.' },
  { id: 'agent-religion', names: ['church', 'priest', 'cleric', 'imam', 'bishop', 'pope', 'rabbi', 'monk', 'clergy', 'mosque', 'clergyman'], code: 'REL', source: 'builtin', example: 'The cleric urged restraint.' },
  { id: 'agent-criminal', names: ['criminal', 'gang', 'smuggler', 'drug trafficker', 'trafficker', 'kidnapper', 'pirate', 'mafia', 'cartel', 'drug lord', 'thief', 'robber'], code: 'CRM', source: 'builtin', example: 'Smugglers abandoned the boat.' },
  { id: 'agent-civilian', names: ['civilian', 'resident', 'villager', 'citizen', 'people', 'engineer', 'tourist', 'pilgrim', 'passenger', 'family', 'child', 'woman', 'man'], code: 'CVL', source: 'builtin', example: 'Civilians fled the shelling.' },
  { id: 'agent-ngo', names: ['aid worker', 'charity', 'aid group', 'humanitarian group', 'ngo', 'non-governmental organization', 'rights group', 'human rights group', 'activist'], code: 'NGO', source: 'builtin', example: 'Aid workers reached the camp.' },
  { id: 'agent-international', names: ['international community', 'peacekeeper', 'international observer', 'mediator', 'monitor'], code: 'INT', source: 'builtin', example: 'Peacekeepers patrolled the buffer zone.' },
] satisfies AgentEntry[];

const PLURALS: Readonly<Record<string, string>> = { people: 'people', men: 'man', women: 'woman', children: 'child', police: 'police', militias: 'militia', families: 'family', authorities: 'authority', agencies: 'agency', companies: 'company', industries: 'industry', media: 'media', clergy: 'clergy', policemen: 'policeman', policewomen: 'policewoman', militiamen: 'militiaman', businessmen: 'businessman', businesswomen: 'businesswoman', congressmen: 'congressman', spokesmen: 'spokesman', spokeswomen: 'spokeswoman', clergymen: 'clergyman' };

/** Singular of a lower-case English noun, as far as agent names need it. */
export function singular(word: string): string {
  if (Object.hasOwn(PLURALS, word)) return PLURALS[word];
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && /(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

export interface AgentIndex {
  /** Entries by the singular of their last word; each list longest phrase first. */
  byLast: Map<string, { words: string[]; entry: AgentEntry }[]>;
}

export function indexAgents(entries: readonly AgentEntry[]): AgentIndex {
  const byLast = new Map<string, { words: string[]; entry: AgentEntry }[]>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const words = name.toLowerCase().split(/\s+/).filter(Boolean);
      const last = singular(words[words.length - 1]);
      const list = byLast.get(last) ?? [];
      list.push({ words, entry });
      byLast.set(last, list);
    }
  }
  for (const list of byLast.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byLast };
}

/**
 * The agent whose phrase ends at `words[end - 1]` (lower-case words; the last may be plural), longest first.
 * `words` is a phrase such as ["russian", "foreign", "ministry", "spokeswoman"]; returns the entry and its length.
 */
export function agentAt(index: AgentIndex, words: readonly string[], end: number): { entry: AgentEntry; length: number } | null {
  if (end <= 0) return null;
  const list = index.byLast.get(singular(words[end - 1]));
  if (!list) return null;
  for (const { words: phrase, entry } of list) {
    const start = end - phrase.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length - 1 && ok; k++) ok = words[start + k] === phrase[k];
    if (ok) return { entry, length: phrase.length };
  }
  return null;
}

export const BUILTIN_AGENT_INDEX: AgentIndex = indexAgents(AGENTS);
