import { CLAIM_PART_LABELS, headlineSegments, type ClaimPart } from '@/lib/report';
import type { Claim } from '@/lib/types';

/** The headline with the parts of its claim marked: who, what, numbers, quoted words. */
export function Headline({ claim, headline }: { claim: Claim; headline: string }) {
  const segments = headlineSegments({ ...claim, headline });
  const parts = [...new Set(segments.map((s) => s.part).filter((p): p is ClaimPart => p !== null))];
  return (
    <header class="headline">
      <h1 id="headline">
        {segments.map((segment, i) =>
          segment.part ? (
            <mark key={i} class="claim-part" data-part={segment.part} title={CLAIM_PART_LABELS[segment.part]}>
              {segment.text}
            </mark>
          ) : (
            segment.text
          ),
        )}
      </h1>
      {parts.length > 0 && (
        <p class="legend" aria-label="Marked in the headline">
          {parts.map((part) => (
            <span key={part} class="legend-item" data-part={part}>
              {CLAIM_PART_LABELS[part]}
            </span>
          ))}
        </p>
      )}
    </header>
  );
}
