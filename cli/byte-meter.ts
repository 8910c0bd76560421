import { fstatSync, statSync } from 'node:fs';
import { isUrl } from './read-input';

/** How far through its inputs a run is, by bytes read of the whole size of those it can measure. */
export class ByteMeter {
  read = 0;
  private constructor(
    readonly total: number,
    private readonly sizes: Map<string, number>,
  ) {}

  /** Sizes of the files among `inputs`; `-` counts when stdin is a file, a URL never does. */
  static of(inputs: string[]): ByteMeter {
    const sizes = new Map(inputs.map((input) => [input, sizeOf(input)]));
    return new ByteMeter(inputs.reduce((total, input) => total + sizes.get(input)!, 0), sizes);
  }

  sizeOf(input: string): number {
    return this.sizes.get(input) ?? 0;
  }

  /** The chunks of a stream as they are read, counted. */
  async *counted(stream: AsyncIterable<Buffer | string>): AsyncIterable<Buffer> {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      this.read += bytes.length;
      yield bytes;
    }
  }

  /** The share read so far; null when nothing could be measured. */
  fraction(): number | null {
    return this.total > 0 ? Math.min(1, this.read / this.total) : null;
  }
}

function sizeOf(input: string): number {
  try {
    const info = input === '-' ? fstatSync(0) : isUrl(input) ? null : statSync(input);
    return info?.isFile() ? info.size : 0;
  } catch {
    // an input that cannot be read is reported where it is read
    return 0;
  }
}
