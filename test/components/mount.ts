import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { afterEach } from 'vitest';

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((unmount) => unmount()));

/** Renders a view into a linkedom document, as Preact would into the popup. */
export function mount(view: ComponentChild) {
  const { document, window } = parseHTML('<!doctype html><html lang="en"><body><div id="root"></div></body></html>');
  const global = globalThis as { document?: unknown };
  const previous = global.document;
  global.document = document;
  const root = document.getElementById('root') as unknown as HTMLElement;
  render(view, root);
  mounted.push(() => {
    render(null, root);
    global.document = previous;
  });
  const click = (el: Element) => el.dispatchEvent(new window.Event('click', { bubbles: true }) as unknown as Event);
  return { root, document: document as unknown as Document, click };
}
