import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The two ways the CLI runs, as `node` arguments before its own: from the TypeScript sources,
 * compiled on the fly by tsx (tests and development), and as built for the package.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export const SOURCE_CLI = ['--import', TSX, join(ROOT, 'cli', 'bin.ts')];
export const BUILT_CLI = [join(ROOT, 'dist', 'fine-print.mjs')];
