/**
 * Every message between popup, background and content script, typed in one place.
 * Named by direction: PopupToBackground (BackgroundProtocol), BackgroundToContent (ContentProtocol).
 */
import type { Analysis, Anchor, Article, ExtractResult, FindingKind } from './types';

/** One finding as the page needs it to find and mark the sentence again. */
export interface HighlightTarget {
  /** Index of the finding in Analysis.findings; scrollToFinding asks for it by this id. */
  id: number;
  kind: FindingKind;
  text: string;
  explanation: string;
  /** The anchor of the paragraph or note the sentence sits in, when the extractor had one. */
  anchor: Anchor | null;
}

export interface HighlightRequest {
  targets: HighlightTarget[];
  colors: Partial<Record<FindingKind, string>>;
  /** Short names for each kind, shown on the card beside a highlight. */
  labels: Partial<Record<FindingKind, string>>;
}

/** Requests the content script answers; `response` is what it sends back. */
export interface ContentProtocol {
  ping: { request: Record<string, never>; response: { ready: true } };
  /**
   * Reads the article. `recent` takes one read moments ago instead: the popup reads the page as
   * it opens, to show the headline and notes at once, and the check that follows reuses it.
   */
  extract: { request: { recent?: boolean }; response: ExtractResult };
  highlight: { request: HighlightRequest; response: { count: number } };
  clearHighlights: { request: Record<string, never>; response: { count: number } };
  toggleHighlights: { request: { visible: boolean }; response: { count: number } };
  scrollToFinding: { request: { id: number }; response: { found: boolean } };
}

/** Requests the background answers for the popup and options pages. */
export interface BackgroundProtocol {
  /** Sent first as the popup opens: a stopped worker starts, and readies its analyser, while the popup reads the page. */
  wake: { request: Record<string, never>; response: { awake: true } };
  /** Checks the tab; a result kept for the same page is returned unless `fresh` is set. */
  check: { request: { tabId: number; fresh?: boolean }; response: CheckResponse };
  scrollToFinding: { request: { tabId: number; id: number }; response: { found: boolean } };
  setHighlightsVisible: { request: { tabId: number; visible: boolean }; response: { count: number } };
  clearHighlights: { request: { tabId: number }; response: { count: number } };
}

export interface CheckDone {
  state: 'done';
  url: string;
  article: Article;
  analysis: Analysis;
  checkedAt: string;
  /** What changed in the headline or notes since the reader last checked this page. */
  changes: string[];
  /** How many findings were found again on the page and highlighted. */
  highlighted: number;
}

export type CheckResponse =
  | CheckDone
  | { state: 'no-article'; reason: string }
  | { state: 'unsupported-language'; reason: string }
  | { state: 'restricted'; reason: string }
  | { state: 'error'; reason: string };

export type Envelope<P, K extends keyof P = keyof P> = {
  [N in K]: { type: N; payload: P[N] extends { request: infer R } ? R : never };
}[K];

export type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

/** One named handler per message type: the map replaces any chain of `if (type === …)`. */
export type HandlerMap<P, Ctx = void> = {
  [K in keyof P]: (payload: RequestOf<P, K>, context: Ctx) => Promise<ResponseOf<P, K>> | ResponseOf<P, K>;
};

/** Sends `payload` through `handlers[type]`; unknown types answer undefined so other listeners may. */
export function dispatch<P, Ctx>(
  handlers: HandlerMap<P, Ctx>,
  message: unknown,
  context: Ctx,
): Promise<unknown> | undefined {
  if (!isEnvelope(message) || !Object.hasOwn(handlers as object, message.type)) return undefined;
  const handler = handlers[message.type as keyof P] as (payload: unknown, context: Ctx) => unknown;
  return Promise.resolve().then(() => handler(message.payload, context));
}

function isEnvelope(message: unknown): message is { type: string; payload: unknown } {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

/** Builds a typed envelope. */
export function envelope<P, K extends keyof P>(type: K, payload: RequestOf<P, K>): Envelope<P, K> {
  return { type, payload } as Envelope<P, K>;
}
