// entities: people, organizations, places and nationalities, with codes, roles and linked mentions.
import type { Stage } from '../stage.js';

export const entitiesStage: Stage = {
  name: 'entities',
  reads: ['text', 'meta', 'sentences', 'tokens'],
  writes: ['entities'],
  run(doc) {
    return doc; // placeholder until the entities stage lands
  },
};
