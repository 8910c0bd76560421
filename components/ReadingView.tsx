import type { Article } from '@/lib/types';
import { Byline } from './Byline';
import { NotesList } from './NotesList';

/**
 * The article as read from the page, shown while its check runs: the headline, the byline and
 * the article's own notes come first, the verdict when the analysis returns.
 */
export function ReadingView({ article }: { article: Article }) {
  return (
    <div class="check" data-reading="true">
      <header class="headline">
        <h1 id="headline">{article.headline}</h1>
      </header>
      <Byline article={article} />
      <section class="state" data-state="checking" role="status" aria-busy="true">
        <span class="spinner" aria-hidden="true" />
        <p class="state-title">Checking the headline against the article…</p>
      </section>
      <NotesList notes={article.notes} findings={[]} />
    </div>
  );
}
