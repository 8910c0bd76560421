import { transform } from 'esbuild';
import type { Plugin } from 'vite';

/** The statement that opens each of Readability's debug-log calls. */
const LOG_CALL = /^[ \t]*this\.log\(/gm;

/**
 * The index just past the `)` that closes the call opened at `open`, reading over string and
 * template literals; -1 when the call does not close.
 */
function closeOf(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Readability's source with its `this.log(…);` statements taken out. */
export function withoutLogCalls(code: string): string {
  let out = '';
  let from = 0;
  for (const m of code.matchAll(LOG_CALL)) {
    if (m.index < from) continue;
    const end = closeOf(code, m.index + m[0].length - 1);
    if (end < 0) throw new Error('smaller-readability: a this.log( call does not close');
    out += code.slice(from, m.index);
    from = code[end] === ';' ? end + 1 : end;
  }
  return out + code.slice(from);
}

/**
 * Readability's steps that ready its HTML for display in Reader View, which Fine Print never
 * shows (it reads the text and maps it back to the page): placeholder and noscript images, lazy
 * images' sources, links and media made absolute. lib/extract/readability.ts overrides them with
 * no-ops in every build; here their bodies go too, as bytes the content script need not carry.
 */
export const DISPLAY_STEPS = ['_unwrapNoscriptImages', '_fixLazyImages', '_fixRelativeUris'];

/** Readability's source with the display steps' bodies emptied; a step not found fails the build. */
export function withoutDisplaySteps(code: string): string {
  let out = code;
  for (const name of DISPLAY_STEPS) {
    const head = new RegExp(`^  ${name}\\([^)]*\\) \\{$`, 'm').exec(out);
    const end = head ? out.indexOf('\n  },', head.index) : -1;
    if (!head || end < 0) throw new Error(`smaller-readability: Readability has no step ${name} as this build knows it`);
    out = `${out.slice(0, head.index)}  ${name}() {${out.slice(end)}`;
  }
  return out;
}

// Readability's own fields and methods ("this._grabArticle", "this._flags"): private to its file.
// "__JSDOMParser__" is another DOM's marker, "_readabilityDataTable" is set on page elements,
// where a short name might meet one of the element's own, and the display steps are overridden
// by name outside the file.
const PRIVATE = /^_/;
const KEPT = new RegExp(`^(?:__|_readabilityDataTable$|(?:${DISPLAY_STEPS.join('|')})$)`);

/**
 * Readability's source with its private names shortened: it names them "_cleanConditionally",
 * "_getNextNode" and so on, hundreds of times over, and the minifier leaves property names as
 * they are. No code outside the file reads them but the display steps' overrides.
 */
export async function withShortPrivateNames(code: string): Promise<string> {
  const out = await transform(code, { loader: 'js', format: 'cjs', mangleProps: PRIVATE, reserveProps: KEPT, minifyWhitespace: false });
  return out.code;
}

/**
 * Readability as the content script ships it: without its debug-log calls (each a no-op, as
 * Fine Print never passes `debug: true`, but their message strings cost some 400 bytes gzipped),
 * without its display steps (some 800 bytes) and with its private names shortened (some 600 bytes).
 */
export function smallerReadability(): Plugin {
  return {
    name: 'fine-print:smaller-readability',
    enforce: 'pre',
    async transform(code, id) {
      if (!/@mozilla[\\/]readability[\\/]Readability\.js$/.test(id.split('?')[0])) return null;
      return { code: await withShortPrivateNames(withoutDisplaySteps(withoutLogCalls(code))), map: null };
    },
  };
}
