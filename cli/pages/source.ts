import type { ByteMeter } from '../byte-meter';

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

/** Each input as a source, counting its bytes as read when it is handed on. */
export async function* pageSources(inputs: string[], meter: ByteMeter): AsyncIterable<PageSource> {
  for (const input of inputs) {
    yield { input };
    meter.read += meter.sizeOf(input);
  }
}
