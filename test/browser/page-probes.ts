/**
 * Functions the tests run inside the reader's page, in any browser: each is passed whole to the
 * driver's evaluate, so it may use nothing from outside its own body.
 */

/** Whether the innermost element holding `words` is in the viewport. */
export function wordsInView(words: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  let holder: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    if (el.children.length === 0 && el.textContent?.includes(words)) holder = el;
  }
  const rect = (holder ?? document.body).getBoundingClientRect();
  return rect.top >= 0 && rect.top < window.innerHeight;
}

/** The middle of the first few characters of `words` on the page, for pointing at them. */
export function pointAtWords(words: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + 5);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
}

/** The page's whole markup, to compare before and after a check. */
export function pageMarkup(): string {
  return document.documentElement.outerHTML;
}
