// The command as a team gets it: @errs/cli and @errs/core packed (`pnpm pack`, so `files`, `bin`
// and the dependencies are what npm would install), unpacked into an app outside the repository
// with its bin linked as npm links it, and run on a TypeScript catalog module there.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const here = fileURLToPath(new URL('..', import.meta.url));
const core = fileURLToPath(new URL('../../core/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'errs-cli-packed-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function run(cmd: string, args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** pnpm: the one running the tests when there is one, else from PATH. */
function pnpm(args: readonly string[], cwd: string) {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/i.test(basename(execPath)) && /\.c?js$/.test(execPath)) return run(process.execPath, [execPath, ...args], cwd);
  return run('pnpm', args, cwd);
}

/** Packs a workspace package and unpacks it as `node_modules/<name>` of the app. */
async function install(dir: string, app: string): Promise<Record<string, unknown>> {
  const packed = await pnpm(['pack', '--json', '--pack-destination', work], dir);
  expect(packed.code, packed.stderr).toBe(0);
  const { filename, name } = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('{'))) as { filename: string; name: string };
  const target = join(app, 'node_modules', name);
  mkdirSync(target, { recursive: true });
  const untar = await run('tar', ['-xzf', filename, '--strip-components=1', '-C', target], work);
  expect(untar.code, untar.stderr).toBe(0);
  return JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as Record<string, unknown>;
}

/** Links a dependency the workspace has installed (its real folder, so its own dependencies resolve). */
function link(name: string, from: string, app: string) {
  const require = createRequire(join(from, 'package.json'));
  let dir = dirname(require.resolve(name));
  while (basename(dir) !== basename(name)) dir = dirname(dir);
  mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
  symlinkSync(realpathSync(dir), join(app, 'node_modules', name), 'dir');
}

it('the errs bin (node_modules/.bin/errs, as npx runs it) verifies and documents a TypeScript catalog from the packed packages', async () => {
  const app = join(work, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'acme-api', version: '2.3.0', private: true }));
  const cli = await install(here, app);
  await install(core, app);
  expect(cli.dependencies).toEqual({ tsx: expect.stringMatching(/^\d+\.\d+\.\d+$/) as unknown }); // pinned
  expect(cli.peerDependencies).toMatchObject({ '@errs/core': '^0.1.0' });
  link('tsx', here, app);
  link('zod', here, app);
  link('fast-check', core, app);
  // As npm links a bin: node_modules/.bin/errs, executable.
  const bin = (cli.bin as Record<string, string>).errs!;
  mkdirSync(join(app, 'node_modules', '.bin'));
  chmodSync(join(app, 'node_modules', '@errs/cli', bin), 0o755);
  symlinkSync(join('..', '@errs/cli', bin), join(app, 'node_modules', '.bin', 'errs'));
  writeFileSync(join(app, 'src', 'envelope.ts'), readFileSync(join(here, 'src/fixtures/envelope.ts'), 'utf8'));
  writeFileSync(join(app, 'src', 'catalog.ts'), readFileSync(join(here, 'src/fixtures/acme.ts'), 'utf8'));

  const errs = join(app, 'node_modules', '.bin', 'errs');
  expect(await run(errs, ['verify', './src/catalog.ts'], app)).toEqual({ code: 0, stdout: '✓ acme (vendor acme, 3 codes): verifyCatalog passed\n', stderr: '' });
  expect(await run(errs, ['openapi', './src/catalog.ts', '--out', 'openapi.json'], app)).toMatchObject({ code: 0, stdout: 'errs: wrote openapi.json\n' });
  const doc = JSON.parse(readFileSync(join(app, 'openapi.json'), 'utf8')) as { info: { version: string }; components: { schemas: object } };
  expect(doc.info.version).toBe('2.3.0'); // the app's package.json
  expect(Object.keys(doc.components.schemas)).toEqual(['AcmeError', 'AcmeError.order_not_found', 'AcmeError.version_conflict', 'AcmeError.busy', 'KnownAcmeError']);
  expect(await run(errs, ['openapi', './src/catalog.ts', '--out', 'openapi.json', '--check'], app)).toMatchObject({ code: 0, stdout: 'errs: openapi.json is up to date\n' });
});
