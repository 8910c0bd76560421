import { HEADLINE_KIND_LABELS, VERDICT_LABELS } from '@/lib/report';
import type { HeadlineKind, Verdict } from '@/lib/types';

/** The verdict as a coloured badge with its one-line summary, and what kind of headline it judged. */
export function VerdictBadge({ verdict, summary, kind = 'claim' }: { verdict: Verdict; summary: string; kind?: HeadlineKind }) {
  const kindLabel = verdict === 'no-claim' ? null : HEADLINE_KIND_LABELS[kind];
  return (
    <section class="verdict" aria-labelledby="verdict-label">
      <h2 class="visually-hidden">Verdict</h2>
      <p class="verdict-line">
        <span class="verdict-badge" data-verdict={verdict} id="verdict-label">
          <span class="verdict-dot" aria-hidden="true" />
          {VERDICT_LABELS[verdict]}
        </span>
        {kindLabel && <span class="headline-kind">{kindLabel}</span>}
      </p>
      <p class="verdict-summary">{summary}</p>
    </section>
  );
}
