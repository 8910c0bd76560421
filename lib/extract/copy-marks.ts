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
}

/** The attribute that carries a mark while a step that copies attributes runs. */
export const MARK = 'data-fp-i';

/**
 * Marks kept beside the copy: nothing is added to it. In Node's DOM (linkedom) an attribute is a
 * node of its own, and most of the copy's elements would carry one.
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
  };
}
