import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

/**
 * The CLI as a package: built, packed, installed from the tarball into an empty folder outside
 * the project and run there, with none of the project's development dependencies in reach.
 */
const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'fine-print-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The environment without what `npm test` adds: npm's own settings and the project's bin folder on PATH. */
function outsideEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  env.PATH = (process.env.PATH ?? '').split(delimiter).filter((p) => !p.startsWith(ROOT)).join(delimiter);
  return env;
}

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, env: outsideEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });

test('the packed tarball installs into an empty folder and checks a page there', () => {
  run(process.execPath, [join(ROOT, 'scripts', 'build', 'cli.mjs')], ROOT);
  const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT));
  const files: string[] = packed.files.map((f: { path: string }) => f.path);
  expect(files.filter((f) => !f.startsWith('dist/')).sort()).toEqual(['README.md', 'package.json']);
  expect(files).toContain('dist/fine-print.mjs');

  const app = join(dir, 'app');
  mkdirSync(app);
  copyFileSync(join(ROOT, 'test/fixtures/pages/founding-example.html'), join(app, 'article.html'));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, packed.filename)], app);
  for (const dev of ['tsx', 'wxt', 'vitest', 'esbuild']) expect(existsSync(join(app, 'node_modules', dev)), dev).toBe(false);

  expect(run('npx', ['--no-install', 'fine-print', '--version'], app).trim()).toBe(pkg.version);
  const report = JSON.parse(run('npx', ['--no-install', 'fine-print', 'check', 'article.html', '--format', 'json'], app));
  expect(report.article.headline).toMatch(/^Trump, parting with Treasury/);
  expect(['qualified', 'contradicted']).toContain(report.verdict);
}, 180_000);
