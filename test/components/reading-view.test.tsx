import { describe, expect, test } from 'vitest';
import { ReadingView } from '../../components/ReadingView';
import { HOSTILE, sampleArticle } from '../report/sample-check';
import { mount } from './mount';

describe('the article shown while its check runs', () => {
  test('headline, byline and the article’s notes first, with the check still running', () => {
    const article = sampleArticle();
    const { root } = mount(<ReadingView article={article} />);
    expect(root.querySelector('h1')!.textContent).toBe(article.headline);
    expect(root.querySelector('.byline')).not.toBeNull();
    expect([...root.querySelectorAll('.note-text')].map((n) => n.textContent)).toEqual(article.notes.map((n) => n.text));
    const status = root.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-busy')).toBe('true');
    // no verdict before the analysis has given one
    expect(root.querySelector('[data-verdict]')).toBeNull();
  });

  test('page text is shown as text, never as markup', () => {
    const article = { ...sampleArticle(), headline: HOSTILE, notes: [{ ...sampleArticle().notes[0]!, text: HOSTILE }] };
    const { root } = mount(<ReadingView article={article} />);
    expect(root.querySelector('h1')!.textContent).toBe(HOSTILE);
    expect(root.querySelector('img, script')).toBeNull();
  });
});
