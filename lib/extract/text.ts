/** Anything fold would change: whitespace other than a lone space between words. */
const UNFOLDED = /[^\S ]|\u200b| {2}|^ | $/;

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function fold(text: string | null | undefined): string {
  // Most text reaching here is folded already; a scan costs less than a rewrite.
  if (!text || !UNFOLDED.test(text)) return text ?? '';
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

const TEXT_RUN = /[^\s\u00a0\u200b]+/g;

/**
 * Whether fold(node.textContent) is at least `min` characters long, reading the text nodes
 * only as far as it takes: a page's opening settles it for nearly every page.
 */
export function foldedLengthReaches(node: Node, min: number): boolean {
  let count = 0;
  // Whitespace since the last counted character: one space if more text follows.
  let gap = false;
  const stack: Node[] = [node];
  while (stack.length) {
    const at = stack.pop()!;
    if (at.nodeType === 3 || at.nodeType === 4) {
      const data = at.textContent ?? '';
      let end = 0;
      TEXT_RUN.lastIndex = 0;
      for (let run = TEXT_RUN.exec(data); run; run = TEXT_RUN.exec(data)) {
        if (count && (gap || run.index > end)) count++;
        count += run[0].length;
        gap = false;
        end = run.index + run[0].length;
        if (count >= min) return true;
      }
      if (end < data.length) gap = true;
    } else for (let child = at.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return count >= min;
}

/** Lower-cased word tokens, Unicode-aware. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Token-overlap F1 of two strings (bag of words): 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
  return similarityTo(a)(b);
}

/** similarity(a, ·) with a's words counted once, for comparing one text with many. */
export function similarityTo(a: string): (b: string) => number {
  const x = words(a);
  const counted = new Map<string, number>();
  for (const w of x) counted.set(w, (counted.get(w) ?? 0) + 1);
  return (b) => {
    const y = words(b);
    if (!x.length || !y.length) return 0;
    const counts = new Map(counted);
    let shared = 0;
    for (const w of y) {
      const n = counts.get(w) ?? 0;
      if (n > 0) {
        shared++;
        counts.set(w, n - 1);
      }
    }
    return shared ? (2 * shared) / (x.length + y.length) : 0;
  };
}

/**
 * Class and id of an element, lower-cased, for naming heuristics. The class is read through its
 * attribute node: linkedom's getAttribute('class') rebuilds the value from a class list, which
 * costs more and differs only in the spaces between names.
 */
export function namesOf(el: Element): string {
  return `${el.getAttributeNode('class')?.value ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}
