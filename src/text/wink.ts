// text: the one place that touches wink-nlp. Reads a string, gives back wink's tokens as plain arrays with
// offsets into that string, and wink's sentences as token-index ranges. wink types stay inside this file.
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Module-level memo of a READ-ONLY resource: the model takes ~0.3 s to load, so it is loaded once, lazily, on first
// use, and never changed afterwards. Only sentence splitting and POS tagging are switched on (no NER, sentiment,
// negation or custom entities: dyad does those itself).
let loaded: WinkMethods | undefined;
function nlp(): WinkMethods {
  loaded ??= winkNLP(model, ['sbd', 'pos']);
  return loaded;
}

export interface WinkToken {
  start: number;
  end: number;
  value: string;
  pos: string;
  lemma: string;
}

export interface WinkReading {
  tokens: WinkToken[];
  /** For each wink sentence, the index in `tokens` of its first token (sentences without a token are left out). */
  sentenceStarts: number[];
}

/**
 * Reads `text` with wink and places every token in it. wink gives each token's surface (`value`) and the spaces
 * before it; the offset is found by scanning forward from the previous token's end, so a token that wink rewrote
 * (none seen on the BBC corpus) cannot push later offsets past their text. Whitespace tokens (line breaks, tabs)
 * are dropped: paragraphs and line breaks are read from the text itself.
 */
export function readWithWink(text: string): WinkReading {
  const doc = nlp().readDoc(text);
  const its = nlp().its;
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[]; // typed with an addon argument wink fills in
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  const out: WinkToken[] = [];
  const ours = new Int32Array(values.length).fill(-1);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let start = at + spaces[i].length;
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, at);
      start = found >= 0 ? found : skipSpace(text, at);
    }
    const end = Math.min(text.length, start + value.length);
    at = end;
    if (value.trim() === '') continue;
    ours[i] = out.length;
    out.push({ start, end, value: text.slice(start, end), pos: tags[i], lemma: lemmas[i] });
  }

  const sentenceStarts: number[] = [];
  for (const [first, last] of spans) {
    for (let i = first; i <= last; i++) {
      if (ours[i] >= 0) {
        if (sentenceStarts.length === 0 || sentenceStarts[sentenceStarts.length - 1] < ours[i]) sentenceStarts.push(ours[i]);
        break;
      }
    }
  }
  return { tokens: out, sentenceStarts };
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}
