// Builds the CLI to plain JavaScript in dist/: the command line and the worker thread, with shared chunks beside
// them, so each command still loads only its own code. Dependencies stay imports, installed
// with the package; the stance model's JSON is inlined where it is imported.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { 'fine-print': 'cli/bin.ts', worker: 'cli/jobs/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.12',
  packages: 'external',
  logLevel: 'warning',
});
