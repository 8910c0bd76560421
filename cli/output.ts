import type { Readable } from 'node:stream';

/** Where a command reads and writes: stdin, stdout for results, stderr for one-line messages. */
export interface Output {
  input: Readable;
  line(text: string): void;
  error(text: string): void;
  /** A line on stderr rewritten in place, there only when stderr is a terminal. */
  status?: StatusLine;
}

export interface StatusLine {
  /** Shows `text` in place of the last status; an empty text clears it. */
  show(text: string): void;
  /** How long a run goes before its progress is worth showing. */
  afterMs: number;
}

const CLEAR = '\r\u001b[K';
let statusShown = false;

export const processOutput: Output = {
  input: process.stdin,
  line: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  // a message starts on a clean line, never after a progress line
  error: (text) => void process.stderr.write(`${statusShown ? CLEAR : ''}fine-print: ${text}\n`),
  status: process.stderr.isTTY
    ? {
        show: (text) => {
          process.stderr.write(`${CLEAR}${text}`);
          statusShown = text.length > 0;
        },
        afterMs: 1000,
      }
    : undefined,
};
