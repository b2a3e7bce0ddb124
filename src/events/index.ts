// events: who did what to whom, CAMEO-coded, with modality, date and place.
import type { Stage } from '../stage.js';

export const eventsStage: Stage = {
  name: 'events',
  reads: ['text', 'meta', 'sentences', 'tokens', 'dates', 'entities', 'quotes'],
  writes: ['events'],
  run(doc) {
    return doc; // placeholder until the events stage lands
  },
};
