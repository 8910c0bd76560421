/**
 * The first check in a fresh process: loading the analyser (compromise and its lexicon) and
 * the first analysis, against a warm analysis of the same article. Prints one JSON line.
 */
export {};

const startedAt = performance.now();
const { analyze } = await import('../../lib/analyze');
const loaded = performance.now();
const input = {
  headline: "Trump, parting with Treasury, says he'll reverse new North Korea sanctions",
  paragraphs: [
    'President Trump tweeted on Friday that he would cancel the additional sanctions. It is unclear what sanctions Mr. Trump was referring to.',
    'The Treasury Department had just announced new sanctions on two China-based shipping companies.',
    'A National Security Council official said later Friday that the sanctions Mr. Trump is pulling back are not the ones that were just imposed.',
  ],
  notes: [{ kind: 'update' as const, text: 'UPDATE: The sanctions the president meant were not the new ones.', date: null }],
};
const t0 = performance.now();
analyze(input);
const first = performance.now() - t0;
const warm: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  analyze(input);
  warm.push(performance.now() - t);
}
warm.sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ loadMs: loaded - startedAt, firstMs: first, warmMs: warm[10] })}\n`);
