// A cheaper first test than a set look-up of a token's word: one bit per shape (length, first two and last two
// letters, mixed into 18 bits) of the set's words. Most words of a text have no bit set and are never hashed, and
// hashing a token's freshly made string is the dear part of a look-up. A word of the set always passes.
function shapeOf(w: string): number {
  const n = w.length;
  if (n < 2) return n === 0 ? 0 : w.charCodeAt(0);
  let h = Math.imul(n, 31) + w.charCodeAt(0);
  h = Math.imul(h, 31) + w.charCodeAt(1);
  h = Math.imul(h, 31) + w.charCodeAt(n - 2);
  return (Math.imul(h, 31) + w.charCodeAt(n - 1)) & 0x3ffff;
}

/** The shapes of `words`, as a bit table for mayHold. */
export function shapesOf(words: Iterable<string>): Int32Array {
  const bits = new Int32Array(1 << 13);
  for (const w of words) {
    const shape = shapeOf(w);
    bits[shape >> 5] |= 1 << (shape & 31);
  }
  return bits;
}

/** False when `w` is surely not one of the words `shapes` was made from; true when it may be. */
export function mayHold(shapes: Int32Array, w: string): boolean {
  const shape = shapeOf(w);
  return (shapes[shape >> 5] & (1 << (shape & 31))) !== 0;
}
