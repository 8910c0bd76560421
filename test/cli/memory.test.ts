import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SOURCE_CLI } from '../../scripts/bench/cli';
import { checkBigPage } from '../../scripts/bench/memory';

/** The budget: `fine-print check` on a 5 MB page stays under 400 MB resident. */
const BUDGET_MB = 400;

test.skipIf(!existsSync('/usr/bin/time'))(`check of a 5 MB page peaks under ${BUDGET_MB} MB and reports`, () => {
  const run = checkBigPage(SOURCE_CLI, 5 * 1024 * 1024, 60_000);
  expect(run.timedOut).toBe(false);
  expect(run.exitCode, run.message).toBe(0);
  expect(run.peakMb).not.toBeNull();
  expect(run.peakMb!).toBeLessThan(BUDGET_MB);
}, 90_000);
