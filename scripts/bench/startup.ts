import { spawnSync } from 'node:child_process';
import { median } from './stats';
import { peakOf } from './memory';

const wallMs = (args: string[]) => {
  const start = performance.now();
  spawnSync(process.execPath, args, { stdio: 'ignore', timeout: 60_000 });
  return performance.now() - start;
};

/**
 * Start-up of `fine-print --version` as a ratio to `node -e 0`, the floor any Node CLI stands on:
 * medians of `runs` wall times, the two taken in turn so drift in the machine touches both alike.
 */
export function startupRatio(cli: string[], runs: number): { ms: number; nodeMs: number; ratio: number } {
  wallMs([...cli, '--version']);
  const node: number[] = [];
  const own: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(wallMs(['-e', '0']));
    own.push(wallMs([...cli, '--version']));
  }
  return { ms: median(own), nodeMs: median(node), ratio: median(own) / median(node) };
}

/** Peak resident memory of `fine-print check` on one ordinary page, under /usr/bin/time. */
export function onePagePeak(cli: string[], page: string): { peakMb: number | null; exitCode: number | null } {
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...cli, 'check', page, '--format', 'json'], { maxBuffer: 1 << 26, timeout: 60_000 });
  return { peakMb: peakOf(run.stderr?.toString('utf8') ?? ''), exitCode: run.status };
}
