// Reads CoNLL-2003 text (`word POS chunk NER` lines, IOB1 tags, -DOCSTART- between documents) into documents.
// Pure: the caller reads the file. Used by scripts/train-ner.ts and scripts/eval-ner.ts.

export interface ConllSentence {
  words: string[];
  /** The file's own Penn Treebank POS column. */
  ptb: string[];
  /** NER tags as in the file (IOB1). */
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let cur: ConllSentence[] = [];
  let sent: ConllSentence = { words: [], ptb: [], tags: [] };
  const endSentence = () => {
    if (sent.words.length) cur.push(sent);
    sent = { words: [], ptb: [], tags: [] };
  };
  const endDocument = () => {
    endSentence();
    if (cur.length) docs.push({ sentences: cur });
    cur = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('-DOCSTART-')) {
      endDocument();
      continue;
    }
    if (!line) {
      endSentence();
      continue;
    }
    const parts = line.split(' ');
    sent.words.push(parts[0]);
    sent.ptb.push(parts[1] ?? '');
    sent.tags.push(parts[parts.length - 1]);
  }
  endDocument();
  return docs;
}

/** IOB1 → BIO: an `I-X` that does not continue an X opens one, as `B-X` does. */
export function iob1ToBio(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (tag === 'O') return 'O';
    const [bio, type] = tag.split('-');
    const prev = i > 0 ? tags[i - 1] : 'O';
    const continues = bio === 'I' && prev !== 'O' && prev.split('-')[1] === type;
    return `${continues ? 'I' : 'B'}-${type}`;
  });
}

/** Entity spans of a BIO or IOB1 tag sequence (token indices, end exclusive), the conlleval way. */
export function tagSpans(tags: readonly string[]): { start: number; end: number; type: string }[] {
  const spans: { start: number; end: number; type: string }[] = [];
  let open: { start: number; end: number; type: string } | null = null;
  tags.forEach((tag, i) => {
    if (tag === 'O') {
      open = null;
      return;
    }
    const [bio, type] = tag.split('-');
    if (open && open.type === type && bio === 'I') {
      open.end = i + 1;
      return;
    }
    open = { start: i, end: i + 1, type };
    spans.push(open);
  });
  return spans;
}
