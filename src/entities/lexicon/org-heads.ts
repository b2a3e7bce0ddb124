// Head words that make a capitalized phrase an organization ("China Foreign Affairs University", "Ministry of
// Defence", "Communist Party of China"), with the CAMEO agent the organization acts as.
import type { OrgHeadEntry } from './types.js';

export const ORG_HEADS = [
  { id: 'org-head-ministry', words: ['ministry', 'department', 'government', 'cabinet', 'administration', 'presidency', 'secretariat', 'treasury', 'embassy', 'consulate', 'directorate', 'bureau', 'office', 'council', 'commission', 'agency', 'authority', 'authorities', 'customs', 'state council'], agent: 'GOV', example: 'The Ministry of Foreign Affairs summoned the envoy.' },
  { id: 'org-head-central-bank', words: ['central bank', 'reserve bank', 'national bank', 'federal reserve', 'monetary authority'], agent: 'GOV', example: 'The Central Bank of Nigeria cut rates.' },
  { id: 'org-head-legislature', words: ['parliament', 'congress', 'senate', 'assembly', 'duma', 'legislature', 'house of representatives', 'house of commons', 'house of lords', 'majlis', 'knesset', 'bundestag', 'diet'], agent: 'LEG', example: 'The National Assembly passed the law.' },
  { id: 'org-head-education', words: ['university', 'institute', 'academy', 'college', 'school', 'polytechnic', 'center', 'centre', 'think tank', 'laboratory', 'observatory'], agent: 'EDU', example: 'She studied at the Renmin University of China.' },
  { id: 'org-head-military', words: ['army', 'navy', 'air force', 'armed forces', 'marines', 'marine corps', 'military', 'forces', 'guard', 'guards', 'brigade', 'regiment', 'battalion', 'fleet', 'command'], agent: 'MIL', example: 'The Pacific Fleet held drills.' },
  { id: 'org-head-police', words: ['police', 'constabulary', 'gendarmerie', 'border guard', 'police department'], agent: 'COP', example: 'The Metropolitan Police made arrests.' },
  { id: 'org-head-court', words: ['court', 'tribunal', 'supreme court', 'high court', 'court of appeals', 'prosecutor\'s office', 'procuratorate'], agent: 'JUD', example: 'The Constitutional Court struck down the law.' },
  { id: 'org-head-party', words: ['party', 'communist party'], agent: 'PTY', example: 'The Labour Party won the vote.' },
  { id: 'org-head-movement', words: ['front', 'movement', 'alliance', 'coalition', 'league', 'brigades'], agent: null, example: 'The Popular Front called a strike.' },
  { id: 'org-head-media', words: ['times', 'post', 'news', 'journal', 'herald', 'gazette', 'tribune', 'telegraph', 'daily', 'press', 'television', 'tv', 'radio', 'broadcasting', 'broadcasting corporation', 'news agency', 'magazine', 'chronicle', 'review', 'monitor', 'mail', 'express', 'star'], agent: 'MED', example: 'The report ran in the Harare Herald.' },
  { id: 'org-head-business', words: ['company', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'co', 'co.', 'group', 'holdings', 'bank', 'airlines', 'airways', 'motors', 'industries', 'enterprises', 'technologies', 'technology', 'petroleum', 'pharmaceuticals', 'telecom', 'energy', 'exchange', 'fund', 'capital', 'partners', 'llc', 'ag', 'gmbh', 'sa', 'nv', 'bv', 'spa', 'oil', 'steel', 'mining', 'electric', 'airport', 'railways', 'shipping'], agent: 'BUS', example: 'Shares of Acme Widgets Corp fell.' },
  { id: 'org-head-union', words: ['union', 'trade union', 'workers union', 'federation of trade unions'], agent: 'LAB', example: 'The Teachers Union called a strike.' },
  { id: 'org-head-civil', words: ['association', 'foundation', 'federation', 'society', 'organization', 'organisation', 'club', 'committee', 'forum', 'network', 'institution', 'council of europe', 'initiative', 'trust', 'fc', 'united'], agent: null, example: 'The Red Star Association held a vote.' },
  { id: 'org-head-health', words: ['hospital', 'clinic', 'medical center', 'red crescent'], agent: 'HLH', example: 'Doctors at Mount Sinai Hospital operated.' },
  { id: 'org-head-religious', words: ['church', 'mosque', 'diocese', 'synod', 'patriarchate', 'temple', 'monastery'], agent: 'REL', example: 'The Orthodox Church condemned the law.' },
] satisfies OrgHeadEntry[];
