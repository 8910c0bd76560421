/**
 * The small card beside a highlight: the kind and the explanation, drawn in a closed shadow
 * root so the page's styles cannot reach it and it cannot reach the page.
 */
export interface CardContent {
  label: string;
  explanation: string;
  color: string;
}

// Written as it ships, without the spaces a minifier would take out: the content script carries
// it into every page checked.
const CARD_STYLE = `:host{all:initial}
.card{position:fixed;z-index:2147483647;max-width:320px;box-sizing:border-box;font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#fff;color:#1d232b;border:1px solid #d9dde3;border-radius:8px;box-shadow:0 6px 24px rgba(20,28,38,.18);padding:8px 11px;pointer-events:none}
.kind{display:flex;align-items:center;gap:6px;font-weight:600;font-size:12px;margin-bottom:2px}
.swatch{width:10px;height:10px;border-radius:3px;flex:none}
.brand{margin-left:auto;font-weight:500;color:#6b7480;font-size:11px}
@media (prefers-color-scheme:dark){
.card{background:#1f242b;color:#e8ebef;border-color:#3a414b;box-shadow:0 6px 24px rgba(0,0,0,.5)}
.brand{color:#9aa3ad}
}`;

export class HighlightCard {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;
  private label: HTMLElement | null = null;
  private swatch: HTMLElement | null = null;
  private text: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  /** Shows the card below (or above, near the bottom edge) the given rectangle. */
  show(content: CardContent, near: { left: number; top: number; bottom: number }): void {
    this.ensure();
    this.label!.textContent = content.label;
    this.swatch!.style.background = content.color;
    this.text!.textContent = content.explanation;
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const left = Math.max(8, Math.min(near.left, width - 330));
    const below = near.bottom + 8;
    this.box!.style.left = `${left}px`;
    if (below > height - 120) {
      this.box!.style.top = '';
      this.box!.style.bottom = `${Math.max(8, height - near.top + 8)}px`;
    } else {
      this.box!.style.bottom = '';
      this.box!.style.top = `${below}px`;
    }
  }

  hide(): void {
    this.host?.remove();
    this.host = null;
  }

  /** True for the card's own host element, which page-text indexing must pass over. */
  owns(el: Element): boolean {
    return el === this.host;
  }

  private ensure(): void {
    if (this.host?.isConnected) return;
    const doc = this.doc;
    this.host = doc.createElement('fine-print-card');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_STYLE;
    this.box = doc.createElement('div');
    this.box.className = 'card';
    this.box.setAttribute('role', 'tooltip');
    const kind = doc.createElement('div');
    kind.className = 'kind';
    this.swatch = doc.createElement('span');
    this.swatch.className = 'swatch';
    this.label = doc.createElement('span');
    const brand = doc.createElement('span');
    brand.className = 'brand';
    brand.textContent = 'Fine Print';
    kind.append(this.swatch, this.label, brand);
    this.text = doc.createElement('div');
    this.box.append(kind, this.text);
    root.append(style, this.box);
    doc.documentElement.append(this.host);
  }
}
