/**
 * Selector matching without the DOM's selector engine, for the simple selector lists the
 * extractor runs over whole pages: each list is read once, and every element is tested with
 * plain attribute reads. Some DOMs (linkedom) re-read a selector on every query and every
 * matches() call and test each element against each part in turn, which made these lists a
 * large share of extraction's time.
 *
 * Only compounds without combinators are read: a type, #id, .class, [attr], [attr op "value" i]
 * and :not()/:is()/:where() over such compounds. A list holding anything else is left to the DOM.
 * Where the answer hangs on letter case (quirks-mode pages match classes and ids ignoring case,
 * some attributes are compared ignoring case, non-ASCII letters fold differently), the DOM's own
 * matches() settles it, so the answer is always the DOM's.
 */

/** 0: no match; 1: match; 2: only the DOM can say (letter case). */
type Answer = 0 | 1 | 2;
type Test = (el: Element) => Answer;

interface Compound {
  text: string;
  tests: Test[];
  /** An attribute every match carries, or a tag every match has: the cheap first cut. */
  attr: string | null;
  tag: string | null;
  /** Lower-cased text that attribute's value must hold; null when any value will do. */
  holds: string | null;
}

const IDENT = /^-?[_a-zA-Z][_a-zA-Z0-9-]*/;
const ASCII = /^[\x00-\x7f]*$/;
const SPACE = /[ \t\n\f\r]+/;

const OPS: Record<string, (value: string, wanted: string) => boolean> = {
  '=': (v, w) => v === w,
  '*=': (v, w) => v.includes(w),
  '^=': (v, w) => v.startsWith(w),
  '$=': (v, w) => v.endsWith(w),
  '~=': (v, w) => v.split(SPACE).includes(w),
  '|=': (v, w) => v === w || v.startsWith(`${w}-`),
};

/** The element whose attributes `read` last returned, with each one read and lower-cased once. */
let readFor: Element | null = null;
const readCache = new Map<string, [string | null, string]>();

/**
 * An attribute's value as the page wrote it, and lower-cased. Read through the attribute node:
 * linkedom's getAttribute('class') rebuilds the value from a class list.
 */
function read(el: Element, name: string): [string | null, string] {
  if (el !== readFor) {
    readFor = el;
    readCache.clear();
  }
  let pair = readCache.get(name);
  if (!pair) {
    const value = el.getAttributeNode(name)?.value ?? null;
    readCache.set(name, (pair = [value, value === null ? '' : value.toLowerCase()]));
  }
  return pair;
}

/** An attribute compared as written, or ignoring case when the DOM might: "[class*="ad" i]", ".promo", "#main". */
function valueTest(name: string, op: string, wanted: string, flag: string): Test | null {
  const compare = OPS[op];
  if (!compare || (!wanted && op !== '=') || (op === '~=' && SPACE.test(wanted))) return null;
  const lower = wanted.toLowerCase();
  const asciiWanted = ASCII.test(wanted);
  return (el) => {
    const [value, lowered] = read(el, name);
    if (value === null || !compare(lowered, lower)) return 0;
    if (flag === 'i') return asciiWanted && ASCII.test(value) ? 1 : 2;
    if (compare(value, wanted)) return 1;
    return flag === 's' ? 0 : 2;
  };
}

/** The index of the bracket or parenthesis closing the one opened at `start`; -1 when unclosed. */
function closing(text: string, start: number): number {
  const open = text[start];
  const close = open === '[' ? ']' : ')';
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return -1;
}

/** Splits a list at its top-level commas; null when brackets or quotes don't close. */
function splitList(list: string): string[] | null {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '[' || c === '(') {
      const end = closing(list, i);
      if (end < 0) return null;
      i = end;
    } else if (c === '"' || c === "'" || c === '\\') return null;
    else if (c === ',') {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.every(Boolean) ? parts : null;
}

const ATTRIBUTE = /^\[\s*([a-z][a-z0-9_-]*)\s*(?:([*^$~|]?=)\s*(?:"([^"\\]*)"|'([^'\\]*)'|(-?[_a-zA-Z][_a-zA-Z0-9-]*))\s*([is])?\s*)?\]$/;

function compound(text: string): Compound | null {
  const tests: Test[] = [];
  let attr: string | null = null;
  let tag: string | null = null;
  let holds: string | null = null;
  let rest = text;
  const type = /^(?:\*|[a-z][a-z0-9-]*)/i.exec(rest);
  if (type) {
    const name = type[0].toLowerCase();
    if (name !== '*') {
      tag = name;
      tests.push((el) => (el.localName === name ? 1 : el.localName.toLowerCase() === name ? 2 : 0));
    }
    rest = rest.slice(type[0].length);
  }
  while (rest) {
    let test: Test | null = null;
    let used = 0;
    if (rest[0] === '#' || rest[0] === '.') {
      const ident = IDENT.exec(rest.slice(1));
      if (!ident) return null;
      const isId = rest[0] === '#';
      test = valueTest(isId ? 'id' : 'class', isId ? '=' : '~=', ident[0], '');
      if (!attr) [attr, holds] = [isId ? 'id' : 'class', ident[0].toLowerCase()];
      used = 1 + ident[0].length;
    } else if (rest[0] === '[') {
      used = closing(rest, 0) + 1;
      const m = ATTRIBUTE.exec(rest.slice(0, used));
      if (!used || !m) return null;
      const [, name, op, dq, sq, bare, flag] = m;
      const wanted = dq ?? sq ?? bare;
      test = op ? valueTest(name, op, wanted, flag ?? '') : (el) => (read(el, name)[0] === null ? 0 : 1);
      if (!attr) [attr, holds] = [name, op ? wanted.toLowerCase() : null];
    } else {
      const pseudo = /^:(not|is|where)\(/i.exec(rest);
      if (!pseudo) return null;
      const open = pseudo[0].length - 1;
      used = closing(rest, open) + 1;
      const inner = used ? listOf(rest.slice(open + 1, used - 1)) : null;
      if (!used || !inner) return null;
      const negate = pseudo[1].toLowerCase() === 'not';
      test = (el) => {
        const answer = inner.answer(el);
        return negate && answer !== 2 ? ((1 - answer) as Answer) : answer;
      };
    }
    if (!test) return null;
    tests.push(test);
    rest = rest.slice(used);
  }
  return tests.length ? { text, tests, attr, tag, holds } : null;
}

function answerOf(c: Compound, el: Element): Answer {
  let unsure = false;
  for (const test of c.tests) {
    const answer = test(el);
    if (answer === 0) return 0;
    if (answer === 2) unsure = true;
  }
  return unsure ? 2 : 1;
}

interface List {
  answer(el: Element): Answer;
  matches(el: Element): boolean;
}

function listOf(selectors: string): List | null {
  const texts = splitList(selectors);
  const compounds = texts?.map(compound);
  if (!compounds || compounds.some((c) => !c)) return null;
  // Compounds grouped by the attribute or tag they need, so an element is only tested against
  // the compounds it could match; one expression over the lower-cased value cuts each group.
  const byAttr = new Map<string, Compound[]>();
  const byTag = new Map<string, Compound[]>();
  const always: Compound[] = [];
  for (const c of compounds as Compound[]) {
    if (c.attr) byAttr.set(c.attr, [...(byAttr.get(c.attr) ?? []), c]);
    else if (c.tag) byTag.set(c.tag, [...(byTag.get(c.tag) ?? []), c]);
    else always.push(c);
  }
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const groups = [...byAttr].map(([name, group]) => ({
    name,
    group,
    cut: group.every((c) => c.holds) ? new RegExp(group.map((c) => escape(c.holds!)).join('|')) : null,
  }));
  let unsure = false;
  const consider = (el: Element, group: Compound[] | undefined): boolean => {
    if (!group) return false;
    for (const c of group) {
      const a = answerOf(c, el);
      if (a === 1) return true;
      if (a === 2) unsure = true;
    }
    return false;
  };
  const answer = (el: Element): Answer => {
    unsure = false;
    if (always.length && consider(el, always)) return 1;
    if (byTag.size && consider(el, byTag.get(el.localName.toLowerCase()))) return 1;
    if (groups.length && el.hasAttributes()) {
      for (const { name, group, cut } of groups) {
        const value = el.getAttributeNode(name)?.value;
        if (value != null && (!cut || cut.test(value.toLowerCase())) && consider(el, group)) return 1;
      }
    }
    return unsure ? 2 : 0;
  };
  return {
    answer,
    matches: (el) => {
      const a = answer(el);
      // Unsure only on letter case: the DOM decides, one compound at a time.
      return a === 2 ? (compounds as Compound[]).some((c) => answerOf(c, el) !== 0 && el.matches(c.text)) : a === 1;
    },
  };
}

const lists = new Map<string, List | null>();

function listFor(selectors: string): List | null {
  if (!lists.has(selectors)) lists.set(selectors, listOf(selectors));
  return lists.get(selectors)!;
}

/** A matcher for a selector list, or null when the list holds more than simple compounds. */
export function matcherOf(selectors: string): ((el: Element) => boolean) | null {
  const list = listFor(selectors);
  return list && ((el) => released(list.matches(el)));
}

/**
 * The elements under root in document order, as querySelectorAll visits them: a template's
 * content is not part of the document tree. While the page is read, the list may be the shared
 * walk itself: read it, never change it.
 */
export function descendants(root: Document | Element): Element[] {
  return walked(root) ?? walkFrom(root);
}

/** The walk of root's elements; `known`, an element with its descendants' walk, is not walked again. */
function walkFrom(root: Document | Element, known?: { el: Element; elements: Element[] }): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    if (el === known?.el) {
      for (const below of known.elements) out.push(below);
      continue;
    }
    if (el.localName === 'template') continue;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return out;
}

/** The page being read, its elements and its body's, walked at most once for all queries. */
let page: { doc: Document; elements: Element[] | null; body: Element[] | null } | null = null;

/**
 * Runs `read` with every query over the whole of `doc` sharing one walk of its elements. The
 * page must not change meanwhile: reading it never does.
 */
export function withPageWalk<T>(doc: Document, read: () => T): T {
  const outer = page;
  page = { doc, elements: null, body: null };
  try {
    return read();
  } finally {
    page = outer;
  }
}

/**
 * Hands the shared walk of the page being read its body's elements in reading order, as the
 * extractor walked them already for its copy of the page: the body is not walked again.
 */
export function shareBodyWalk(doc: Document, elements: Element[]): void {
  if (page?.doc === doc && doc.body) page.body ??= elements;
}

/** The shared walk of the page being read, or of its body: the body's part when it closes the page. */
function walked(root: Document | Element): Element[] | null {
  if (!page) return null;
  const { doc, body } = page;
  if (root === doc) return (page.elements ??= walkFrom(doc, body && doc.body ? { el: doc.body, elements: body } : undefined));
  if (root !== doc.body) return null;
  if (body) return body;
  if (root.parentElement !== doc.documentElement || root.nextElementSibling) return null;
  const all = (page.elements ??= walkFrom(doc));
  return (page.body = all.slice(all.indexOf(root) + 1));
}

/** root.querySelectorAll(selectors) as an array; `elements` are root's descendants when already walked. */
export function selectAll(root: Document | Element, selectors: string, elements?: Element[]): Element[] {
  const match = listFor(selectors)?.matches;
  if (!match) return Array.from(root.querySelectorAll(selectors));
  return released((elements ?? descendants(root)).filter(match));
}

/** root.querySelector(selectors). */
export function selectFirst(root: Document | Element, selectors: string): Element | null {
  const match = listFor(selectors)?.matches;
  if (!match) return root.querySelector(selectors);
  const shared = walked(root);
  if (shared) return released(shared.find(match) ?? null);
  // Walked only as far as the first match.
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length) {
    const el = stack.pop()!;
    if (match(el)) return released(el);
    if (el.localName === 'template') continue;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return released(null);
}

/** el.closest(selectors). */
export function closestMatch(el: Element, selectors: string): Element | null {
  const match = listFor(selectors)?.matches;
  if (!match) return el.closest(selectors);
  let node: Element | null = el;
  while (node && !match(node)) node = node.parentElement;
  return released(node);
}

/** el.matches(selectors). */
export function matchesSelector(el: Element, selectors: string): boolean {
  const match = listFor(selectors)?.matches;
  return match ? released(match(el)) : el.matches(selectors);
}

/** Lets go of the last element read, so no page is kept alive by the cache. */
function released<T>(value: T): T {
  readFor = null;
  readCache.clear();
  return value;
}
