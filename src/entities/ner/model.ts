// The name model: labels, attribute table, weights and the gazetteer lists it was trained with.
// Encoded as `dyad.ner/1`: gzip of a small JSON header, the attribute strings and int16-quantized weights.
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildGazetteer, type Gazetteer, type GazetteerLists } from './gazetteer.js';

export const MODEL_FORMAT = 'dyad.ner/1';

/** BIO over the four CoNLL types; index 0 is O. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];

export interface ModelInfo {
  /** How and from what it was trained: seed, options, data checksum, figures. */
  [key: string]: unknown;
}

export interface NameModel {
  labels: readonly string[];
  /** Attribute string → row. */
  attributes: Map<string, number>;
  /** Row a, label y at a * labels.length + y. */
  weights: Float32Array;
  /** from * labels.length + to. */
  transitions: Float32Array;
  lists: GazetteerLists;
  gazetteer: Gazetteer;
  info: ModelInfo;
}

export interface ModelParts {
  labels: readonly string[];
  attributes: readonly string[];
  weights: ArrayLike<number>;
  transitions: ArrayLike<number>;
  lists: GazetteerLists;
  info: ModelInfo;
}

export function createModel(parts: ModelParts): NameModel {
  return {
    labels: parts.labels,
    attributes: new Map(parts.attributes.map((a, i) => [a, i])),
    weights: Float32Array.from(parts.weights),
    transitions: Float32Array.from(parts.transitions),
    lists: parts.lists,
    gazetteer: buildGazetteer(parts.lists),
    info: parts.info,
  };
}

const MAGIC = 'DYADNER1';

export function encodeModel(parts: ModelParts): Uint8Array {
  const L = parts.labels.length;
  let max = 0;
  for (let i = 0; i < parts.weights.length; i++) max = Math.max(max, Math.abs(parts.weights[i]));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(parts.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(parts.weights[i] / scale);
  const header = Buffer.from(
    JSON.stringify({ format: MODEL_FORMAT, labels: parts.labels, count: parts.attributes.length, scale, lists: parts.lists, info: parts.info }),
  );
  const names = Buffer.from(parts.attributes.join('\n'));
  const trans = Float32Array.from(parts.transitions);
  if (trans.length !== L * L || q.length !== parts.attributes.length * L) throw new Error('dyad: model parts disagree in size');
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
  };
  const pad = Buffer.alloc((8 + 4 + header.length + 4 + names.length) % 2);
  const raw = Buffer.concat([
    Buffer.from(MAGIC), u32(header.length), header, u32(names.length), names, pad,
    Buffer.from(q.buffer, q.byteOffset, q.byteLength), Buffer.from(trans.buffer, trans.byteOffset, trans.byteLength),
  ]);
  return gzipSync(raw, { level: 9 });
}

export function decodeModel(bytes: Uint8Array): NameModel {
  const raw = gunzipSync(bytes);
  if (raw.subarray(0, 8).toString() !== MAGIC) throw new Error(`dyad: not a ${MODEL_FORMAT} name model`);
  let at = 8;
  const headerLen = raw.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(raw.subarray(at, at + headerLen).toString());
  at += headerLen;
  const namesLen = raw.readUInt32LE(at);
  at += 4;
  const attributes = raw.subarray(at, at + namesLen).toString().split('\n');
  at += namesLen;
  at += at % 2;
  const L = header.labels.length;
  const count = header.count as number;
  if (attributes.length !== count) throw new Error('dyad: name model attribute table is damaged');
  const q = new Int16Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + count * L * 2));
  at += count * L * 2;
  const transitions = new Float32Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + L * L * 4));
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i] * header.scale;
  const attrMap = new Map<string, number>();
  for (let i = 0; i < count; i++) attrMap.set(attributes[i], i);
  return {
    labels: header.labels,
    attributes: attrMap,
    weights,
    transitions,
    lists: header.lists,
    gazetteer: buildGazetteer(header.lists),
    info: header.info,
  };
}
