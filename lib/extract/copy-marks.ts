import { descendants } from './select';

/**
 * Marks tying each element of the page's copy to its position in the page, so the text
 * Readability reads from the copy can be traced back to the page.
 */
export interface CopyMarks {
  set(copy: Element, at: number): void;
  /** The element's own mark; undefined when it has none. */
  of(copy: Element): number | undefined;
  /** Readability put `replacement` in `copy`'s place, as the same element under another tag. */
  carry(copy: Element, replacement: Element): void;
  /**
   * Runs a step of Readability's that hands elements' attributes on to others (a collapsed
   * wrapper's to its only child), marks going along as attributes would.
   */
  aroundAttributeCopies(root: Element, step: () => void): void;
  /** Whether the marks are still there after Readability rebuilds the copy from its HTML. */
  survivesRebuild: boolean;
}

/** The attribute that carries each copied element's position, when marks are attributes. */
export const MARK = 'data-fp-i';

/**
 * Marks kept beside the copy: nothing added to it. The cheap way, where an attribute is a node
 * of its own (linkedom) and Readability serialises the whole copy, marks included, before it
 * reads. They do not survive Readability rebuilding the copy from that HTML to try again with
 * looser rules; a read it retried is read again with attribute marks.
 */
export function mapMarks(): CopyMarks {
  const marks = new Map<Element, number>();
  return {
    set: (copy, at) => void marks.set(copy, at),
    of: (copy) => marks.get(copy),
    carry(copy, replacement) {
      const at = marks.get(copy);
      if (at !== undefined) marks.set(replacement, at);
    },
    aroundAttributeCopies(root, step) {
      // Written out for the step on the story Readability chose, a small part of the copy, and read back.
      for (const el of descendants(root)) {
        const at = marks.get(el);
        if (at !== undefined) el.setAttribute(MARK, String(at));
      }
      step();
      for (const el of descendants(root)) {
        const mark = el.getAttribute(MARK);
        if (mark === null) continue;
        marks.set(el, Number(mark));
        el.removeAttribute(MARK);
      }
    },
    survivesRebuild: false,
  };
}

/** Marks written on the copy's elements, which go wherever Readability takes their HTML. */
export function attributeMarks(): CopyMarks {
  return {
    set: (copy, at) => copy.setAttribute(MARK, String(at)),
    of(copy) {
      const mark = copy.getAttribute(MARK);
      return mark === null ? undefined : Number(mark);
    },
    // Readability copies a replaced element's attributes to its replacement itself.
    carry: () => {},
    aroundAttributeCopies: (_root, step) => step(),
    survivesRebuild: true,
  };
}
