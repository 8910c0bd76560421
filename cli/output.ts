import type { Readable } from 'node:stream';

/** Where a command reads and writes: stdin, stdout for results, stderr for one-line messages. */
export interface Output {
  input: Readable;
  line(text: string): void;
  error(text: string): void;
}

export const processOutput: Output = {
  input: process.stdin,
  line: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  error: (text) => void process.stderr.write(`fine-print: ${text}\n`),
};
