import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

/** compromise's tagger model: the module that unpacks and conjugates its lexicon as it loads. */
const MODEL = /compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;
/** compromise's plugin loader, which merges each plugin's model into the shared one. */
const EXTEND = /compromise[\\/]src[\\/]API[\\/]extend\.js$/;

type Rewrites = ReadonlyArray<readonly [string, string]>;

// the lexicon, its switches and caches read from JSON instead of unpacked and conjugated
const MODEL_REWRITES: Rewrites = [
  [
    "import { lexicon, switches, frozenLex } from './lexicon/index.js'\n",
    'const { lexicon, switches, frozenLex, _multiCache, uncountable } = JSON.parse(__FINE_PRINT_LEXICON__)\n',
  ],
  ["import expandLexicon from './_expand/index.js'\n", ''],
  ['    _multiCache: {},\n', '    _multiCache,\n'],
  ['    uncountable: {},\n', '    uncountable,\n'],
  ['model = expandLexicon(model)\n', ''],
];

// the same assignment, without a throwaway object for each of the lexicon's 24,000 words
const EXTEND_REWRITES: Rewrites = [
  ['if (!model[key]) Object.assign(model, { [key]: {} })', 'if (!model[key]) model[key] = {}'],
  ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
];

/** `code` with each rewrite made; each must find its text exactly once, or compromise has changed. */
export function rewritten(code: string, rewrites: Rewrites, what: string): string {
  let out = code.replace(/\r\n/g, '\n');
  for (const [from, to] of rewrites) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0) {
      throw new Error(`compromise-load: expected ${JSON.stringify(from.trim())} once in ${what}`);
    }
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

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

/** The tagger model's source with the lexicon read as data instead of derived again. */
export function withPrecomputedLexicon(code: string, lexiconJson: string): string {
  return rewritten(code, MODEL_REWRITES, "compromise's tagger model").replace('__FINE_PRINT_LEXICON__', () => JSON.stringify(lexiconJson));
}

/** The plugin loader's source with its deep merge assigning directly. */
export function withDirectMerge(code: string): string {
  return rewritten(code, EXTEND_REWRITES, "compromise's plugin loader");
}

/**
 * compromise derives some 24,000 lexicon entries every time it loads and then copies them into
 * its shared model one throwaway object at a time: most of a woken worker's start before a check
 * can begin. The build derives the lexicon once, in Node, with compromise's own code, ships it as
 * JSON, and makes the copy a plain assignment; compromise ends up with the same model.
 */
export function fasterCompromiseLoad(): Plugin {
  return {
    name: 'fine-print:compromise-load',
    enforce: 'pre',
    async transform(code, id) {
      const path = id.split('?')[0]!;
      if (MODEL.test(path)) return { code: withPrecomputedLexicon(code, await expandedLexicon(path)), map: null };
      if (EXTEND.test(path)) return { code: withDirectMerge(code), map: null };
      return null;
    },
  };
}
