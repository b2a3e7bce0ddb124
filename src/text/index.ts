// text: body text → paragraphs, sentences and tokens with part-of-speech tags.
import type { Stage } from '../stage.js';

export const textStage: Stage = {
  name: 'text',
  reads: ['text'],
  writes: ['paragraphs', 'sentences', 'tokens'],
  run(doc) {
    return doc; // placeholder until the text stage lands
  },
};
