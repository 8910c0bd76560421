import type { Output } from './output';

/** How often the line is redrawn, at most. */
const EVERY_MS = 250;

export interface Progress {
  /** Counts `n` more items done. */
  add(n?: number): void;
  /** Clears the line at the end of the run. */
  end(): void;
}

const QUIET: Progress = { add: () => undefined, end: () => undefined };

/**
 * A progress line on stderr for a long run: items done, their rate and, when `fraction` can
 * say how far through the input the run is, the time left. Nothing without a terminal or with
 * `--quiet`, and never a byte on stdout.
 */
export function progressLine(out: Output, quiet: boolean, unit: string, fraction: () => number | null, now = () => performance.now()): Progress {
  const status = out.status;
  if (quiet || !status) return QUIET;
  const started = now();
  let done = 0;
  let drawn = -Infinity;
  return {
    add(n = 1) {
      done += n;
      const at = now();
      if (at - started < status.afterMs || at - drawn < EVERY_MS) return;
      drawn = at;
      status.show(progressText(done, unit, (at - started) / 1000, fraction()));
    },
    end() {
      if (drawn > -Infinity) status.show('');
    },
  };
}

export function progressText(done: number, unit: string, seconds: number, fraction: number | null): string {
  const parts = [`${done.toLocaleString('en')} ${done === 1 ? unit.replace(/s$/, '') : unit}`];
  if (seconds > 0) parts.push(`${Math.round(done / seconds).toLocaleString('en')}/s`);
  if (fraction !== null && fraction > 0 && fraction < 1) parts.push(`about ${duration((seconds * (1 - fraction)) / fraction)} left`);
  return parts.join(' · ');
}

function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
