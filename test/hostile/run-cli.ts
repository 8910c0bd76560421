import { spawn } from 'node:child_process';
import { SOURCE_CLI } from '../../scripts/bench/cli';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** True when the process ran past its bound and was killed. */
  killed: boolean;
}

/** The CLI from its sources in a process of its own, killed after `boundMs`. */
export function runCli(args: string[], boundMs: number, stdin?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...SOURCE_CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, boundMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => {});
    child.stdin.end(stdin ?? '');
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - started, killed });
    });
  });
}

/** Stack frames as Node prints them: "    at fn (file.ts:3:9)". */
export const STACK_FRAME = /^\s+at\s/m;
