import { KIND_LABELS } from '@/lib/report';
import type { Finding } from '@/lib/types';

export interface FindingView {
  /** Index in the analysis' findings: what the page is asked to scroll to. */
  id: number;
  finding: Finding;
  location: string;
}

/**
 * One finding: the evidence sentence quoted, the headline words it bears on, where it is and
 * why it matters. When the sentence is on the page, the whole finding is a button that shows it.
 */
export function FindingItem({
  view,
  onShow,
  showQuote = true,
}: {
  view: FindingView;
  onShow?: (id: number) => void;
  /** False inside a note shown in full just above, where quoting it again adds nothing. */
  showQuote?: boolean;
}) {
  const { finding, location, id } = view;
  const body = (
    <>
      <span class="finding-meta">
        <span class="finding-kind">{KIND_LABELS[finding.kind]}</span>
        <span class="finding-where">
          {location}
          {finding.buried ? ' · late in the article' : ''}
        </span>
      </span>
      {showQuote && finding.text && <q class="finding-quote">{finding.text}</q>}
      {finding.headlinePart && (
        <span class="finding-bears">
          Bears on <q class="finding-part">{finding.headlinePart}</q>
        </span>
      )}
      <span class="finding-why">{finding.explanation}</span>
    </>
  );
  const onPage = Boolean(onShow && finding.text && finding.paragraph >= 0);
  return (
    <li class="finding" data-finding-kind={finding.kind}>
      {onPage ? (
        <button type="button" class="finding-body" onClick={() => onShow!(id)} title="Show this sentence on the page">
          {body}
        </button>
      ) : (
        <div class="finding-body">{body}</div>
      )}
    </li>
  );
}
