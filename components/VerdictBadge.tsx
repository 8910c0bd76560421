import { VERDICT_LABELS } from '@/lib/report';
import type { Verdict } from '@/lib/types';

/** The verdict as a coloured badge with its one-line summary. */
export function VerdictBadge({ verdict, summary }: { verdict: Verdict; summary: string }) {
  return (
    <section class="verdict" aria-labelledby="verdict-label">
      <h2 class="visually-hidden">Verdict</h2>
      <p class="verdict-badge" data-verdict={verdict} id="verdict-label">
        <span class="verdict-dot" aria-hidden="true" />
        {VERDICT_LABELS[verdict]}
      </p>
      <p class="verdict-summary">{summary}</p>
    </section>
  );
}
