// text: quotations by their double quotation marks (straight, curly, guillemets), as character ranges. They only
// steer sentence splitting; the quotes stage finds quotes with speakers on its own.
// A straight " opens when it starts the text or follows whitespace, ( [ { : or an opening mark; else it closes.
// A new opening mark while a quotation is open leaves the earlier one unclosed (news style for quotes that run
// over several paragraphs: `"First part. "Second part."`).

export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quotation is not closed. */
  close: number | null;
}

const MARK = /["“”«»„]/g;
const OPENS_AFTER = /[\s([{:“«„]/;

export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let current: Quotation | null = null;
  for (const m of text.matchAll(MARK)) {
    const at = m.index;
    const mark = m[0];
    const opening = mark === '“' || mark === '«' || mark === '„' || (mark === '"' && (at === 0 || OPENS_AFTER.test(text[at - 1])));
    if (opening) {
      current = { open: at, close: null };
      out.push(current);
    } else if (current && current.close === null) {
      current.close = at;
      current = null;
    }
  }
  return out;
}
