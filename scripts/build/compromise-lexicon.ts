import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

/** compromise's tagger model: the module that unpacks and conjugates its lexicon as it loads. */
const MODEL = /compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;

/** The parts of the source replaced, each of which must be there exactly once. */
const REWRITES: ReadonlyArray<readonly [string, string]> = [
  [
    "import { lexicon, switches, frozenLex } from './lexicon/index.js'\n",
    'const { lexicon, switches, frozenLex, _multiCache, uncountable } = JSON.parse(__FINE_PRINT_LEXICON__)\n',
  ],
  ["import expandLexicon from './_expand/index.js'\n", ''],
  ['    _multiCache: {},\n', '    _multiCache,\n'],
  ['    uncountable: {},\n', '    uncountable,\n'],
  ['model = expandLexicon(model)\n', ''],
];

/**
 * The lexicon as compromise leaves it once loaded: every word with its conjugations and plurals.
 * Read in a Node process of its own, so no plugin loaded in this one has added words to it.
 */
export async function expandedLexicon(modelPath: string): Promise<string> {
  const program = `import model from ${JSON.stringify(pathToFileURL(modelPath).href)};
const { lexicon, frozenLex, _multiCache } = model.one;
const { switches, uncountable } = model.two;
process.stdout.write(JSON.stringify({ lexicon, switches, frozenLex, _multiCache, uncountable }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', program], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** The model module's source with the lexicon read as data instead of derived again. */
export function withPrecomputedLexicon(code: string, lexiconJson: string): string {
  let out = code.replace(/\r\n/g, '\n');
  for (const [from, to] of REWRITES) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0) {
      throw new Error(`compromise-lexicon: expected ${JSON.stringify(from.trim())} once in compromise's tagger model`);
    }
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out.replace('__FINE_PRINT_LEXICON__', () => JSON.stringify(lexiconJson));
}

/**
 * compromise derives some 24,000 lexicon entries every time it loads, about 40 ms of a woken
 * worker's start before a check can begin; the build derives them once, in Node, with
 * compromise's own code, and ships the result as JSON (parsed in a few milliseconds).
 */
export function precomputedCompromiseLexicon(): Plugin {
  return {
    name: 'fine-print:compromise-lexicon',
    enforce: 'pre',
    async transform(code, id) {
      const path = id.split('?')[0]!;
      if (!MODEL.test(path)) return null;
      return { code: withPrecomputedLexicon(code, await expandedLexicon(path)), map: null };
    },
  };
}
