/** Where a command writes: stdout for results, stderr for one-line messages. */
export interface Output {
  line(text: string): void;
  error(text: string): void;
}

export const processOutput: Output = {
  line: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  error: (text) => void process.stderr.write(`fine-print: ${text}\n`),
};
