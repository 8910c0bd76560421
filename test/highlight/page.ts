import { parseHTML } from 'linkedom';

/** A small article page in linkedom, built like a news page with a teaser repeating a sentence. */
export function articlePage() {
  const { document, window } = parseHTML(`<!doctype html><html lang="en"><head><title>t</title></head><body>
<header><nav><a href="/">Home</a></nav><p class="teaser">It is unclear what sanctions Mr. Trump was referring to.</p></header>
<article>
<h1>Trump, parting with Treasury, says he'll reverse new North Korea sanctions</h1>
<p><strong>UPDATE:</strong> A National Security Council official said Friday that the sanctions were not the ones announced Thursday.</p>
<p>President Trump tweeted on Friday that he would cancel them: “I have today ordered the withdrawal of those additional sanctions!” It is unclear what   sanctions Mr. Trump was
referring to.</p>
<p>White House press secretary Sarah Sanders explained in a statement.</p>
</article>
<script>var x = "It is unclear what sanctions";</script>
</body></html>`);
  const doc = document as unknown as Document;
  // linkedom's Range has no boundary points; the highlighter only needs these few.
  doc.createRange = () => new FakeRange() as unknown as Range;
  return { document: doc, window };
}

export class FakeHighlight {
  ranges: Range[];
  priority = 0;
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

export function fakeRegistry() {
  return new Map<string, FakeHighlight>();
}

export const UNCLEAR = 'It is unclear what sanctions Mr. Trump was referring to.';
export const UPDATE = 'UPDATE: A National Security Council official said Friday that the sanctions were not the ones announced Thursday.';
export const QUOTE_SENTENCE =
  'President Trump tweeted on Friday that he would cancel them: "I have today ordered the withdrawal of those additional sanctions!"';

class FakeRange {
  startContainer: Node | null = null;
  startOffset = 0;
  endContainer: Node | null = null;
  endOffset = 0;
  setStart(node: Node, offset: number) {
    this.startContainer = node;
    this.startOffset = offset;
  }
  setEnd(node: Node, offset: number) {
    this.endContainer = node;
    this.endOffset = offset;
  }
  setStartBefore(node: Node) {
    this.setStart(node.parentNode!, Array.prototype.indexOf.call(node.parentNode!.childNodes, node));
  }
  setEndAfter(node: Node) {
    this.setEnd(node.parentNode!, Array.prototype.indexOf.call(node.parentNode!.childNodes, node) + 1);
  }
  getClientRects() {
    return [];
  }
}
