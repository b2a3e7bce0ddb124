// The predicates the events stage codes: verbs, verb phrases and event nouns, each with its CAMEO code (written
// for dyad from the CAMEO 1.1b3 code definitions in ../shared/data/cameo; no dictionary copied) and a sentence of
// our own it fires on. Entries for one lemma are tried in the order written: the more specific first.
import type { VerbEntry } from './types.js';

export const VERBS = [
  // 01 MAKE PUBLIC STATEMENT — only statements that say something about an actor; a plain "said" (010) codes
  // nothing: a statement with no target is noise in an event series, and the quote already records it.
  { id: 'decline-to-comment', lemma: 'decline', particle: 'to comment', code: '011', solo: true, example: 'Japan declined to comment on the Indian report.' },
  { id: 'express-pessimism', lemma: ['express', 'voice', 'raise'], object: ['concern', 'concerns', 'worry', 'alarm', 'pessimism', 'doubt'], code: '012', solo: true, example: 'Germany expressed concern over the Turkish elections.' },
  { id: 'express-optimism', lemma: ['express', 'voice'], object: ['optimism', 'hope', 'confidence'], code: '013', solo: true, example: 'India expressed optimism about its ties with Japan.' },
  { id: 'consider-option', lemma: 'consider', object: ['sanction', 'measure', 'option', 'step', 'action', 'response', 'tariff'], code: '014', solo: true, example: 'The United States is considering new sanctions against Iran.' },
  { id: 'claim-responsibility', lemma: ['claim', 'acknowledge', 'admit', 'accept'], object: ['responsibility'], code: '015', solo: true, example: 'Pakistani militants claimed responsibility for the blast in Karachi.' },
  { id: 'deny-responsibility', lemma: 'deny', object: ['responsibility', 'involvement', 'role', 'allegation', 'accusation', 'charge', 'claim', 'report', 'wrongdoing'], code: '016', solo: true, example: 'Iran denied any involvement in the attack on Israel.' },
  { id: 'lay-wreath', lemma: 'lay', object: ['wreath'], code: '017', solo: true, example: 'The Indian president laid a wreath in Cairo.' },
  { id: 'express-condolences', lemma: ['express', 'offer', 'extend', 'send', 'convey'], object: ['condolence', 'condolences', 'sympathy', 'sympathies', 'solidarity'], prep: ['to', 'with'], code: '018', solo: true, example: 'France expressed condolences to Kenya after the floods.' },
  { id: 'agree-with', lemma: 'agree', prep: ['with'], code: '019', reciprocal: true, example: 'France agreed with Germany on the budget.' },

  // 02 APPEAL
  { id: 'appeal-for-aid', lemma: ['appeal', 'ask', 'call', 'plead', 'request'], object: ['aid', 'assistance', 'help', 'relief'], prep: ['to', 'from', 'on'], code: '023', solo: true, example: 'Kenya appealed to Norway for aid after the drought.' },
  { id: 'appeal-for-talks', lemma: ['appeal', 'call', 'urge'], object: ['talk', 'talks', 'negotiation', 'negotiations', 'dialogue'], prep: ['on', 'to'], code: '026', solo: true, example: 'Norway called for talks between Israel and Egypt.' },
  { id: 'appeal-for-calm', lemma: ['appeal', 'call', 'urge'], object: ['ceasefire', 'truce', 'restraint', 'de-escalation', 'calm'], prep: ['on', 'to'], code: '0256', solo: true, example: 'Turkey urged Iran to show restraint.' },
  { id: 'appeal-for-release', lemma: ['appeal', 'call', 'urge'], object: ['release'], prep: ['on', 'to'], code: '0253', solo: true, example: 'France called on Iran to order the release of its citizens.' },
  { id: 'call-on', lemma: 'call', particle: 'on', code: '020', speech: true, example: 'Egypt called on Israel to end the blockade.' },
  { id: 'call-for', lemma: 'call', particle: 'for', code: '020', solo: true, example: 'Turkey called for an inquiry into the German raid.' },
  { id: 'urge', lemma: ['urge', 'implore', 'exhort', 'beg'], code: '020', speech: true, example: 'Norway urged Iran to free the sailors.' },
  { id: 'appeal', lemma: 'appeal', prep: ['to'], code: '020', example: 'Ukraine appealed to France for patience.' },
  { id: 'ask', lemma: ['ask', 'request', 'invite'], actorObject: true, code: '020', example: 'Brazil asked India to reopen the border.' },

  // 03 EXPRESS INTENT TO COOPERATE
  { id: 'agree-to', lemma: 'agree', particle: 'to', code: '030', reciprocal: true, example: 'Egypt agreed to work with Kenya on water.' },
  { id: 'pledge-aid', lemma: ['pledge', 'promise', 'offer', 'vow'], object: ['aid', 'assistance', 'support', 'help', 'fund', 'funds', 'money', 'loan', 'grant', 'weapon', 'weapons', 'arms'], prep: ['to', 'for'], code: '033', example: 'Japan pledged aid to Ukraine.' },
  { id: 'promise', lemma: ['promise', 'pledge', 'vow', 'offer'], actorObject: true, code: '030', example: 'Russia promised Egypt closer cooperation.' },
  { id: 'promote-cooperation', lemma: ['promote', 'strengthen', 'deepen', 'enhance', 'expand', 'boost', 'advance', 'intensify', 'consolidate', 'improve'], object: ['cooperation', 'tie', 'ties', 'relation', 'relations', 'partnership', 'relationship', 'friendship', 'coordination'], prep: ['with', 'between'], code: '030', reciprocal: true, example: 'China and Pakistan will deepen their cooperation.' },
  { id: 'express-willingness', lemma: ['express', 'voice', 'signal', 'show'], object: ['willingness', 'readiness', 'intention', 'desire'], prep: ['with', 'to'], code: '030', solo: true, example: 'Iran signalled its willingness to work with France.' },

  // 04 CONSULT
  { id: 'pay-visit', lemma: ['pay', 'make', 'begin', 'start', 'conduct', 'undertake', 'wrap', 'end', 'conclude'], object: ['visit', 'trip', 'tour'], prep: ['to'], code: '042', example: 'The Turkish president will pay a visit to Egypt.' },
  { id: 'visit', lemma: 'visit', code: '042', example: 'The French foreign minister visited India in May.' },
  { id: 'travel-to', lemma: ['travel', 'fly', 'head', 'journey'], prep: ['to'], code: '042', example: 'The Russian president will travel to China.' },
  { id: 'arrive-in', lemma: 'arrive', prep: ['in', 'at'], code: '042', example: 'The Japanese prime minister arrived in India on Monday.' },
  { id: 'tour', lemma: 'tour', code: '042', example: 'A Brazilian delegation toured Kenya last week.' },
  { id: 'host-visitor', lemma: ['host', 'receive', 'welcome', 'greet'], actorObject: true, code: '043', example: 'Egypt hosted the Israeli delegation in Cairo.' },
  { id: 'exchange-views', lemma: 'exchange', object: ['view', 'views', 'opinion', 'opinions', 'idea', 'ideas'], prep: ['with'], code: '040', reciprocal: true, example: 'Kenya exchanged views with Egypt on security.' },
  { id: 'hold-talks', lemma: ['hold', 'have', 'conduct', 'open', 'begin', 'start'], object: ['talk', 'talks', 'meeting', 'consultation', 'consultations', 'discussion', 'discussions', 'summit', 'dialogue'], prep: ['with', 'between'], code: '040', reciprocal: true, example: 'Iran held talks with France in Geneva.' },
  { id: 'speak-by-phone', lemma: ['speak', 'talk'], particle: 'by phone', prep: ['with', 'to'], code: '041', reciprocal: true, example: 'The Indian prime minister spoke by phone with the Japanese prime minister.' },
  { id: 'phone', lemma: ['call', 'phone', 'telephone', 'ring'], actorObject: true, code: '041', reciprocal: true, example: 'The Turkish president called the Russian president on Friday.' },
  { id: 'meet', lemma: 'meet', prep: ['with'], code: '040', reciprocal: true, example: 'The French president met the Egyptian president in Cairo.' },
  { id: 'discuss', lemma: 'discuss', prep: ['with'], code: '040', reciprocal: true, example: 'Japan discussed trade with India.' },
  { id: 'consult', lemma: ['consult', 'confer'], prep: ['with'], code: '040', reciprocal: true, example: 'Germany consulted France on the crisis.' },
  { id: 'mediate', lemma: ['mediate', 'broker'], prep: ['between'], code: '045', intentCode: '039', example: 'Norway mediated between Israel and Egypt.' },
  { id: 'negotiate', lemma: 'negotiate', prep: ['with'], code: '046', reciprocal: true, example: 'Kenya negotiated with Brazil over the debt.' },

  // 05 ENGAGE IN DIPLOMATIC COOPERATION
  { id: 'praise', lemma: ['praise', 'commend', 'hail', 'laud', 'applaud', 'salute', 'congratulate', 'thank'], code: '051', speech: true, example: 'Egypt praised Norway for its help.' },
  { id: 'welcome-move', lemma: 'welcome', code: '051', speech: true, example: 'Germany welcomed the Russian proposal.' },
  { id: 'endorse', lemma: ['endorse', 'back'], code: '051', example: 'France backed India’s bid for a seat.' },
  { id: 'stand-with', lemma: 'stand', particle: 'with', code: '051', example: 'France stands with Ukraine.' },
  { id: 'defend', lemma: 'defend', actorObject: true, code: '052', example: 'Turkey defended Pakistan against the criticism.' },
  { id: 'rally-support', lemma: ['rally', 'drum'], object: ['support'], code: '053', solo: true, example: 'Ukraine rallied support for its bid.' },
  { id: 'recognize', lemma: ['recognize', 'recognise'], actorObject: true, code: '054', example: 'Brazil recognized Kenya as a partner.' },
  { id: 'apologize', lemma: ['apologize', 'apologise'], prep: ['to', 'for'], code: '055', solo: true, example: 'Japan apologized to India for the incident.' },
  { id: 'forgive', lemma: ['forgive', 'pardon'], actorObject: true, code: '056', example: 'Egypt forgave Kenya.' },
  { id: 'sign-agreement', lemma: ['sign', 'conclude', 'ink', 'seal', 'strike', 'reach', 'finalize', 'finalise'], object: ['agreement', 'accord', 'deal', 'treaty', 'pact', 'protocol', 'memorandum', 'contract', 'convention', 'charter'], prep: ['with', 'between'], code: '057', reciprocal: true, example: 'India signed a trade agreement with Japan.' },
  { id: 'restore-ties', lemma: ['restore', 'establish', 'normalize', 'normalise', 'resume', 'renew', 're-establish'], object: ['tie', 'ties', 'relation', 'relations', 'relationship'], prep: ['with', 'between'], code: '050', reciprocal: true, example: 'Egypt restored diplomatic ties with Iran.' },
  { id: 'cooperate', lemma: ['cooperate', 'collaborate'], prep: ['with'], code: '050', intentCode: '030', reciprocal: true, example: 'Kenya cooperates with Egypt on water.' },

  // 06 ENGAGE IN MATERIAL COOPERATION
  { id: 'trade-with', lemma: 'trade', prep: ['with'], code: '061', reciprocal: true, example: 'Brazil trades with Kenya.' },
  { id: 'joint-exercises', lemma: ['hold', 'conduct', 'stage', 'launch', 'begin', 'start'], object: ['exercise', 'exercises', 'drill', 'drills', 'manoeuvre', 'manoeuvres', 'maneuver', 'maneuvers'], prep: ['with'], code: '062', reciprocal: true, example: 'India held joint exercises with France.' },
  { id: 'extradite', lemma: 'extradite', prep: ['to'], code: '063', example: 'Turkey extradited the suspect to Germany.' },
  { id: 'share-intelligence', lemma: 'share', object: ['intelligence', 'information', 'data'], prep: ['with'], code: '064', reciprocal: true, example: 'France shared intelligence with Germany.' },

  // 07 PROVIDE AID
  { id: 'provide-military-aid', lemma: ['provide', 'give', 'send', 'deliver', 'supply', 'ship', 'donate', 'transfer'], object: ['weapon', 'weapons', 'arms', 'ammunition', 'missile', 'missiles', 'tank', 'tanks', 'jet', 'jets', 'drone', 'drones', 'artillery', 'munition', 'munitions', 'military'], prep: ['to', 'for'], code: '072', example: 'Germany sent tanks to Ukraine.' },
  { id: 'provide-economic-aid', lemma: ['provide', 'give', 'send', 'deliver', 'donate', 'transfer', 'grant', 'lend', 'extend'], object: ['loan', 'loans', 'fund', 'funds', 'money', 'credit', 'grant', 'financing', 'funding', 'cash', 'economic', 'financial'], prep: ['to', 'for'], code: '071', example: 'Japan provided a loan to Kenya.' },
  { id: 'provide-humanitarian-aid', lemma: ['provide', 'give', 'send', 'deliver', 'donate', 'airlift', 'ship', 'supply'], object: ['food', 'medicine', 'medicines', 'relief', 'vaccine', 'vaccines', 'tent', 'tents', 'shelter', 'humanitarian'], prep: ['to', 'for'], code: '073', example: 'Norway delivered food to Kenya.' },
  { id: 'provide-aid', lemma: ['provide', 'give', 'send', 'deliver', 'donate', 'offer', 'extend'], object: ['aid', 'assistance', 'help', 'support'], prep: ['to', 'for'], code: '070', example: 'France provided aid to Egypt.' },
  { id: 'grant-asylum', lemma: ['grant', 'give', 'offer'], object: ['asylum'], prep: ['to'], code: '075', example: 'Norway granted asylum to the Iranian journalist.' },
  { id: 'help', lemma: ['aid', 'assist', 'help', 'fund', 'finance', 'bankroll', 'rescue'], actorObject: true, code: '070', example: 'Japan helped Kenya with water projects.' },

  // 08 YIELD
  { id: 'lift-sanctions', lemma: ['lift', 'ease', 'relax', 'remove', 'suspend', 'scrap', 'waive', 'drop', 'end'], object: ['sanction', 'sanctions', 'embargo', 'boycott', 'tariff', 'tariffs'], prep: ['on', 'against'], code: '085', example: 'The United States lifted sanctions on Iran.' },
  { id: 'ease-restrictions', lemma: ['lift', 'ease', 'relax', 'remove', 'scrap'], object: ['restriction', 'restrictions', 'curb', 'curbs', 'ban', 'curfew'], prep: ['on', 'against', 'for'], code: '081', solo: true, example: 'Egypt eased restrictions on Israeli tourists.' },
  { id: 'declare-ceasefire', lemma: ['declare', 'agree', 'announce', 'accept', 'sign', 'reach', 'observe'], object: ['ceasefire', 'truce', 'armistice'], prep: ['with', 'between'], code: '0871', reciprocal: true, solo: true, example: 'Israel agreed to a ceasefire with Egypt.' },
  { id: 'release-persons', lemma: ['release', 'free', 'repatriate'], object: ['prisoner', 'prisoners', 'hostage', 'hostages', 'detainee', 'detainees', 'captive', 'captives', 'sailor', 'sailors', 'soldier', 'soldiers', 'journalist', 'journalists', 'citizen', 'citizens', 'national', 'nationals', 'crew', 'fishermen', 'fisherman'], prep: ['to'], code: '0841', example: 'Iran released the French sailors.' },
  { id: 'release', lemma: ['release', 'free'], actorObject: true, code: '0841', example: 'Turkey freed the German ambassador.' },
  { id: 'withdraw-troops', lemma: ['withdraw', 'pull'], object: ['troop', 'troops', 'force', 'forces', 'soldier', 'soldiers', 'army', 'unit', 'units'], prep: ['from'], code: '087', solo: true, example: 'Russia withdrew troops from Ukraine.' },
  { id: 'surrender', lemma: ['surrender', 'capitulate'], prep: ['to'], code: '0874', solo: true, example: 'The Pakistani rebels surrendered to the army.' },
  { id: 'yield', lemma: ['concede', 'yield', 'relent'], prep: ['to'], code: '080', example: 'Iran yielded to Egypt on the dispute.' },

  // 09 INVESTIGATE
  { id: 'launch-investigation', lemma: ['launch', 'open', 'begin', 'start', 'order', 'announce'], object: ['investigation', 'probe', 'inquiry', 'enquiry'], prep: ['into', 'against', 'on'], code: '090', solo: true, example: 'Kenya launched an investigation into the Brazilian company.' },
  { id: 'investigate', lemma: ['investigate', 'probe', 'inspect'], code: '090', example: 'France investigated the Iranian bank.' },

  // 10 DEMAND
  { id: 'demand-release', lemma: 'demand', object: ['release'], prep: ['from', 'of'], code: '1053', example: 'Israel demanded the release of its citizens from Iran.' },
  { id: 'demand-withdrawal', lemma: 'demand', object: ['withdrawal', 'pullout', 'pull-out', 'ceasefire'], prep: ['from', 'of'], code: '1056', example: 'Ukraine demanded the withdrawal of Russian troops.' },
  { id: 'demand', lemma: 'demand', code: '100', speech: true, example: 'Ukraine demanded that Russia pay compensation.' },

  // 11 DISAPPROVE
  { id: 'criticize', lemma: ['criticize', 'criticise', 'denounce', 'condemn', 'slam', 'blast', 'lambaste', 'rebuke', 'censure', 'deplore', 'decry', 'chide', 'castigate', 'berate', 'smear', 'slander', 'vilify', 'defame', 'demonize', 'demonise'], code: '111', speech: true, example: 'Germany criticized Turkey over the arrests.' },
  { id: 'accuse', lemma: ['accuse', 'blame'], code: '112', speech: true, example: 'India accused Pakistan of shelling the border.' },
  { id: 'lodge-protest', lemma: ['lodge', 'file', 'make', 'issue', 'register', 'submit', 'send'], object: ['protest', 'complaint', 'representation', 'representations', 'démarche', 'demarche'], prep: ['with', 'to', 'against'], code: '114', solo: true, example: 'China lodged a protest with Japan over the visit.' },
  { id: 'summon-envoy', lemma: 'summon', object: ['ambassador', 'envoy', 'diplomat', 'diplomats', 'chargé', 'charge'], code: '114', example: 'Turkey summoned the German ambassador.' },
  { id: 'complain', lemma: 'complain', prep: ['to', 'about'], code: '114', example: 'Japan complained to China about the patrols.' },
  { id: 'file-lawsuit', lemma: ['file', 'bring', 'launch', 'lodge'], object: ['lawsuit', 'suit', 'case'], prep: ['against'], code: '115', example: 'Kenya filed a lawsuit against the Brazilian company.' },
  { id: 'sue', lemma: 'sue', code: '115', example: 'Kenya sued the Brazilian mining company.' },
  { id: 'convict', lemma: ['convict', 'sentence'], code: '116', example: 'A Turkish court convicted the German journalist.' },
  { id: 'oppose', lemma: ['oppose', 'disapprove'], code: '110', speech: true, example: 'France opposed the German plan.' },

  // 12 REJECT
  { id: 'reject-talks', lemma: ['reject', 'rebuff', 'spurn', 'dismiss', 'refuse', 'snub'], object: ['talk', 'talks', 'negotiation', 'negotiations', 'meeting', 'dialogue', 'invitation'], prep: ['with', 'from'], code: '125', example: 'Israel rejected talks with Iran.' },
  { id: 'reject-mediation', lemma: ['reject', 'rebuff', 'spurn', 'refuse'], object: ['mediation'], prep: ['by', 'from', 'of'], code: '126', example: 'Iran rejected mediation by Norway.' },
  { id: 'reject', lemma: ['reject', 'rebuff', 'spurn', 'dismiss', 'snub'], code: '120', speech: true, example: 'Iran rejected the French proposal.' },
  { id: 'veto', lemma: 'veto', code: '129', example: 'The United States vetoed the Egyptian resolution.' },
  { id: 'defy', lemma: ['defy', 'flout'], code: '128', example: 'Iran defied the United States.' },

  // 13 THREATEN
  { id: 'threaten-force', lemma: 'threaten', object: ['force', 'war', 'attack', 'attacks', 'strike', 'strikes', 'invasion', 'military', 'retaliation', 'nuclear'], code: '138', speech: true, example: 'Russia threatened Ukraine with military force.' },
  { id: 'threaten-sanctions', lemma: 'threaten', object: ['sanction', 'sanctions', 'embargo', 'boycott', 'tariff', 'tariffs'], code: '1312', speech: true, example: 'The United States threatened Iran with new sanctions.' },
  { id: 'issue-ultimatum', lemma: ['issue', 'give', 'deliver', 'set'], object: ['ultimatum'], prep: ['to'], code: '139', example: 'Israel issued an ultimatum to Iran.' },
  { id: 'threaten', lemma: 'threaten', code: '130', speech: true, example: 'Turkey threatened Egypt over the dispute.' },
  { id: 'warn', lemma: 'warn', code: '130', speech: true, example: 'Japan warned China that its patrols could lead to conflict.' },
  { id: 'retaliate', lemma: 'retaliate', prep: ['against', 'on'], code: '170', intentCode: '130', solo: true, example: 'India will retaliate against Pakistan.' },
  { id: 'take-countermeasures', lemma: 'take', object: ['countermeasure', 'countermeasures', 'firm measures', 'resolute measures', 'decisive measures', 'forceful measures', 'tough measures', 'reciprocal measures', 'retaliatory measures', 'firm action', 'resolute action', 'decisive action', 'retaliatory action'], prep: ['against'], code: '170', intentCode: '130', solo: true, example: 'China will take firm measures against Japan.' },

  // 14 PROTEST
  { id: 'go-on-hunger-strike', lemma: ['go', 'begin', 'start', 'stage', 'launch'], particle: 'on hunger strike', code: '142', solo: true, example: 'Kenyan prisoners went on hunger strike in Cairo.' },
  { id: 'go-on-strike', lemma: 'go', particle: 'on strike', code: '143', solo: true, example: 'Kenyan doctors went on strike over pay.' },
  { id: 'stage-protest', lemma: ['stage', 'hold', 'organize', 'organise', 'launch', 'lead', 'join'], object: ['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'march', 'sit-in'], prep: ['against', 'outside'], code: '141', solo: true, example: 'Pakistani students staged a protest against the Indian embassy.' },
  { id: 'protest', lemma: 'protest', prep: ['against', 'outside'], code: '141', solo: true, example: 'Kenyan farmers protested against the Brazilian company.' },
  { id: 'demonstrate', lemma: 'demonstrate', intransitive: true, prep: ['against', 'outside'], code: '141', solo: true, example: 'Egyptian students demonstrated outside the Israeli embassy.' },
  { id: 'riot', lemma: 'riot', code: '145', solo: true, example: 'Egyptian students rioted in Cairo.' },
  { id: 'block-passage', lemma: ['block', 'barricade', 'obstruct'], object: ['road', 'roads', 'highway', 'passage', 'entrance', 'crossing', 'street', 'streets', 'bridge', 'railway', 'access'], code: '144', solo: true, example: 'Kenyan farmers blocked the highway to the port.' },

  // 15 EXHIBIT FORCE POSTURE
  { id: 'mobilize-forces', lemma: ['mobilize', 'mobilise', 'mass', 'amass', 'deploy', 'station', 'concentrate'], object: ['troop', 'troops', 'force', 'forces', 'soldier', 'soldiers', 'army', 'reservist', 'reservists', 'tank', 'tanks', 'warship', 'warships', 'unit', 'units', 'missile', 'missiles'], prep: ['to', 'near', 'along', 'on', 'in'], code: '154', solo: true, example: 'Russia deployed troops near the Ukrainian border.' },
  { id: 'raise-alert', lemma: ['put', 'place', 'raise'], object: ['alert'], code: '152', solo: true, example: 'Japan put its army on high alert.' },
  { id: 'military-drills', lemma: ['hold', 'conduct', 'stage', 'launch', 'begin', 'start'], object: ['exercise', 'exercises', 'drill', 'drills', 'manoeuvre', 'manoeuvres', 'maneuver', 'maneuvers'], prep: ['near', 'off', 'around'], code: '150', solo: true, example: 'Iran held military drills near the Turkish border.' },

  // 16 REDUCE RELATIONS
  { id: 'cut-ties', lemma: ['cut', 'sever', 'break', 'suspend', 'downgrade', 'freeze', 'end'], object: ['tie', 'ties', 'relation', 'relations', 'relationship', 'contact', 'contacts'], prep: ['with'], code: '161', example: 'Iran cut diplomatic ties with Egypt.' },
  { id: 'recall-envoy', lemma: ['recall', 'withdraw'], object: ['ambassador', 'envoy', 'diplomat', 'diplomats'], prep: ['from', 'to'], code: '161', example: 'Turkey recalled its ambassador from Israel.' },
  { id: 'cut-aid', lemma: ['cut', 'suspend', 'halt', 'stop', 'freeze', 'reduce', 'withhold', 'end'], object: ['aid', 'assistance', 'funding', 'loan', 'loans', 'grant', 'grants'], prep: ['to', 'for'], code: '162', example: 'Germany suspended aid to Kenya.' },
  { id: 'freeze-assets', lemma: ['freeze', 'seize'], object: ['asset', 'assets', 'account', 'accounts', 'reserve', 'reserves'], prep: ['of'], code: '163', example: 'The United States froze Iranian assets.' },
  { id: 'impose-sanctions', lemma: ['impose', 'slap', 'announce', 'levy', 'introduce', 'expand', 'tighten', 'extend', 'adopt', 'unveil', 'place'], object: ['sanction', 'sanctions', 'embargo', 'boycott', 'tariff', 'tariffs', 'penalty', 'penalties', 'duty', 'duties'], prep: ['on', 'against'], code: '163', example: 'The United States imposed sanctions on Iran.' },
  { id: 'sanction', lemma: ['sanction', 'embargo', 'blacklist', 'boycott'], code: '163', example: 'The United States sanctioned two Iranian banks.' },
  { id: 'halt-talks', lemma: ['suspend', 'halt', 'break', 'end', 'cancel', 'abandon', 'quit', 'freeze', 'stop'], object: ['talk', 'talks', 'negotiation', 'negotiations', 'dialogue'], prep: ['with', 'between'], code: '164', example: 'Israel suspended talks with Iran.' },
  { id: 'halt-mediation', lemma: ['suspend', 'halt', 'end', 'abandon', 'quit'], object: ['mediation'], prep: ['between', 'with'], code: '165', example: 'Norway ended its mediation between Israel and Egypt.' },
  { id: 'expel-diplomats', lemma: ['expel', 'oust', 'order'], object: ['diplomat', 'diplomats', 'ambassador', 'envoy', 'attaché', 'attache'], code: '166', example: 'Russia expelled ten French diplomats.' },

  // 17 COERCE
  { id: 'seize-territory', lemma: ['seize', 'capture', 'take', 'occupy', 'overrun'], object: ['town', 'city', 'village', 'territory', 'region', 'airport', 'base', 'province', 'island', 'islands', 'port', 'area', 'border', 'capital'], code: '192', example: 'Russian troops seized the Ukrainian port.' },
  { id: 'seize-property', lemma: ['seize', 'confiscate', 'impound', 'expropriate', 'nationalize', 'nationalise'], code: '1711', example: 'Iran seized a Norwegian tanker.' },
  { id: 'destroy-property', lemma: ['destroy', 'demolish', 'raze', 'bulldoze', 'torch', 'vandalize', 'vandalise', 'ransack'], code: '1712', example: 'Russian troops destroyed a Ukrainian dam.' },
  { id: 'impose-curfew', lemma: ['impose', 'declare', 'order', 'announce'], object: ['curfew'], code: '1723', solo: true, example: 'Kenya imposed a curfew in Nairobi.' },
  { id: 'impose-emergency', lemma: ['impose', 'declare', 'announce'], object: ['emergency', 'martial'], code: '1724', solo: true, example: 'Pakistan declared a state of emergency in Karachi.' },
  { id: 'ban', lemma: ['ban', 'outlaw', 'prohibit'], code: '172', example: 'Pakistan banned Indian films.' },
  { id: 'arrest', lemma: ['arrest', 'detain', 'apprehend', 'jail', 'imprison', 'indict', 'prosecute'], code: '173', example: 'Pakistani police arrested two Indian fishermen.' },
  { id: 'deport', lemma: ['deport', 'expel'], code: '174', example: 'France deported two Turkish nationals.' },
  { id: 'crack-down', lemma: 'crack', particle: 'down', prep: ['on'], code: '175', solo: true, example: 'Iranian police cracked down on protesters.' },
  { id: 'repress-protest', lemma: ['repress', 'suppress', 'crush', 'quell', 'disperse', 'break'], object: ['protest', 'protests', 'demonstration', 'demonstrations', 'uprising', 'rebellion', 'revolt', 'unrest', 'dissent', 'riot', 'riots', 'rally', 'rallies', 'strike'], code: '175', solo: true, example: 'The Egyptian army crushed the protests.' },
  { id: 'repress', lemma: ['repress', 'suppress', 'crush', 'quell', 'disperse'], actorObject: true, code: '175', example: 'Iranian police dispersed the Kurdish protesters.' },

  // 18 ASSAULT
  { id: 'take-hostage', lemma: ['take', 'hold'], object: ['hostage', 'hostages', 'captive'], code: '181', example: 'Pakistani militants took two Chinese engineers hostage.' },
  { id: 'abduct', lemma: ['abduct', 'kidnap', 'hijack'], code: '181', example: 'Pakistani militants kidnapped two Chinese engineers.' },
  { id: 'assault', lemma: ['assault', 'stab', 'lynch'], code: '182', example: 'Indian police assaulted Pakistani fishermen.' },
  { id: 'torture', lemma: 'torture', code: '1822', example: 'Iranian police tortured the French prisoners.' },
  { id: 'assassinate', lemma: 'assassinate', code: '186', example: 'Israeli soldiers assassinated an Iranian scientist.' },
  { id: 'kill', lemma: ['kill', 'murder', 'execute', 'slay', 'shoot', 'behead'], code: '180', example: 'Pakistani militants killed three Chinese engineers.' },

  // 19 FIGHT
  { id: 'violate-ceasefire', lemma: ['violate', 'breach', 'break'], object: ['ceasefire', 'truce', 'armistice'], code: '196', example: 'Russia violated the ceasefire with Ukraine.' },
  { id: 'fire-artillery', lemma: ['fire', 'launch', 'lob'], object: ['shell', 'shells', 'artillery', 'rocket', 'rockets', 'mortar', 'mortars'], prep: ['at', 'into', 'on', 'toward', 'towards'], code: '194', example: 'Israel fired rockets at Iran.' },
  { id: 'fire-missiles', lemma: ['fire', 'launch'], object: ['missile', 'missiles', 'drone', 'drones', 'airstrike', 'airstrikes', 'air'], prep: ['at', 'into', 'on', 'toward', 'towards', 'against'], code: '195', example: 'Iran launched missiles at Israel.' },
  { id: 'launch-attack', lemma: ['launch', 'carry', 'mount', 'stage', 'conduct', 'unleash', 'wage'], object: ['attack', 'attacks', 'offensive', 'assault', 'raid', 'raids', 'incursion', 'strike', 'strikes', 'war'], prep: ['on', 'against', 'in'], code: '190', intentCode: '138', example: 'Turkey launched an offensive against Kurdish rebels in Iran.' },
  { id: 'attack', lemma: ['attack', 'raid', 'ambush', 'storm', 'strike', 'hit'], actorObject: true, code: '190', intentCode: '138', example: 'Russian troops attacked a Ukrainian village.' },
  { id: 'invade', lemma: ['invade', 'occupy', 'annex'], code: '192', intentCode: '1382', example: 'Russia invaded Ukraine.' },
  { id: 'shell', lemma: ['shell', 'bombard', 'pound'], code: '194', example: 'Indian troops shelled Pakistani villages.' },
  { id: 'bomb', lemma: ['bomb', 'airstrike'], code: '195', example: 'The Israeli air force bombed Iranian bases.' },
  { id: 'blockade', lemma: ['blockade', 'besiege'], code: '191', example: 'Israel blockaded the Egyptian port.' },
  { id: 'fight', lemma: ['fight', 'clash', 'battle'], prep: ['with', 'against'], code: '190', reciprocal: true, example: 'Indian troops clashed with Pakistani troops.' },

  // 20 USE UNCONVENTIONAL MASS VIOLENCE
  { id: 'massacre', lemma: ['massacre', 'slaughter', 'exterminate'], code: '202', example: 'The militia massacred Kenyan villagers.' },
  { id: 'commit-atrocity', lemma: ['commit', 'carry', 'perpetrate'], object: ['genocide', 'massacre', 'massacres', 'atrocity', 'atrocities'], prep: ['against', 'in'], code: '202', example: 'The militia committed a massacre against Kenyan villagers.' },
  { id: 'ethnic-cleansing', lemma: ['commit', 'carry', 'conduct', 'perpetrate'], object: ['cleansing'], prep: ['against', 'in'], code: '203', example: 'The militia carried out ethnic cleansing against Kenyan villagers.' },
  { id: 'use-chemical-weapons', lemma: ['use', 'deploy', 'drop'], object: ['chemical', 'biological', 'radiological', 'sarin', 'chlorine'], prep: ['against', 'on', 'in'], code: '2041', example: 'The Iranian army used chemical weapons against Turkey.' },
  { id: 'detonate-nuclear', lemma: ['detonate', 'use', 'drop'], object: ['nuclear', 'atomic'], prep: ['against', 'on', 'over'], code: '2042', example: 'Russia detonated a nuclear bomb over Ukraine.' },

  // Event nouns: who acts is the possessor, an actor word before the noun, or "by" (and "of" where marked).
  { id: 'visit-noun', pos: 'noun', lemma: ['visit', 'trip', 'tour', 'journey'], prep: ['to'], ofSource: true, code: '042', example: 'The Indian prime minister’s visit to Japan ended on Friday.' },
  { id: 'talks-noun', pos: 'noun', lemma: ['talk', 'talks', 'meeting', 'negotiation', 'negotiations', 'consultation', 'consultations', 'summit'], prep: ['with', 'between'], code: '040', reciprocal: true, example: 'The talks between Israel and Egypt resumed in Cairo.' },
  { id: 'sanctions-noun', pos: 'noun', lemma: ['sanction', 'sanctions', 'embargo'], prep: ['on', 'against'], code: '163', example: 'American sanctions on Iran took effect on Monday.' },
  { id: 'invasion-noun', pos: 'noun', lemma: ['invasion', 'annexation', 'occupation'], prep: ['of'], code: '192', example: 'The Russian invasion of Ukraine drew protests.' },
  { id: 'shelling-noun', pos: 'noun', lemma: ['shelling', 'bombardment'], prep: ['of', 'on'], placeTarget: true, code: '194', example: 'Indian shelling of Pakistani villages went on.' },
  { id: 'air-strike-noun', pos: 'noun', lemma: ['strike', 'strikes', 'raid', 'raids', 'attack', 'attacks'], modifier: ['air', 'aerial', 'drone', 'missile'], prep: ['on', 'against'], placeTarget: true, code: '195', example: 'Turkish air strikes on Iran killed four people.' },
  { id: 'airstrike-noun', pos: 'noun', lemma: ['airstrike', 'airstrikes'], prep: ['on', 'against'], placeTarget: true, code: '195', example: 'Israeli airstrikes on Iran continued overnight.' },
  { id: 'bombing-noun', pos: 'noun', lemma: ['bombing', 'bombings'], prep: ['on', 'against', 'of'], placeTarget: true, code: '183', example: 'A terrorist bombing in Karachi shocked Pakistan.' },
  { id: 'attack-noun', pos: 'noun', lemma: ['attack', 'attacks', 'assault', 'raid', 'raids', 'offensive', 'incursion', 'strike', 'strikes'], prep: ['on', 'against'], placeTarget: true, code: '190', example: 'A terrorist attack in Karachi killed two Chinese engineers.' },
] satisfies VerbEntry[];
