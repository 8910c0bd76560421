// The worker thread when the CLI runs from its TypeScript sources (tests, development). Node 20
// runs no loader hooks for a worker's own entry module, so this plain module registers tsx and
// then loads the worker; the built package runs dist/worker.mjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
