import { Readable } from 'node:stream';
import { main } from '../../cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** What a terminal's progress line showed, one entry a redraw; empty without `terminal`. */
  status: string[];
}

/** Runs the CLI in-process with captured output and the given stdin, stderr a terminal when asked. */
export async function runCli(argv: string[], stdin: string | Buffer = '', { terminal = false } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status: string[] = [];
  const code = await main(argv, {
    input: Readable.from([stdin]),
    line: (text) => void (stdout += text.endsWith('\n') ? text : `${text}\n`),
    error: (text) => void (stderr += `fine-print: ${text}\n`),
    status: terminal ? { show: (text) => void status.push(text), afterMs: 0 } : undefined,
  });
  return { code, stdout, stderr, status };
}
