import { formatPageDate } from '@/lib/report';
import type { Article } from '@/lib/types';

/** Who wrote the article and when it was published and updated, as the page says. */
export function Byline({ article }: { article: Article }) {
  const dates = [
    article.published && `Published ${formatPageDate(article.published)}`,
    article.modified && article.modified !== article.published && `updated ${formatPageDate(article.modified)}`,
  ].filter(Boolean);
  if (!article.byline && dates.length === 0) return null;
  return <p class="byline">{[article.byline, dates.join(', ')].filter(Boolean).join(' · ')}</p>;
}
