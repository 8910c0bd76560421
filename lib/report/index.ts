export { reportHtml } from './html';
export { reportJson } from './json';
export { reportMarkdown } from './markdown';
export { reportText } from './text';
export { reportModel, type ReportInput, type ReportModel } from './model';
export { findingLocation } from './location';
export { formatPageDate } from './page-date';
export { headlineSegments, CLAIM_PART_LABELS, type ClaimPart, type HeadlineSegment } from './claim-parts';
export { HEADLINE_KIND_LABELS, KIND_LABELS, KIND_ORDER, noFindingsLine, NOTE_KIND_LABELS, VERDICT_LABELS } from './labels';
