import { findingLocation, noFindingsLine } from '@/lib/report';
import type { Analysis, Article, FindingKind } from '@/lib/types';
import { Byline } from './Byline';
import { Changes } from './Changes';
import { ExportBar, type ExportLink } from './ExportBar';
import { FindingGroups } from './FindingGroups';
import type { FindingView } from './FindingItem';
import { Headline } from './Headline';
import { NotesList } from './NotesList';
import { VerdictBadge } from './VerdictBadge';

export interface CheckViewProps {
  article: Article;
  analysis: Analysis;
  changes: string[];
  /** Kinds the reader chose to see; the rest are counted, not shown. */
  shownKinds: Record<FindingKind, boolean>;
  highlightsOn: boolean;
  highlighted: number;
  exportLinks: ExportLink[];
  copyStatus: string;
  scrollStatus: string;
  onShow?: (id: number) => void;
  onToggleHighlights: (on: boolean) => void;
  onCopy: () => void;
}

/** A finished check: headline, verdict, notes, findings, highlights switch and export. */
export function CheckView(props: CheckViewProps) {
  const { article, analysis } = props;
  const views: FindingView[] = analysis.findings
    .map((finding, id) => ({ id, finding, location: findingLocation(finding, article) }))
    .filter((view) => props.shownKinds[view.finding.kind]);
  const hidden = analysis.findings.length - views.length;
  const inNotes = (view: FindingView) =>
    view.finding.source === 'note' && view.finding.paragraph >= 0 && view.finding.paragraph < article.notes.length;
  return (
    <div class="check">
      <Headline claim={analysis.claim} headline={article.headline ?? analysis.claim.headline} />
      <Byline article={article} />
      <VerdictBadge verdict={analysis.verdict} summary={analysis.summary} kind={analysis.claim.kind} />
      {analysis.truncated && <p class="hint">The check stopped at its time limit before reading the whole article.</p>}
      <Changes changes={props.changes} />
      <NotesList notes={article.notes} findings={views.filter(inNotes)} onShow={props.onShow} />
      <FindingGroups views={views.filter((v) => !inNotes(v))} onShow={props.onShow} />
      {views.length === 0 && <p class="hint">{noFindingsLine(analysis.verdict)}</p>}
      {hidden > 0 && (
        <p class="hint">
          {hidden} {hidden === 1 ? 'finding is' : 'findings are'} hidden by your settings.
        </p>
      )}
      <p class="scroll-status" role="status" aria-live="polite">
        {props.scrollStatus}
      </p>
      <div class="highlight-switch">
        <label>
          <input
            type="checkbox"
            checked={props.highlightsOn}
            onChange={(e) => props.onToggleHighlights((e.currentTarget as HTMLInputElement).checked)}
          />
          Highlight on the page
          <span class="hint-inline">
            {' '}
            ({props.highlighted} {props.highlighted === 1 ? 'sentence' : 'sentences'} found)
          </span>
        </label>
      </div>
      <ExportBar links={props.exportLinks} onCopy={props.onCopy} copyStatus={props.copyStatus} />
    </div>
  );
}
