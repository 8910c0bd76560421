import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, test } from 'vitest';
import { fasterCompromiseLoad, withDirectMerge, withPrecomputedLexicon } from '../../scripts/build/compromise-load';

const dir = mkdtempSync(join(tmpdir(), 'fine-print-lexicon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Prints what the tagger knows and how it reads real sentences, for the two builds to be compared.
const PROBE = `import nlp from 'compromise/three';
const model = nlp.model();
const text = 'It is unclear what sanctions Mr. Trump was referring to. The spokeswoman said the ' +
  'ministers had been overruled, and that 41 flights were cancelled at Heathrow on Tuesday. ' +
  'Researchers warned the drug may not work in older patients, reportedly.';
process.stdout.write(JSON.stringify({
  // all of the model that is data (its functions and patterns print as nothing or {})
  model,
  lexicon: model.one.lexicon,
  multi: model.one._multiCache,
  switches: model.two.switches,
  uncountable: model.two.uncountable,
  frozen: model.one.frozenLex,
  // term ids are random on every parse
  tags: JSON.parse(JSON.stringify(nlp(text).json(), (key, value) => (key === 'id' ? undefined : value))),
  people: nlp(text).people().out('array'),
}));`;

/** The probe's output, and whether its bundle carries the lexicon as data and merges directly. */
async function probeOutput(name: string, withPlugin: boolean): Promise<{ out: string; lexiconAsData: boolean; directMerge: boolean }> {
  const entry = join(dir, `${name}-entry.mjs`);
  const outfile = join(dir, `${name}.mjs`);
  writeFileSync(entry, PROBE);
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { 'compromise/three': join(process.cwd(), 'node_modules/compromise/src/three.js') } },
    plugins: withPlugin ? [fasterCompromiseLoad()] : [],
    ssr: { noExternal: true },
    build: { ssr: entry, outDir: dir, emptyOutDir: false, rollupOptions: { output: { entryFileNames: `${name}.mjs` } } },
  });
  const out = execFileSync(process.execPath, [outfile], { maxBuffer: 64 * 1024 * 1024 }).toString();
  const bundle = readFileSync(outfile, 'utf8');
  return { out, lexiconAsData: bundle.includes('JSON.parse("{\\"lexicon\\":{'), directMerge: !bundle.includes('Object.assign(model, {') };
}

describe('compromise-load: the build ships the lexicon compromise derives, as data, and merges it directly', () => {
  test('the tagger knows the same words and tags real sentences the same', async () => {
    const [plain, precomputed] = await Promise.all([probeOutput('plain', false), probeOutput('precomputed', true)]);
    expect([plain.lexiconAsData, precomputed.lexiconAsData]).toEqual([false, true]);
    expect([plain.directMerge, precomputed.directMerge]).toEqual([false, true]);
    const a = JSON.parse(plain.out);
    const b = JSON.parse(precomputed.out);
    expect(Object.keys(b.lexicon).length).toBeGreaterThan(20_000);
    expect(b).toEqual(a);
  }, 60_000);

  test('a compromise whose model no longer reads as expected stops the build', () => {
    expect(() => withPrecomputedLexicon("import { lexicon } from './lexicon/index.js'\n", '{}')).toThrow(/expected/);
  });

  test('the merge assigns as Object.assign did', () => {
    const code = [
      'if (isObject(plugin[key])) {',
      '  if (!model[key]) Object.assign(model, { [key]: {} })',
      '  mergeDeep(model[key], plugin[key])',
      '} else {',
      '  Object.assign(model, { [key]: plugin[key] })',
      '}',
    ].join('\n');
    expect(withDirectMerge(code)).toBe(
      ['if (isObject(plugin[key])) {', '  if (!model[key]) model[key] = {}', '  mergeDeep(model[key], plugin[key])', '} else {', '  model[key] = plugin[key]', '}'].join('\n'),
    );
    expect(() => withDirectMerge('mergeDeep(a, b)')).toThrow(/expected/);
  });

  test('each rewrite lands once', () => {
    const code = [
      "import { lexicon, switches, frozenLex } from './lexicon/index.js'",
      "import expandLexicon from './_expand/index.js'",
      'let model = {',
      '  one: {',
      '    _multiCache: {},',
      '  },',
      '  two: {',
      '    uncountable: {},',
      '  },',
      '}',
      'model = expandLexicon(model)',
      '',
    ].join('\n');
    const out = withPrecomputedLexicon(code, '{"lexicon":{"$&":"Noun"}}');
    expect(out).not.toContain('expandLexicon');
    expect(out).toContain('_multiCache,');
    expect(out).toContain('uncountable,');
    // the data is a string literal, whatever characters the words hold
    expect(out).toContain(JSON.stringify('{"lexicon":{"$&":"Noun"}}'));
  });
});
