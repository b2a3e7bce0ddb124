// time: date and time expressions, resolved against the publication time.
import type { Stage } from '../stage.js';

export const timeStage: Stage = {
  name: 'time',
  reads: ['text', 'meta', 'sentences', 'tokens'],
  writes: ['dates'],
  run(doc) {
    return doc; // placeholder until the time stage lands
  },
};
