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
    if (end < 0) throw new Error('drop-readability-logs: a this.log( call does not close');
    out += code.slice(from, m.index);
    from = code[end] === ';' ? end + 1 : end;
  }
  return out + code.slice(from);
}

/**
 * Readability logs only when built with `debug: true`, which Fine Print never passes: each call
 * is a no-op, but its message strings cost some 400 bytes of the content script's gzipped size.
 */
export function dropReadabilityLogs(): Plugin {
  return {
    name: 'fine-print:drop-readability-logs',
    enforce: 'pre',
    transform(code, id) {
      if (!/@mozilla[\\/]readability[\\/]Readability\.js$/.test(id.split('?')[0])) return null;
      return { code: withoutLogCalls(code), map: null };
    },
  };
}
