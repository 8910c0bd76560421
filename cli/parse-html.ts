import { parseHTML } from 'linkedom';

/** Elements that belong in <head> when linkedom leaves them loose under <html>. */
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE']);

/**
 * Parses any string into a Document with a <head> and a <body>, never throwing.
 * linkedom skips the HTML5 tree-building repairs a browser does: a page without <html>
 * gets its first element as the root, and one without <body> keeps its content beside
 * an empty body. Both are repaired here so extraction sees what a browser would.
 */
export function parseHtmlDocument(html: string, url?: string): Document {
  try {
    return withUrl(repairTree(parseHTML(wrapped(String(html ?? ''))).document as unknown as Document), url);
  } catch {
    return parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;
  }
}

function wrapped(html: string): string {
  // NULs and other C0 controls are never page text; linkedom's tokenizer stumbles on some.
  const clean = html.replace(/[\u0000-\u0008\u000b\u000e-\u001f]/g, '');
  if (/<html[\s>]/i.test(clean)) return clean;
  return `<!DOCTYPE html><html>${clean.replace(/<!doctype[^>]*>/gi, '')}</html>`;
}

function repairTree(doc: Document): Document {
  const root = doc.documentElement;
  if (!root || root.tagName !== 'HTML') throw new Error('no root');
  const head = doc.head ?? root.insertBefore(doc.createElement('head'), root.firstChild);
  const body = doc.body ?? root.appendChild(doc.createElement('body'));
  let inBody = false;
  for (const node of Array.from(root.childNodes)) {
    if (node === head || node === body) continue;
    const tag = (node as Element).tagName;
    const blank = node.nodeType === 3 && !node.textContent?.trim();
    if (!inBody && (blank || (tag && HEAD_TAGS.has(tag)))) {
      if (!blank) head.appendChild(node);
      continue;
    }
    inBody = true;
    body.appendChild(node);
  }
  return doc;
}

/** linkedom documents carry no address; Readability resolves links against documentURI. */
function withUrl(doc: Document, url?: string): Document {
  if (url) {
    try {
      Object.defineProperty(doc, 'documentURI', { value: url, configurable: true });
      Object.defineProperty(doc, 'baseURI', { value: url, configurable: true });
    } catch {
      // A read-only address only costs absolute links, never the article.
    }
  }
  return doc;
}
