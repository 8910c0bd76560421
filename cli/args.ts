import { UsageError } from './errors';

export interface ParsedArgs {
  inputs: string[];
  format: string | null;
}

/** Positional inputs and one `--format X` / `--format=X` option; anything else is a usage error. */
export function parseArgs(argv: string[]): ParsedArgs {
  const inputs: string[] = [];
  let format: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--format' || arg === '-f') {
      const value = argv[++i];
      if (!value) throw new UsageError(`${arg} needs a value`);
      format = value;
    } else if (arg.startsWith('--format=')) {
      format = arg.slice('--format='.length);
    } else if (arg === '-') {
      inputs.push(arg);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      inputs.push(arg);
    }
  }
  return { inputs, format };
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
