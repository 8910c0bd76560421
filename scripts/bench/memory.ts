import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigPage } from '../../test/fixtures/hostile/generate';

/** Peak resident memory in MB from `/usr/bin/time -v` output. */
export function peakOf(timeOutput: string): number | null {
  const kb = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(timeOutput)?.[1];
  return kb ? Number(kb) / 1024 : null;
}

export interface CliRun {
  bytes: number;
  peakMb: number | null;
  seconds: number;
  exitCode: number | null;
  /** The CLI's own stderr lines (without the time report). */
  message: string;
  timedOut: boolean;
}

/** `fine-print check` (`cli`: the node arguments that run it) on a generated page of `bytes` bytes, under /usr/bin/time. */
export function checkBigPage(cli: string[], bytes: number, timeoutMs: number): CliRun {
  const dir = mkdtempSync(join(tmpdir(), 'fine-print-bench-'));
  try {
    const html = bigPage(bytes);
    const file = join(dir, 'big.html');
    writeFileSync(file, html);
    const start = performance.now();
    const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...cli, 'check', file, '--format', 'json'], {
      maxBuffer: 1 << 28,
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
    const stderr = run.stderr?.toString('utf8') ?? '';
    const cut = stderr.indexOf('\tCommand being timed');
    return {
      bytes: Buffer.byteLength(html),
      peakMb: peakOf(stderr),
      seconds: (performance.now() - start) / 1000,
      exitCode: run.status,
      message: (cut >= 0 ? stderr.slice(0, cut) : stderr).trim(),
      timedOut: run.error?.message.includes('ETIMEDOUT') ?? false,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
