import type { HighlightRequest, HighlightTarget } from '../messages';
import { HighlightCard } from './card';
import { createLocator } from './locate';
import { MarkWrapper } from './marks';
import { FLASH_COLOR, FLASH_NAME, HIGHLIGHT_PREFIX, highlightCss, safeColor } from './styles';
import { rangeOfSpan, type TextSpan } from './text-index';

export const ROOT_ATTRIBUTE = 'data-fine-print-highlights';

/** The parts of the Custom Highlight API used here, so tests can pass a stand-in. */
export interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}
export type HighlightConstructor = new (...ranges: Range[]) => { priority?: number };

export interface HighlightEnvironment {
  doc: Document;
  /** CSS.highlights and Highlight, or null where the browser lacks them. */
  registry: HighlightRegistryLike | null;
  Highlight: HighlightConstructor | null;
  reducedMotion?: boolean;
}

interface Located {
  target: HighlightTarget;
  span: TextSpan;
  range: Range;
  marks: HTMLElement[];
}

/** The environment of the current page, using the Custom Highlight API where there is one. */
export function pageEnvironment(win: Window & typeof globalThis): HighlightEnvironment {
  const registry = (win.CSS as { highlights?: HighlightRegistryLike } | undefined)?.highlights ?? null;
  const Highlight = (win as unknown as { Highlight?: HighlightConstructor }).Highlight ?? null;
  return {
    doc: win.document,
    registry: registry && Highlight ? registry : null,
    Highlight: registry && Highlight ? Highlight : null,
    reducedMotion: win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  };
}

/**
 * Marks findings' sentences on the page and takes the marks away again. With the Custom
 * Highlight API the page's DOM is never touched beyond one attribute on the root element;
 * without it, sentences are wrapped in <mark> and unwrapped exactly on clear.
 */
export class PageHighlighter {
  private request: HighlightRequest | null = null;
  private located: Located[] = [];
  private visible = false;
  private names: string[] = [];
  private sheet: CSSStyleSheet | null = null;
  private styleElement: HTMLStyleElement | null = null;
  private readonly marks: MarkWrapper;
  private readonly card: HighlightCard;
  private listeners: AbortController | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverFrame = 0;

  constructor(private readonly env: HighlightEnvironment) {
    this.marks = new MarkWrapper(env.doc);
    this.card = new HighlightCard(env.doc);
  }

  get count(): number {
    return this.visible ? this.located.length : 0;
  }

  /** Replaces any highlights with the request's; returns how many sentences were found. */
  show(request: HighlightRequest): number {
    this.clear();
    this.request = request;
    return this.apply();
  }

  setVisible(visible: boolean): number {
    if (visible === this.visible || !this.request) return this.count;
    if (visible) return this.apply();
    this.remove();
    return 0;
  }

  /** Removes every trace from the page and forgets the request. */
  clear(): number {
    const count = this.count;
    this.remove();
    this.request = null;
    return count;
  }

  /** Scrolls the finding's sentence into view and flashes it; false when it is not on the page. */
  scrollTo(id: number): boolean {
    if (!this.visible && this.request) this.apply();
    const found = this.located.find((l) => l.target.id === id);
    if (!found) return false;
    const holder = found.range.startContainer.parentElement;
    holder?.scrollIntoView?.({ block: 'center', behavior: this.env.reducedMotion ? 'auto' : 'smooth' });
    this.flash(found);
    return true;
  }

  private apply(): number {
    const request = this.request!;
    const doc = this.env.doc;
    const locate = createLocator(doc, (el) => this.card.owns(el));
    const found: Omit<Located, 'range' | 'marks'>[] = [];
    for (const target of request.targets) {
      const span = locate(target.text, target.anchor);
      if (span && span.pieces.length > 0) found.push({ target, span });
    }
    if (this.env.registry && this.env.Highlight) {
      this.located = found.map((f) => ({ ...f, range: rangeOfSpan(doc, f.span), marks: [] }));
      this.paintHighlights(request);
    } else {
      const marks = this.marks.wrapAll(
        found.map((f) => ({ span: f.span, item: f.target })),
        (mark, target) => this.decorateMark(mark, target),
      );
      this.located = found.map((f, i) => ({
        ...f,
        marks: marks[i],
        range: marks[i].length ? rangeAround(doc, marks[i]) : rangeOfSpan(doc, f.span),
      }));
    }
    this.visible = true;
    doc.documentElement.setAttribute(ROOT_ATTRIBUTE, String(this.located.length));
    this.listen();
    return this.located.length;
  }

  private paintHighlights(request: HighlightRequest): void {
    const { registry, Highlight } = this.env;
    const byKind = new Map<string, Range[]>();
    for (const l of this.located) byKind.set(l.target.kind, [...(byKind.get(l.target.kind) ?? []), l.range]);
    for (const [kind, ranges] of byKind) {
      const name = HIGHLIGHT_PREFIX + kind;
      registry!.set(name, new Highlight!(...ranges));
      this.names.push(name);
    }
    this.addStyles(highlightCss(request.colors));
  }

  private decorateMark(mark: HTMLElement, target: HighlightTarget): void {
    mark.setAttribute('data-fine-print-kind', target.kind);
    mark.tabIndex = 0;
    mark.style.backgroundColor = safeColor(this.request?.colors[target.kind]);
    mark.style.color = '#1b1b1b';
  }

  private addStyles(css: string): void {
    const { doc } = this.env;
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view?.CSSStyleSheet && 'adoptedStyleSheets' in doc) {
      try {
        this.sheet = new view.CSSStyleSheet();
        this.sheet.replaceSync(css);
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
        return;
      } catch {
        this.sheet = null;
      }
    }
    this.styleElement = doc.createElement('style');
    this.styleElement.textContent = css;
    (doc.head ?? doc.documentElement).append(this.styleElement);
  }

  private remove(): void {
    const { doc, registry } = this.env;
    clearTimeout(this.flashTimer);
    registry?.delete(FLASH_NAME);
    for (const name of this.names) registry?.delete(name);
    this.names = [];
    if (this.sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
    this.styleElement?.remove();
    this.styleElement = null;
    this.marks.unwrapAll();
    this.card.hide();
    this.listeners?.abort();
    this.listeners = null;
    this.located = [];
    this.visible = false;
    doc.documentElement.removeAttribute(ROOT_ATTRIBUTE);
  }

  private flash(found: Located): void {
    const { registry, Highlight } = this.env;
    clearTimeout(this.flashTimer);
    let step = 0;
    const tick = () => {
      const on = step % 2 === 0;
      if (registry && Highlight) {
        if (on) {
          const flash = new Highlight(found.range);
          flash.priority = 10;
          registry.set(FLASH_NAME, flash);
        } else registry.delete(FLASH_NAME);
      }
      for (const mark of found.marks) mark.style.outline = on ? `3px solid ${FLASH_COLOR}` : '';
      if (++step < 6) this.flashTimer = setTimeout(tick, 220);
      else this.showCard(found);
    };
    tick();
  }

  private showCard(found: Located, near?: DOMRect): void {
    const rect = near ?? found.range.getClientRects?.()[0] ?? found.range.getBoundingClientRect?.();
    if (!rect) return;
    this.card.show(
      {
        label: this.request?.labels[found.target.kind] ?? found.target.kind,
        explanation: found.target.explanation,
        color: safeColor(this.request?.colors[found.target.kind]),
      },
      { left: rect.left, top: rect.top, bottom: rect.bottom },
    );
  }

  /** Hover, keyboard focus (marks) and the reader's selection (Highlight API) show the card. */
  private listen(): void {
    const { doc } = this.env;
    this.listeners?.abort();
    this.listeners = new AbortController();
    const signal = this.listeners.signal;
    const view = doc.defaultView;
    doc.addEventListener(
      'mousemove',
      (event) => {
        if (!view || this.hoverFrame) return;
        this.hoverFrame = view.requestAnimationFrame(() => {
          this.hoverFrame = 0;
          this.hoverAt(event.clientX, event.clientY);
        });
      },
      { passive: true, signal },
    );
    doc.addEventListener('focusin', (event) => this.focusOn(event.target), { signal });
    doc.addEventListener('focusout', () => this.card.hide(), { signal });
    doc.addEventListener(
      'selectionchange',
      () => {
        const node = doc.getSelection?.()?.focusNode;
        const found = node ? this.located.find((l) => l.range.intersectsNode(node)) : undefined;
        if (found) this.showCard(found);
      },
      { signal },
    );
    doc.addEventListener('scroll', () => this.card.hide(), { passive: true, signal, capture: true });
  }

  private hoverAt(x: number, y: number): void {
    for (const located of this.located) {
      const rect = Array.from(located.range.getClientRects()).find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      if (rect) return this.showCard(located, rect);
    }
    this.card.hide();
  }

  private focusOn(target: EventTarget | null): void {
    const found = this.located.find((l) => l.marks.some((m) => m === target));
    if (found) this.showCard(found);
  }
}

function rangeAround(doc: Document, marks: HTMLElement[]): Range {
  const FOLLOWING = 4;
  const inOrder = [...marks].sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  const range = doc.createRange();
  range.setStartBefore(inOrder[0]);
  range.setEndAfter(inOrder[inOrder.length - 1]);
  return range;
}
