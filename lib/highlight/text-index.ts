/**
 * Page text indexed for matching: spaces dropped, quotes and dashes folded, case ignored,
 * so a sentence matches however the page wraps, spaces or curls it. Each kept character
 * remembers its text node and offset, which turns a match back into a DOM Range.
 */
export interface TextIndex {
  text: string;
  nodes: Text[];
  offsets: number[];
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);
const FOLDS: Record<string, string> = {
  '‘': "'", '’': "'", '‛': "'", '′': "'", '`': "'",
  '“': '"', '”': '"', '„': '"', '″': '"', '«': '"', '»': '"',
  '–': '-', '—': '-', '‒': '-', '−': '-', '‐': '-', '‑': '-',
  '…': '.',
};
const INVISIBLE = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;

/** One character as the index keeps it, or '' when matching should not see it. */
function foldChar(c: string): string {
  if (INVISIBLE.test(c)) return '';
  const folded = FOLDS[c] ?? c;
  const lower = folded.toLowerCase();
  return lower.length === 1 ? lower : folded;
}

export function foldForMatch(text: string): string {
  let out = '';
  for (const c of text) out += foldChar(c);
  return out;
}

/** Indexes the text under root, leaving out scripts, styles and anything `skip` rejects. */
export function indexText(root: Node, skip: (el: Element) => boolean = () => false): TextIndex {
  const index: TextIndex = { text: '', nodes: [], offsets: [] };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      for (let i = 0; i < value.length; i++) {
        const c = foldChar(value[i]);
        if (!c) continue;
        index.text += c;
        index.nodes.push(node as Text);
        index.offsets.push(i);
      }
    } else if (node.nodeType === 1 || node.nodeType === 11) {
      if (node.nodeType === 1 && (SKIPPED.has((node as Element).tagName) || skip(node as Element))) return;
      for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    }
  };
  visit(root);
  return index;
}

/** Every place the needle occurs, as [start, end) positions in the index. */
export function findAll(index: TextIndex, needle: string): [number, number][] {
  const folded = foldForMatch(needle);
  if (!folded) return [];
  const found: [number, number][] = [];
  for (let at = index.text.indexOf(folded); at >= 0; at = index.text.indexOf(folded, at + 1)) {
    found.push([at, at + folded.length]);
  }
  return found;
}

/**
 * Where a long sentence sits when the page's wording differs a little from the extracted
 * text: its first and last words found close together.
 */
export function findByEnds(index: TextIndex, needle: string, endLength = 32): [number, number][] {
  const folded = foldForMatch(needle);
  if (folded.length < endLength * 2) return [];
  const head = folded.slice(0, endLength);
  const tail = folded.slice(-endLength);
  const found: [number, number][] = [];
  for (let at = index.text.indexOf(head); at >= 0; at = index.text.indexOf(head, at + 1)) {
    const end = index.text.indexOf(tail, at + head.length);
    if (end >= 0 && end + endLength - at <= folded.length * 1.5) found.push([at, end + endLength]);
  }
  return found;
}

/** A matched stretch of page text, as the pieces of each text node it covers. */
export interface TextSpan {
  pieces: { node: Text; start: number; end: number }[];
}

export function spanOf(index: TextIndex, [start, end]: [number, number]): TextSpan {
  const pieces: TextSpan['pieces'] = [];
  for (let i = start; i < end; i++) {
    const node = index.nodes[i];
    const last = pieces[pieces.length - 1];
    if (last && last.node === node) last.end = index.offsets[i] + 1;
    else pieces.push({ node, start: index.offsets[i], end: index.offsets[i] + 1 });
  }
  return { pieces };
}

export function rangeOfSpan(doc: Document, span: TextSpan): Range {
  const first = span.pieces[0];
  const last = span.pieces[span.pieces.length - 1];
  const range = doc.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}
