import type { HighlightRequest } from '@/lib/messages';
import { KIND_LABELS } from '@/lib/report';
import type { Settings } from '@/lib/settings';
import type { Analysis, Article } from '@/lib/types';

/** The findings the reader chose to see, with the anchor of the paragraph or note each sits in. */
export function highlightRequestOf(article: Article, analysis: Analysis, settings: Settings): HighlightRequest {
  return {
    targets: analysis.findings.flatMap((finding, id) => {
      if (!settings.kinds[finding.kind] || finding.paragraph < 0 || !finding.text) return [];
      const holder = finding.source === 'note' ? article.notes[finding.paragraph] : article.paragraphs[finding.paragraph];
      return [{ id, kind: finding.kind, text: finding.text, explanation: finding.explanation, anchor: holder?.anchor ?? null }];
    }),
    colors: settings.colors,
    labels: KIND_LABELS,
  };
}
