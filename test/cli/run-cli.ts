import { Readable } from 'node:stream';
import { main } from '../../cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output and the given stdin. */
export async function runCli(argv: string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    input: Readable.from([stdin]),
    line: (text) => void (stdout += text.endsWith('\n') ? text : `${text}\n`),
    error: (text) => void (stderr += `fine-print: ${text}\n`),
  });
  return { code, stdout, stderr };
}
