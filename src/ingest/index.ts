// ingest: raw input (bytes, text or HTML) → text, meta, captions and the article id.
import type { Stage } from '../stage.js';

export const ingestStage: Stage = {
  name: 'ingest',
  reads: ['input'],
  writes: ['id', 'meta', 'text', 'captions', 'warnings'],
  run(doc) {
    return doc; // placeholder until the ingest stage lands
  },
};
