import fc from 'fast-check';

/** An HTML page as a list of tags and text runs, the unit the mutations work on. */
export function tokens(html: string): string[] {
  return html.match(/<[^>]*>|[^<]+|</g) ?? [];
}

export type Mutation =
  | { op: 'delete' | 'duplicate' | 'unclose' | 'truncate'; at: number }
  | { op: 'swap'; at: number; other: number }
  | { op: 'junk'; at: number; junk: string }
  | { op: 'open'; at: number; tag: string };

// junk a broken server or a careless template leaves in a page
const JUNK = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.constantFrom('\u0000', '\uFFFD', '\uFEFF', '<', '>', '&', '&#x0;', '&nbsp', ']]>', '<!--', '-->', '<![CDATA[', '"\'', '\u202E', '\uD800', '<p', '</', '<script>', '</script>', '<!DOCTYPE html>'),
);
const TAG = fc.constantFrom('div', 'p', 'article', 'main', 'span', 'table', 'td', 'li', 'ul', 'h1', 'h2', 'section', 'aside', 'nav', 'script', 'style', 'template', 'iframe', 'svg', 'noscript', 'b', 'a', 'textarea', 'title', 'select', 'pre');

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete', 'duplicate', 'unclose', 'truncate'), at: fc.nat() }),
  fc.record({ op: fc.constant('swap'), at: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('junk'), at: fc.nat(), junk: JUNK }),
  fc.record({ op: fc.constant('open'), at: fc.nat(), tag: TAG }),
) as fc.Arbitrary<Mutation>;

/** Applies mutations in order: deleting, duplicating, swapping, unclosing, injecting, cutting. */
export function mutate(html: string, mutations: Mutation[]): string {
  let list = tokens(html);
  for (const m of mutations) {
    if (!list.length) break;
    const i = m.at % list.length;
    if (m.op === 'delete') list.splice(i, 1);
    else if (m.op === 'duplicate') list.splice(i, 0, list[i]);
    else if (m.op === 'truncate') list = list.slice(0, Math.max(1, i));
    else if (m.op === 'swap') {
      const j = m.other % list.length;
      [list[i], list[j]] = [list[j], list[i]];
    } else if (m.op === 'unclose') {
      // drop the first closing tag at or after i
      const k = list.findIndex((t, n) => n >= i && t.startsWith('</'));
      if (k >= 0) list.splice(k, 1);
    } else if (m.op === 'junk') list.splice(i, 0, m.junk);
    else if (m.op === 'open') list.splice(i, 0, `<${m.tag}>`);
  }
  return list.join('');
}

// sentences of the kind the detectors read, hits and near misses alike
const SENTENCES = [
  'It is unclear whether the plan will go ahead.',
  'Officials said the company may cut 400 jobs by March.',
  'UPDATE: The company said on Friday that no decision had been made.',
  'Correction: An earlier version of this story misstated the number of jobs.',
  'The mayor denied the report, calling it "false".',
  'Sales rose 12% to $4.5 million in the third quarter, according to the filing.',
  'Critics say the figures could be misleading.',
  'Mr. Smith, 54, declined to comment. The U.S. embassy did not respond.',
  'He said: "We will not reverse the sanctions."',
  'Only some of the workers, not all, will be affected.',
];

/** Random well-nested HTML made of common tags, story sentences and junk text. */
export const randomHtml: fc.Arbitrary<string> = fc
  .letrec<{ node: string; children: string[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...SENTENCES),
      JUNK,
      fc.tuple(TAG, fc.array(tie('node'), { maxLength: 5 }), fc.constantFrom('', ' class="story"', ' class="update-note"', ' id="comments"', ' hidden', ' class="related"', ' lang="de"', ' dir="rtl"')).map(
        ([tag, children, attrs]) => `<${tag}${attrs}>${children.join('')}</${tag}>`,
      ),
    ),
    children: fc.array(tie('node'), { maxLength: 8 }),
  }))
  .children.chain((children) =>
    // a run of story paragraphs somewhere among the random nodes, so many pages hold an article
    fc.tuple(fc.array(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }), { maxLength: 10 }), fc.nat({ max: children.length })).map(([story, at]) => {
      const paragraphs = story.map((p) => `<p>${p.join(' ')}</p>`).join('');
      const nodes = [...children.slice(0, at), `<article><h1>Plant will close, cutting 400 jobs</h1>${paragraphs}</article>`, ...children.slice(at)];
      return `<!DOCTYPE html><html><head><title>Plant will close, cutting 400 jobs</title></head><body>${nodes.join('')}</body></html>`;
    }),
  );
