// quotes: direct, indirect and mixed quotations with speaker, cue and channel.
import type { Stage } from '../stage.js';

export const quotesStage: Stage = {
  name: 'quotes',
  reads: ['text', 'sentences', 'tokens', 'entities'],
  writes: ['quotes'],
  run(doc) {
    return doc; // placeholder until the quotes stage lands
  },
};
