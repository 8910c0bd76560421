import type { Output } from '../output';
import type { PageOutcome } from './outcome';
import { labelOf, type PageSource } from './source';

/**
 * Writes each page's outcome as it comes, in input order: one line each for jsonl, text with
 * `separator` between pages, or one JSON document at the end (an array when there are several
 * pages). A page without an article is one message on stderr and, in JSON, an error entry.
 */
export function pageWriter(out: Output, format: string, several: boolean, separator: string) {
  const all: unknown[] = [];
  let taken = 0;
  let found = 0;
  return {
    take(outcome: PageOutcome, source: PageSource) {
      const first = taken++ === 0;
      if (!outcome.ok) {
        out.error(`${labelOf(source)}: ${outcome.error}`);
        const entry = { file: source.input, ...source.record, error: outcome.error };
        if (format === 'jsonl') out.line(JSON.stringify(entry));
        if (format === 'json' && several) all.push(entry);
        return;
      }
      found++;
      if (format === 'json') all.push(outcome.value);
      else if (format === 'jsonl') out.line(JSON.stringify(outcome.value));
      else out.line((first ? '' : separator) + String(outcome.value));
    },
    /** Writes what waits for the end, and gives the exit code: 1 when no page held an article. */
    finish(): number {
      if (format === 'json' && all.length > 0) out.line(JSON.stringify(several ? all : all[0], null, 2));
      return found > 0 ? 0 : 1;
    },
  };
}
