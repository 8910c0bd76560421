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

/** Readability's constructor choosing its logger: a console writer when `debug` is set, else a no-op. */
const DEBUG_LOGGER = /^ {2}\/\/ Control whether log messages are sent to the console\n {2}if \(this\._debug\) \{\n[^]*?\n {2}\} else \{\n {4}this\.log = function \(\) \{\};\n {2}\}\n/m;

/**
 * Readability's source with only the no-op logger: Fine Print never passes `debug: true`, and
 * the console writer (with its element formatter) costs some 200 bytes gzipped. A constructor
 * not written as this build knows it fails the build.
 */
export function withoutDebugLogger(code: string): string {
  if (!DEBUG_LOGGER.test(code)) throw new Error('smaller-readability: Readability chooses its logger in a way this build does not know');
  return code.replace(DEBUG_LOGGER, '  this.log = function () {};\n');
}

/**
 * Readability's steps that ready its HTML for display in Reader View, which Fine Print never
 * shows (it reads the text and maps it back to the page): placeholder and noscript images, lazy
 * images' sources, links and media made absolute, presentational attributes and class names
 * taken off. lib/extract/readability.ts overrides them with no-ops in every build; here the
 * published ones go too, as bytes the content script need not carry.
 */
export const DISPLAY_STEPS = ['_unwrapNoscriptImages', '_fixLazyImages', '_fixRelativeUris', '_cleanStyles', '_cleanClasses'];

/**
 * Readability's per-element checks lib/extract/readability.ts rewrites to give the same answers
 * with less work (a test holds the answers the same on every fixture page); here the
 * published ones go, as the extractor never calls them.
 */
export const REWRITTEN = ['_isProbablyVisible', '_isValidByline', '_isElementWithoutContent'];

/** Readability's methods the extractor never runs as published: the display steps and the rewritten checks. */
export const REPLACED = [...DISPLAY_STEPS, ...REWRITTEN];

/**
 * Readability's methods lib/extract/readability.ts overrides: the replaced ones, and the steps
 * where marks must follow elements Readability retags or hands attributes on from. The
 * content-script build keeps their names, so the overrides still apply there.
 */
export const OVERRIDDEN = [...REPLACED, '_setNodeTag', '_simplifyNestedElements'];

/** Readability's method the extractor calls by name: preparing a rebuilt copy as Readability prepared the first. */
export const CALLED = ['_prepDocument'];

/**
 * Readability's source without the replaced methods: its calls to them, by their kept names,
 * reach the extractor's own. A method not found fails the build.
 */
export function withoutReplacedMethods(code: string): string {
  let out = code;
  for (const name of REPLACED) {
    const head = new RegExp(`^  ${name}\\([^)]*\\) \\{$`, 'm').exec(out);
    const end = head ? out.indexOf('\n  },', head.index) : -1;
    if (!head || end < 0) throw new Error(`smaller-readability: Readability has no method ${name} as this build knows it`);
    out = out.slice(0, head.index) + out.slice(end + '\n  },\n'.length);
  }
  return out;
}

const NAMED_OUTSIDE = new Set([...OVERRIDDEN, ...CALLED]);

/** How often `.name` is read or called in the source, beside its own definition. */
function readsOf(code: string, name: string): number {
  return code.match(new RegExp(`\\.${name}\\b`, 'g'))?.length ?? 0;
}

/**
 * Readability's source less what nothing reads once the display steps are gone: private methods
 * never called (`_isSingleImage`) and patterns of its REGEXPS table never used (`srcsetUrl`),
 * repeated while a removal leaves more unread. A source reading the table by computed key
 * (`REGEXPS[key]`), where use cannot be seen, fails the build.
 */
export function withoutUnreadParts(code: string): string {
  if (/REGEXPS\s*\[/.test(code)) throw new Error('smaller-readability: Readability reads its patterns by computed key');
  let out = code;
  for (let removed = true; removed; ) {
    removed = false;
    for (const m of out.matchAll(/^ {2}(_\w+)\([^)]*\) \{$/gm)) {
      // The methods the extractor overrides or calls by name stay, read here or not.
      if (NAMED_OUTSIDE.has(m[1]!) || readsOf(out, m[1]!) > 0) continue;
      const end = out.indexOf('\n  },', m.index);
      out = out.slice(0, m.index) + out.slice(end + '\n  },'.length + 1);
      removed = true;
      break;
    }
    if (removed) continue;
    const table = /^ {2}REGEXPS: \{\n([^]*?)^ {2}\},$/m.exec(out);
    if (!table) throw new Error('smaller-readability: Readability has no REGEXPS table as this build knows it');
    // An entry runs from its name, four spaces in, to the next entry or comment line.
    for (const m of table[1]!.matchAll(/^ {4}(\w+):[^]*?(?=^ {4}(?:\w+:|\/\/)|$(?![^]))/gm)) {
      if (readsOf(out, m[1]!) > 0) continue;
      const at = table.index + table[0].indexOf('\n') + 1 + m.index;
      out = out.slice(0, at) + out.slice(at + m[0].length);
      removed = true;
      break;
    }
  }
  return out;
}

// Readability's own fields, methods and constants ("this._grabArticle", "this._flags",
// "this.REGEXPS"): private to its file, the constants read only as `this.` properties once the
// debug logger is gone. "__JSDOMParser__" is another DOM's marker, "_readabilityDataTable" is set
// on page elements, where a short name might meet one of the element's own, and the extractor
// overrides or calls some methods by name (lib/extract/readability.ts).
const PRIVATE = /^(?:_|[A-Z][A-Z_]*[A-Z]$)/;
const KEPT = new RegExp(`^(?:__|_readabilityDataTable$|(?:${[...OVERRIDDEN, ...CALLED].join('|')})$)`);

/**
 * Readability's source with its private names shortened: it names them "_cleanConditionally",
 * "_getNextNode" and so on, hundreds of times over, and the minifier leaves property names as
 * they are. No code outside the file reads them but the extractor's own. For source
 * without the debug logger only: its element formatter reads the DOM's own `node.TEXT_NODE`.
 */
export async function withShortPrivateNames(code: string): Promise<string> {
  const out = await transform(code, { loader: 'js', format: 'cjs', mangleProps: PRIVATE, reserveProps: KEPT, minifyWhitespace: false });
  return out.code;
}

/**
 * Readability as the content script ships it: without its debug-log calls (each a no-op, as
 * Fine Print never passes `debug: true`, but their message strings cost some 400 bytes gzipped)
 * or its debug logger (some 200), without its display steps (some 950) and the checks the
 * extractor rewrites, or what only they read (some 250), and with its private names and
 * constants shortened (some 750 bytes).
 */
export function smallerReadability(): Plugin {
  return {
    name: 'fine-print:smaller-readability',
    enforce: 'pre',
    async transform(code, id) {
      if (!/@mozilla[\\/]readability[\\/]Readability\.js$/.test(id.split('?')[0])) return null;
      return { code: await withShortPrivateNames(withoutUnreadParts(withoutReplacedMethods(withoutDebugLogger(withoutLogCalls(code))))), map: null };
    },
  };
}
