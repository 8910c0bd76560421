import type { TextSpan } from './text-index';

/** One wrapped piece, kept so unwrapping can give the page back its original text node. */
interface Wrap {
  original: Text;
  mark: HTMLElement;
  rest: Text;
}

export interface MarkRequest<T> {
  span: TextSpan;
  item: T;
}

/**
 * Highlights by wrapping text in <mark>, for browsers without the Custom Highlight API.
 * Unwrapping joins the text back into the original node, so the page's own references to
 * its text nodes stay valid and its HTML comes back unchanged.
 */
export class MarkWrapper {
  private wraps: Wrap[] = [];

  constructor(private readonly doc: Document) {}

  /**
   * Wraps every span at once: within a text node the last piece goes first, so the offsets
   * of the pieces before it still point into the original node. Overlapping pieces keep the
   * first request's mark. Returns each request's marks in request order.
   */
  wrapAll<T>(requests: MarkRequest<T>[], decorate: (mark: HTMLElement, item: T) => void): HTMLElement[][] {
    const marks: HTMLElement[][] = requests.map(() => []);
    const byNode = new Map<Text, { start: number; end: number; request: number }[]>();
    requests.forEach(({ span }, request) => {
      for (const { node, start, end } of span.pieces) {
        const list = byNode.get(node) ?? [];
        if (!list.some((p) => start < p.end && end > p.start)) list.push({ start, end, request });
        byNode.set(node, list);
      }
    });
    for (const [node, pieces] of byNode) {
      for (const { start, end, request } of pieces.sort((a, b) => b.start - a.start)) {
        const rest = this.doc.createTextNode(node.data.slice(end));
        const mark = this.doc.createElement('mark');
        mark.append(this.doc.createTextNode(node.data.slice(start, end)));
        decorate(mark, requests[request].item);
        node.deleteData(start, node.data.length - start);
        node.parentNode!.insertBefore(rest, node.nextSibling);
        node.parentNode!.insertBefore(mark, rest);
        this.wraps.push({ original: node, mark, rest });
        marks[request].push(mark);
      }
    }
    return marks;
  }

  unwrapAll(): number {
    const count = this.wraps.length;
    for (const { original, mark, rest } of this.wraps.reverse()) {
      original.appendData((mark.textContent ?? '') + rest.data);
      mark.remove();
      rest.remove();
    }
    this.wraps = [];
    return count;
  }
}
