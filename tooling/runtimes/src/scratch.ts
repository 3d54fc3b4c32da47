// The scratch app: the six packages as a user gets them (the tarballs of `pnpm pack`) unpacked into
// its node_modules beside their peers (zod, and hono and fast-check, the optional peers the suite
// uses, linked from this package's own install: no network), the suite beside a package.json, and
// the bundles a bundler makes of it for workerd and the browser.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkgDir = path.dirname(here);

/** The packages packed: the @errs workspace dependencies of this package that are published. */
export function packageNames(): string[] {
  const own = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  return Object.keys(own.devDependencies).filter((name) => {
    if (!name.startsWith('@errs/')) return false;
    const manifest = JSON.parse(readFileSync(path.join(pkgDir, 'node_modules', name, 'package.json'), 'utf8')) as { private?: boolean };
    return manifest.private !== true;
  });
}

/** The third-party packages the suite imports, linked into the scratch app. */
const LINKED = ['zod', 'hono', 'fast-check'];

export interface Scratch {
  readonly root: string;
  /** The app: package.json, node_modules, cli.mjs and the suite. */
  readonly app: string;
  /** name -> version of each packed package. */
  readonly versions: ReadonlyMap<string, string>;
  /** The suite bundled with its imports, as an ES module exporting `run` (the browser's). */
  readonly suiteBundle: string;
  /** worker.mjs bundled with its imports (workerd's). */
  readonly workerBundle: string;
}

function exec(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${code}:\n${out.slice(-2000)}`));
    });
  });
}

/** pnpm: the one running this test when there is one (npm_execpath), else from PATH. */
function pnpm(): [string, string[]] {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/i.test(path.basename(execPath)) && /\.c?js$/.test(execPath)) return [process.execPath, [execPath]];
  return ['pnpm', []];
}

/** Packs the packages, installs them into a new scratch app under os.tmpdir(), and bundles the suite. */
export async function makeScratch(): Promise<Scratch> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'errs-runtimes-'));
  const tarballs = path.join(root, 'tarballs');
  const app = path.join(root, 'app');
  mkdirSync(tarballs);
  mkdirSync(path.join(app, 'node_modules'), { recursive: true });

  const names = packageNames();
  const [cmd, pre] = pnpm();
  // Two at a time: pnpm pack of a package is mostly one process's CPU.
  const queue = [...names];
  await Promise.all(
    [0, 1].map(async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        const dir = realpathSync(path.join(pkgDir, 'node_modules', name));
        await exec(cmd, [...pre, 'pack', '--pack-destination', tarballs], dir);
      }
    }),
  );
  const versions = new Map<string, string>();
  for (const file of readdirSync(tarballs).filter((f) => f.endsWith('.tgz'))) {
    const target = path.join(app, 'node_modules', '.unpack', file);
    mkdirSync(target, { recursive: true });
    await exec('tar', ['-xzf', path.join(tarballs, file), '-C', target, '--strip-components=1'], root);
    const manifest = JSON.parse(readFileSync(path.join(target, 'package.json'), 'utf8')) as { name: string; version: string };
    const dest = path.join(app, 'node_modules', manifest.name);
    mkdirSync(path.dirname(dest), { recursive: true });
    renameSync(target, dest);
    versions.set(manifest.name, manifest.version);
  }
  const missing = names.filter((n) => !versions.has(n));
  if (missing.length > 0) throw new Error(`pnpm pack made no tarball for ${missing.join(', ')}`);
  for (const dep of LINKED) {
    symlinkSync(realpathSync(path.join(pkgDir, 'node_modules', dep)), path.join(app, 'node_modules', dep), 'dir');
  }

  // The app's manifest, as `npm i` of the tarballs and the peers leaves it (Deno reads it to use node_modules).
  const versionOf = (dep: string) => (JSON.parse(readFileSync(path.join(app, 'node_modules', dep, 'package.json'), 'utf8')) as { version: string }).version;
  const dependencies: Record<string, string> = {};
  for (const [name, version] of versions) dependencies[name] = `file:../tarballs/${name.slice(1).replace('/', '-')}-${version}.tgz`;
  for (const dep of LINKED) dependencies[dep] = versionOf(dep);
  writeFileSync(path.join(app, 'package.json'), `${JSON.stringify({ name: 'errs-runtimes-app', private: true, type: 'module', dependencies }, null, 2)}\n`);
  for (const file of ['suite.mjs', 'cli.mjs', 'worker.mjs']) copyFileSync(path.join(here, file), path.join(app, file));

  // As a user's bundler does it (wrangler uses esbuild): the workerd and browser conditions, ESM out.
  const bundle = async (entry: string, conditions: string[]) => {
    const result = await build({
      absWorkingDir: app,
      entryPoints: [path.join(app, entry)],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions,
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  };
  const [suiteBundle, workerBundle] = await Promise.all([bundle('suite.mjs', ['browser']), bundle('worker.mjs', ['workerd', 'worker', 'browser'])]);
  return { root, app, versions, suiteBundle, workerBundle };
}
