import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli';

describe('fine-print <command> --help', () => {
  test.each([
    ['extract', 'fine-print extract <'],
    ['check', 'fine-print check <'],
    ['batch', 'fine-print batch'],
  ])('%s --help prints its own usage and exits 0', async (command, first) => {
    for (const flag of ['--help', '-h']) {
      const run = await runCli([command, flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(first);
      expect(run.stdout.match(/^ {2}fine-print /gm)).toHaveLength(1);
      expect(run.stderr).toBe('');
    }
  });

  test('the general usage names every command and how to ask about one', async () => {
    const run = await runCli(['--help']);
    for (const command of ['extract', 'check', 'batch']) expect(run.stdout).toContain(`fine-print ${command}`);
    expect(run.stdout).toContain('fine-print <command> --help');
  });
});
