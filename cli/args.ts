import { availableParallelism } from 'node:os';
import { UsageError } from './errors';

export interface ParsedArgs {
  inputs: string[];
  format: string | null;
  /** Worker threads asked for with `--jobs N`; null for the default, one a core. */
  jobs: number | null;
  /** `--quiet`: no progress line. */
  quiet: boolean;
  /** `--own-pages`: batch pairs are articles' own headlines and bodies, judged as `check` judges a page. */
  ownPages: boolean;
}

/** Options that take a value, by every name they go by. */
const VALUED = { '--format': 'format', '-f': 'format', '--jobs': 'jobs', '-j': 'jobs' } as const;

/** Positional inputs, `--format X`, `--jobs N` (either also as `--name=X`), `--quiet` and `--own-pages`; anything else is a usage error. */
export function parseArgs(argv: string[]): ParsedArgs {
  const parsed: ParsedArgs = { inputs: [], format: null, jobs: null, quiet: false, ownPages: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
    const option = Object.hasOwn(VALUED, name) ? VALUED[name as keyof typeof VALUED] : null;
    if (option) {
      const value = inline ?? argv[++i];
      if (!value) throw new UsageError(`${name} needs a value`);
      if (option === 'format') parsed.format = value;
      else parsed.jobs = jobCount(value);
    } else if (arg === '--quiet' || arg === '-q') {
      parsed.quiet = true;
    } else if (arg === '--own-pages') {
      parsed.ownPages = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      parsed.inputs.push(arg);
    }
  }
  return parsed;
}

function jobCount(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs must be a whole number of at least 1 (got "${value}")`);
  return Number(value);
}

/** Worker threads to use: as asked, or one a core. */
export function jobsOf(args: ParsedArgs): number {
  return args.jobs ?? availableParallelism();
}

export function chooseFormat<F extends string>(
  requested: string | null,
  allowed: readonly F[],
  fallback: F,
): F {
  if (requested === null) return fallback;
  if ((allowed as readonly string[]).includes(requested)) return requested as F;
  throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${requested}")`);
}
