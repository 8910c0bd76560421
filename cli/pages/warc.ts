import { createReadStream } from 'node:fs';
import type { WARCRecord } from 'warcio';
import type { ByteMeter } from '../byte-meter';
import { messageOf } from '../errors';
import type { Output } from '../output';
import { MAX_BYTES } from '../read-input';
import type { PageSource } from './source';

/**
 * Every HTML response of a web archive (`.warc`, or `.warc.gz` compressed record by record),
 * read with warcio, as a page with the record's target URI and date. Other records are skipped
 * and counted, in one line on stderr once the file is read.
 */
export async function* warcPages(path: string, meter: ByteMeter, out: Output): AsyncIterable<PageSource> {
  const { WARCParser } = await import('warcio');
  const skipped = new Map<string, number>();
  let pages = 0;
  try {
    for await (const record of new WARCParser(meter.counted(createReadStream(path)))) {
      const skip = whySkipped(record);
      if (skip) {
        skipped.set(skip, (skipped.get(skip) ?? 0) + 1);
        continue;
      }
      const url = record.warcTargetURI ?? null;
      pages++;
      yield {
        input: path,
        page: { html: await record.contentText(), url },
        record: { warcTargetUri: url ?? '', warcDate: record.warcDate ?? null },
      };
    }
  } catch (error) {
    out.error(`${path}: cannot read the rest of the archive: ${messageOf(error)}`);
  }
  const reasons = [...skipped].map(([why, count]) => `${count} ${why}`).join(', ');
  const total = [...skipped.values()].reduce((a, b) => a + b, 0);
  out.error(`${path}: ${pages} HTML ${pages === 1 ? 'page' : 'pages'} read; ${total} ${total === 1 ? 'record' : 'records'} skipped${total ? ` (${reasons})` : ''}`);
}

/** Why a record is not a page to check, or null when it is one. */
function whySkipped(record: WARCRecord): string | null {
  if (record.warcType !== 'response') return record.warcType || 'untyped';
  const status = Number(record.httpHeaders?.statusCode);
  if (status >= 300 && status < 400) return 'redirect';
  if (!(status >= 200 && status < 300)) return 'error status';
  if (!/html/i.test(record.httpHeaders?.headers.get('content-type') ?? '')) return 'not HTML';
  if (record.warcContentLength > MAX_BYTES) return 'over 25 MB';
  return null;
}
