import { NOTE_KIND_LABELS, formatPageDate } from '@/lib/report';
import type { Note } from '@/lib/types';
import { FindingItem, type FindingView } from './FindingItem';

/**
 * The article's own notes (updates, corrections…), first and in full, each with what Fine
 * Print found in it.
 */
export function NotesList({
  notes,
  findings,
  onShow,
}: {
  notes: Note[];
  findings: FindingView[];
  onShow?: (id: number) => void;
}) {
  if (notes.length === 0) return null;
  return (
    <section class="notes" aria-labelledby="notes-title">
      <h2 id="notes-title" class="section-title">
        {notes.length === 1 ? 'Note on this article' : 'Notes on this article'}
      </h2>
      {notes.map((note, index) => {
        const about = findings.filter((v) => v.finding.source === 'note' && v.finding.paragraph === index);
        return (
          <article key={index} class="note" data-note-kind={note.kind} aria-label={`${NOTE_KIND_LABELS[note.kind]} note`}>
            <p class="note-head">
              <span class="note-kind">{NOTE_KIND_LABELS[note.kind]}</span>
              {note.date && <time class="note-date">{formatPageDate(note.date)}</time>}
            </p>
            <p class="note-text">{note.text}</p>
            {about.length > 0 && (
              <ul class="finding-list">
                {about.map((view) => (
                  <FindingItem key={view.id} view={view} onShow={onShow} showQuote={fold(view.finding.text) !== fold(note.text)} />
                ))}
              </ul>
            )}
          </article>
        );
      })}
    </section>
  );
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
