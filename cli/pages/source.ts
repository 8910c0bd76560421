import { existsSync } from 'node:fs';
import type { ByteMeter } from '../byte-meter';
import type { Output } from '../output';

/** Where a page comes from: a file or URL to read, or a page already read out of a web archive. */
export interface PageSource {
  /** The input as given on the command line. */
  input: string;
  /** The page's HTML and address, when they were read already. */
  page?: { html: string; url: string | null };
  /** The archive record a page was read from. */
  record?: { warcTargetUri: string; warcDate: string | null };
}

/** How a source is named in a message on stderr. */
export function labelOf(source: PageSource): string {
  return source.record ? `${source.input} ${source.record.warcTargetUri}` : source.input;
}

/** A web archive, by its name: each of its HTML responses is a page. */
export function isWarc(input: string): boolean {
  return /\.warc(\.gz)?$/i.test(input);
}

/**
 * Each input as a source, or each page of it for a web archive; bytes count as read when a page
 * is handed on. An archive that is not there is left to the reader of files to report.
 */
export async function* pageSources(inputs: string[], meter: ByteMeter, out: Output): AsyncIterable<PageSource> {
  for (const input of inputs) {
    if (isWarc(input) && existsSync(input)) {
      yield* (await import('./warc')).warcPages(input, meter, out);
      continue;
    }
    yield { input };
    meter.read += meter.sizeOf(input);
  }
}
