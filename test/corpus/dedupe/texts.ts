// Articles written for the dedupe tests: two independent reports of one visit, and a short report with a wire copy.

/** One state visit, told by one outlet... */
export const VISIT_A = `Indonesian President Prabowo Subianto arrived in Tokyo on Tuesday for a three-day state visit, his first trip to Japan since taking office. Prabowo was greeted at Haneda airport by Japan's foreign minister and is due to meet Prime Minister Shigeru Ishiba on Wednesday.

Officials in Jakarta said the two leaders would sign agreements on maritime security, nickel processing and a new high-speed rail line linking Jakarta and Surabaya. Japan is Indonesia's second-largest foreign investor, and trade between the two countries reached 40 billion dollars last year.

Analysts said Tokyo hopes to deepen defence ties as China expands its presence in the South China Sea, while Jakarta wants fresh investment for its industrial plans. Prabowo will also address the Japanese parliament and visit a shipyard in Yokohama before flying to Seoul on Friday, the presidential palace said in a statement.`;

/** ...and by another, in its own words. */
export const VISIT_B = `Japan rolled out the red carpet for Prabowo Subianto this week as the Indonesian leader began a state visit aimed at securing billions in new investment. Speaking to reporters after landing at Haneda, Prabowo said his country saw Japan as "a partner of the first rank" and wanted cooperation to move faster.

Talks with Shigeru Ishiba are expected to cover coastguard patrol boats, the processing of Indonesian nickel for electric car batteries and financing for a fast train between Jakarta and Surabaya. Japanese firms already employ hundreds of thousands of Indonesians, and bilateral trade stood at roughly 40 billion dollars in 2024.

Some diplomats in Tokyo see the visit as part of a wider Japanese push to court Southeast Asian capitals wary of Beijing's maritime claims. After a speech to lawmakers and a stop at a Yokohama shipyard, the president heads on to South Korea.`;

export const FLOOD = `Flooding closed more than forty roads across northern Portugal on Sunday after two days of heavy rain, and emergency services evacuated about 300 people from villages along the Douro river. The civil protection agency said water levels in Peso da Régua had risen by almost four metres overnight, the highest reading since 2001.

No deaths were reported, but a fisherman was missing near Pinhão and divers were searching the river. Rail services between Porto and Pocinho were suspended, and the operator said it expected the line to remain closed until at least Tuesday.

Prime Minister Luís Montenegro, who visited a shelter in Lamego, promised emergency funds for farmers whose vineyards were flooded. Forecasters warned that more rain was expected on Monday, though they said it should be lighter than at the weekend.`;

/** The wire copy: a dateline, one word changed, the last sentence cut, a credit line added. */
export const FLOOD_WIRE = `LISBON, Jan 12 (Reuters) - Flooding closed more than forty roads across northern Portugal on Sunday after two days of heavy rain, and emergency services evacuated around 300 people from villages along the Douro river. The civil protection agency said water levels in Peso da Regua had risen by almost four metres overnight, the highest reading since 2001.

No deaths were reported, but a fisherman was missing near Pinhao and divers were searching the river. Rail services between Porto and Pocinho were suspended, and the operator said it expected the line to remain closed until at least Tuesday.

Prime Minister Luis Montenegro, who visited a shelter in Lamego, promised emergency funds for farmers whose vineyards were flooded.

(Reporting by Ana Costa; Editing by Mark Heinrich)`;

/** A different story on the same subject and day: must not group with FLOOD. */
export const FLOOD_OTHER = `Heavy rain in northern Portugal forced the evacuation of hundreds of residents on Sunday as the Douro burst its banks in several places. In Peso da Régua, shopkeepers piled sandbags against their doors while firefighters in boats checked on elderly people who had refused to leave.

The government declared a state of alert for three districts and Prime Minister Luís Montenegro said the army was ready to help. Train traffic on the Douro line stopped and dozens of roads were closed.

Meteorologists blamed a slow-moving storm over the Atlantic and said the river would stay high for several days.`;
