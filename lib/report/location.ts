import type { Article, Finding } from '../types';
import { NOTE_KIND_LABELS } from './labels';
import { formatPageDate } from './page-date';

/** Where a finding sits, in words: "paragraph 9 of 11", "update note, 22 March 2019, 7:45 PM". */
export function findingLocation(finding: Pick<Finding, 'source' | 'paragraph'>, article: Article): string {
  if (finding.source === 'note') {
    const note = article.notes[finding.paragraph];
    if (!note) return 'a note on the article';
    const kind = NOTE_KIND_LABELS[note.kind].toLowerCase();
    return note.date ? `${kind} note, ${formatPageDate(note.date)}` : `${kind} note`;
  }
  const total = article.paragraphs.length;
  if (finding.paragraph < 0 || finding.paragraph >= total) return 'nowhere in the article body';
  return `paragraph ${finding.paragraph + 1} of ${total}`;
}
