import { NOTE_KIND_LABELS } from '../report/labels';
import type { HistoryEntry } from './entry';

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What changed in the headline or notes between two checks of one page, in plain sentences. */
export function historyChanges(before: HistoryEntry | undefined, now: HistoryEntry): string[] {
  if (!before) return [];
  const changes: string[] = [];
  if (fold(before.headline) !== fold(now.headline)) {
    changes.push(`The headline changed from “${fold(before.headline)}” to “${fold(now.headline)}”.`);
  }
  const earlier = new Set(before.notes.map((n) => fold(n.text)));
  const later = new Set(now.notes.map((n) => fold(n.text)));
  const added = now.notes.filter((n) => !earlier.has(fold(n.text)));
  const removed = before.notes.filter((n) => !later.has(fold(n.text)));
  for (const note of added) {
    const label = NOTE_KIND_LABELS[note.kind].toLowerCase();
    const replaced = removed.findIndex((r) => r.kind === note.kind);
    if (replaced >= 0) {
      removed.splice(replaced, 1);
      changes.push(`The ${label} note was reworded: “${fold(note.text)}”`);
    } else {
      changes.push(`A new ${label} note was added: “${fold(note.text)}”`);
    }
  }
  for (const note of removed) {
    changes.push(`The ${NOTE_KIND_LABELS[note.kind].toLowerCase()} note “${fold(note.text)}” is no longer on the page.`);
  }
  if (changes.length > 0 && before.verdict !== now.verdict) {
    changes.push(`The verdict went from ${before.verdict} to ${now.verdict}.`);
  }
  return changes;
}
