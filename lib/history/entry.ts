import type { Analysis, Article, NoteKind, Verdict } from '../types';

/** What is kept of one check: enough to list it and to tell later what changed. */
export interface HistoryEntry {
  url: string;
  headline: string;
  verdict: Verdict;
  checkedAt: string;
  notes: { kind: NoteKind; text: string; date: string | null }[];
}

export function historyEntryOf(url: string, article: Article, analysis: Analysis, checkedAt: string): HistoryEntry {
  return {
    url,
    headline: article.headline ?? analysis.claim.headline,
    verdict: analysis.verdict,
    checkedAt,
    notes: article.notes.map(({ kind, text, date }) => ({ kind, text, date })),
  };
}

/** One page, whatever tracking parameters or fragment the link carried. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ref$|cmpid$)/i.test(name)) u.searchParams.delete(name);
    }
    return u.toString();
  } catch {
    return url;
  }
}
