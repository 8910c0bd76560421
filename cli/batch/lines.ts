import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ByteMeter } from '../byte-meter';
import { isGzip } from '../read-input';

/**
 * The lines of each input in turn: a file, or `-` for stdin. Input that starts as gzip does
 * (`pairs.jsonl.gz`, or a gzip stream piped in) is read uncompressed. Bytes read count on `meter`.
 */
export async function* inputLines(inputs: string[], stdin: Readable, meter: ByteMeter): AsyncIterable<string> {
  for (const input of inputs) {
    const raw = input === '-' ? stdin : createReadStream(input);
    yield* createInterface({ input: Readable.from(uncompressed(meter.counted(raw))), crlfDelay: Infinity });
  }
}

async function* uncompressed(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  // enough bytes to see gzip's magic number
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done) break;
    head = Buffer.concat([head, next.value]);
  }
  const all = (async function* () {
    if (head.length) yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
  if (isGzip(head)) yield* Readable.from(all).pipe(createGunzip());
  else yield* all;
}
