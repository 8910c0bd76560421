/**
 * Every message between popup, background and content script, typed in one place.
 * Named by direction: PopupToBackground, BackgroundToContent, ContentToBackground.
 */
import type { Analysis, Article, ExtractResult, Finding } from './types';

export interface HighlightRequest {
  findings: Pick<Finding, 'kind' | 'text' | 'explanation' | 'source' | 'paragraph'>[];
  colors: Partial<Record<Finding['kind'], string>>;
}

/** Requests the content script answers; `response` is what it sends back. */
export interface ContentProtocol {
  extract: { request: Record<string, never>; response: ExtractResult };
  highlight: { request: HighlightRequest; response: { count: number } };
  clearHighlights: { request: Record<string, never>; response: { count: number } };
  toggleHighlights: { request: { visible: boolean }; response: { count: number } };
  scrollToFinding: { request: { index: number }; response: { found: boolean } };
}

/** Requests the background answers for the popup and options pages. */
export interface BackgroundProtocol {
  check: { request: { tabId: number }; response: CheckResponse };
  scrollToFinding: { request: { tabId: number; index: number }; response: { found: boolean } };
  setHighlightsVisible: { request: { tabId: number; visible: boolean }; response: { count: number } };
  clearHighlights: { request: { tabId: number }; response: { count: number } };
}

export type CheckResponse =
  | { state: 'done'; article: Article; analysis: Analysis; checkedAt: string; changes: string[] }
  | { state: 'no-article'; reason: string }
  | { state: 'restricted'; reason: string }
  | { state: 'error'; reason: string };

export type Envelope<P, K extends keyof P = keyof P> = {
  [N in K]: { type: N; payload: P[N] extends { request: infer R } ? R : never };
}[K];

export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;
