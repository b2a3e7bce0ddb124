// Reads the shipped name model (model/names.bin, written by `npm run train:ner`): the one file read of this folder,
// done once, lazily, by index.ts.
import { readFileSync } from 'node:fs';
import { decodeModel, type NameModel } from './model.js';

export const MODEL_URL = new URL('./model/names.bin', import.meta.url);

export function loadNameModel(url: URL = MODEL_URL): NameModel {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(url);
  } catch {
    throw new Error(`dyad: the name model is missing (${url.pathname}); run \`npm run train:ner\` to rebuild it`);
  }
  return decodeModel(bytes);
}
