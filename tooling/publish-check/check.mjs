#!/usr/bin/env node
// Checks every @errs package as a user gets it: the tarball of `pnpm pack`.
//
//   node check.mjs [--keep] [name ...]     names like `core` or `@errs/omnia`; default: all of them
//
// Per package: the packed manifest (no workspace: ranges, every dependency installable), publint
// (any message fails, suggestions included), arethetypeswrong (strict profile: node10, node16 CJS and ESM, bundler),
// and a consumer project in a temp dir (the tarball unpacked into node_modules, @errs/core from its
// own tarball, zod linked from the workspace: no network) run as ESM and as CJS, and type-checked
// with TypeScript `module: node16` from a .mts and a .cts file.
// Prints one line per package and `N passed, N failed`; exits 1 on any failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { coreConsumer, serversTypes, tsconfig, vendorConsumer } from './lib/consumers.mjs';
import { readTarball, extractTarball } from './lib/tar.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const started = Date.now();

// publint messages that do not fail the check, with the reason. (None today.)
/** @type {Record<string, string>} */
const PUBLINT_ALLOWED = {};
// attw rules passed to --ignore-rules, with the reason. (None today: every problem fails.)
/** @type {Record<string, string>} */
const ATTW_IGNORED = {};

const args = process.argv.slice(2);
const keep = args.includes('--keep') || process.env.PUBLISH_CHECK_KEEP === '1';
const wanted = args.filter((a) => !a.startsWith('--')).map((a) => (a.startsWith('@') ? a : `@errs/${a}`));

// The packages: the @errs workspace dependencies of this package (so turbo builds them first).
const own = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));
const all = Object.entries(own.devDependencies ?? {})
  .filter(([name, range]) => name.startsWith('@errs/') && String(range).startsWith('workspace:'))
  .map(([name]) => name)
  .sort((a, b) => (a === '@errs/core' ? -1 : b === '@errs/core' ? 1 : a.localeCompare(b)));
const unknownArgs = wanted.filter((n) => !all.includes(n));
if (unknownArgs.length > 0) {
  console.error(`unknown package(s): ${unknownArgs.join(', ')} (known: ${all.join(', ')})`);
  process.exit(2);
}
const names = wanted.length > 0 ? all.filter((n) => wanted.includes(n)) : all;

// ---------------------------------------------------------------------------------------------
// Processes, a few at a time.

const slots = Math.max(2, os.availableParallelism?.() ?? os.cpus().length);
let active = 0;
/** @type {(() => void)[]} */
const waiting = [];
/** @template T @param {() => Promise<T>} fn @returns {Promise<T>} */
async function limited(fn) {
  if (active >= slots) await new Promise((resolve) => waiting.push(() => resolve(undefined)));
  active++;
  try {
    return await fn();
  } finally {
    active--;
    waiting.shift()?.();
  }
}

// A hang detector, not a speed limit: the servers' tsc step took over 120 s on two cores at load 40
// (CI's other tasks and a mutation run), and a slow machine must not fail a check it passes.
const RUN_TIMEOUT_MS = 600_000;

/**
 * @param {string} cmd @param {string[]} argv @param {{ cwd?: string, timeoutMs?: number }} [opts]
 * @returns {Promise<{ code: number | null, out: string, err: string }>}
 */
function run(cmd, argv, opts = {}) {
  return limited(
    () =>
      new Promise((resolve) => {
        /** @type {NodeJS.ProcessEnv} */
        const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
        delete env.NODE_OPTIONS;
        delete env.NODE_PATH;
        const child = spawn(cmd, argv, { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        const timer = setTimeout(() => {
          err += `\n(timed out after ${opts.timeoutMs ?? RUN_TIMEOUT_MS} ms)`;
          child.kill('SIGKILL');
        }, opts.timeoutMs ?? RUN_TIMEOUT_MS);
        child.on('error', (e) => {
          clearTimeout(timer);
          resolve({ code: -1, out, err: err + String(e) });
        });
        child.on('close', (code) => {
          clearTimeout(timer);
          resolve({ code, out, err });
        });
      }),
  );
}

/** pnpm: the one running this script when there is one, else from PATH. */
function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/i.test(path.basename(execPath)) && /\.c?js$/.test(execPath)) {
    return { cmd: process.execPath, pre: [execPath] };
  }
  return { cmd: process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm', pre: [] };
}

/** @param {string} text @param {number} [max] */
function tail(text, max = 25) {
  const lines = text.trim().split('\n');
  return (lines.length > max ? ['...', ...lines.slice(-max)] : lines).join('\n');
}

// ---------------------------------------------------------------------------------------------
// The checks.

/**
 * @typedef {{ name: string, dir: string, tgz?: string, buf?: Buffer, manifest?: Record<string, any>,
 *   steps: { step: string, ok: boolean, note?: string }[], problems: string[] }} Pkg
 */

/** @param {Pkg} pkg @param {string} step @param {boolean} ok @param {string[]} [problems] @param {string} [note] */
function record(pkg, step, ok, problems = [], note) {
  pkg.steps.push({ step, ok, note });
  for (const p of problems) pkg.problems.push(`${step}: ${p}`);
}
const STEP_ORDER = ['pack', 'manifest', 'install', 'publint', 'attw', 'consumers', 'esm', 'cjs', 'ts', 'servers'];
/** A package passes only when each of these ran and passed. */
const REQUIRED = ['pack', 'manifest', 'publint', 'attw', 'esm', 'cjs', 'ts'];

/** @param {Pkg} pkg @param {string} tarballs */
async function pack(pkg, tarballs) {
  if (!existsSync(path.join(pkg.dir, 'dist'))) {
    record(pkg, 'pack', false, [`${pkg.name} is not built (no dist/): run \`pnpm turbo run build --filter=${pkg.name}\``]);
    return;
  }
  const { cmd, pre } = pnpmCommand();
  const res = await run(cmd, [...pre, 'pack', '--json', '--pack-destination', tarballs], { cwd: pkg.dir });
  if (res.code !== 0) {
    record(pkg, 'pack', false, [`pnpm pack failed (exit ${res.code})`, tail(res.err + res.out)]);
    return;
  }
  let file;
  try {
    file = JSON.parse(res.out.slice(res.out.indexOf('{'))).filename;
  } catch {
    file = undefined;
  }
  if (!file || !existsSync(file)) {
    record(pkg, 'pack', false, [`could not find the tarball in the output of pnpm pack:\n${tail(res.out)}`]);
    return;
  }
  pkg.tgz = file;
  pkg.buf = readFileSync(file);
  const manifestFile = readTarball(pkg.buf).find((f) => f.path === 'package.json');
  if (!manifestFile) {
    record(pkg, 'pack', false, ['the tarball has no package.json']);
    return;
  }
  pkg.manifest = JSON.parse(manifestFile.data.toString('utf8'));
  record(pkg, 'pack', true, [], `${(pkg.buf.length / 1024).toFixed(1)} kB`);
}

/**
 * The packed manifest: no workspace-only ranges, and every runtime dependency installable offline
 * here (an @errs package checked alongside, whose version satisfies the range, or zod).
 * @param {Pkg} pkg @param {Map<string, Pkg>} packed
 */
function checkManifest(pkg, packed) {
  const m = /** @type {Record<string, any>} */ (pkg.manifest);
  const problems = [];
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [dep, range] of Object.entries(m[field] ?? {})) {
      if (/^(workspace|link|file|portal|catalog):/.test(String(range))) {
        problems.push(`${field}.${dep} is "${range}" in the tarball (a workspace-only range)`);
      }
      const other = packed.get(dep);
      if (dep.startsWith('@errs/') && other?.manifest && !satisfies(other.manifest.version, String(range))) {
        problems.push(`${field}.${dep} "${range}" does not accept the packed version ${other.manifest.version}`);
      }
    }
  }
  if (m.private) problems.push('"private": true: it cannot be published');
  record(pkg, 'manifest', problems.length === 0, problems);
}

/** Enough of semver ranges for `^x.y.z`, `~x.y.z`, `x.y.z` and `*`. @param {string} v @param {string} range */
function satisfies(v, range) {
  if (range === '*' || range === '') return true;
  const m = /^([~^]?)(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  const n = /^(\d+)\.(\d+)\.(\d+)/.exec(v);
  if (!m || !n) return true; // a range form this check does not read: npm decides
  const [a, b, c] = [Number(n[1]), Number(n[2]), Number(n[3])];
  const [x, y, z] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const gte = a > x || (a === x && (b > y || (b === y && c >= z)));
  if (m[1] === '') return a === x && b === y && c === z;
  if (m[1] === '~') return gte && a === x && b === y;
  if (x > 0) return gte && a === x;
  if (y > 0) return gte && a === 0 && b === y;
  return a === 0 && b === 0 && c === z;
}

/** @param {Pkg} pkg */
async function checkPublint(pkg) {
  const tarball = new Uint8Array(/** @type {Buffer} */ (pkg.buf)).buffer; // a copy: a plain ArrayBuffer
  const { messages, pkg: manifest } = await publint({ pack: { tarball }, level: 'suggestion', strict: true });
  const failing = messages.filter((msg) => !(msg.code in PUBLINT_ALLOWED));
  const show = (/** @type {import('publint').Message} */ msg) =>
    `${msg.type} ${msg.code}: ${formatMessage(msg, manifest, { color: false }) ?? msg.path.join('.')}`;
  const allowed = messages.filter((msg) => msg.code in PUBLINT_ALLOWED);
  record(
    pkg,
    'publint',
    failing.length === 0,
    failing.map(show),
    allowed.length > 0 ? `allowed: ${allowed.map((m) => m.code).join(', ')}` : undefined,
  );
}

/** @param {Pkg} pkg */
async function checkAttw(pkg) {
  const bin = path.join(path.dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist', 'index.js');
  const ignore = Object.keys(ATTW_IGNORED);
  const argv = [bin, /** @type {string} */ (pkg.tgz), '--format', 'json', '--profile', 'strict'];
  if (ignore.length > 0) argv.push('--ignore-rules', ...ignore);
  const res = await run(process.execPath, argv, { cwd: here });
  /** @type {any} */
  let json;
  try {
    json = JSON.parse(res.out);
  } catch {
    record(pkg, 'attw', false, [`attw gave no JSON (exit ${res.code}):\n${tail(res.err + res.out)}`]);
    return;
  }
  /** @type {Record<string, any>[]} */
  const problems = Array.isArray(json.analysis?.problems) ? json.analysis.problems : [];
  const inPkg = (/** @type {unknown} */ f) => (typeof f === 'string' ? f.replace(/^\/node_modules\/(@[^/]+\/)?[^/]+\//, '') : undefined);
  const shown = problems.map((p) => {
    const where = [
      p.entrypoint && `entrypoint "${p.entrypoint}"`,
      p.resolutionKind && `resolution ${p.resolutionKind}`,
      inPkg(p.typesFileName) && `types ${inPkg(p.typesFileName)}`,
      inPkg(p.implementationFileName) && `implementation ${inPkg(p.implementationFileName)}`,
      inPkg(p.fileName) && `file ${inPkg(p.fileName)}`,
    ].filter(Boolean);
    return `${p.kind}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
  });
  if (json.analysis?.types === false || json.analysis?.types?.kind === undefined) shown.push('no types found');
  const ok = res.code === 0 && shown.length === 0;
  if (!ok && shown.length === 0) shown.push(`exit ${res.code}: ${tail(res.err)}`);
  record(pkg, 'attw', ok, [...new Set(shown)]);
}

/** @param {string} target @param {string} link */
function linkDir(target, link) {
  if (existsSync(link)) return; // the TypeScript project installs several packages into one folder
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(target, link, process.platform === 'win32' ? 'junction' : 'dir');
}

/**
 * What npm installs with a package: its dependencies and peers, optional peers (the frameworks of
 * core's error handlers) left out, so that the runtime consumers prove nothing needs them.
 * @param {Record<string, any>} m the manifest
 */
function requiredDeps(m) {
  const optional = (/** @type {string} */ d) => m.peerDependenciesMeta?.[d]?.optional === true;
  return Object.keys({ ...m.peerDependencies, ...m.dependencies }).filter((d) => !optional(d));
}

/**
 * The optional peer a user of `@errs/core/testing` installs beside it (fast-check, which
 * verifyCatalog loads and whose types its declarations name); nothing else needs it.
 * @param {Record<string, any>} m the manifest
 */
const testingPeers = (m) => (m.name === '@errs/core' ? ['fast-check'] : []);

/**
 * Installs the package as npm would, from tarballs and the workspace's zod, into `dir`; `extra`
 * links some optional peers too.
 * @param {Pkg} pkg @param {Map<string, Pkg>} packed @param {string} dir @param {string[]} [extra]
 */
function install(pkg, packed, dir, extra = []) {
  const problems = [];
  const m = /** @type {Record<string, any>} */ (pkg.manifest);
  extractTarball(/** @type {Buffer} */ (pkg.buf), path.join(dir, 'node_modules', m.name));
  /** @type {Set<string>} */
  const seen = new Set([m.name]);
  const queue = [...requiredDeps(m), ...extra];
  while (queue.length > 0) {
    const dep = /** @type {string} */ (queue.shift());
    if (seen.has(dep)) continue;
    seen.add(dep);
    const other = packed.get(dep);
    if (other?.buf && other.manifest) {
      extractTarball(other.buf, path.join(dir, 'node_modules', dep));
      queue.push(...requiredDeps(other.manifest));
      continue;
    }
    if (dep.startsWith('@errs/')) {
      problems.push(`depends on ${dep}, which is not packed in this run (add it to the run, or it failed to pack)`);
      continue;
    }
    let depDir;
    try {
      depDir = path.dirname(realpathSync(require.resolve(`${dep}/package.json`)));
    } catch {
      // A package whose exports hide package.json (hono): this package's own node_modules link.
      const own = path.join(here, 'node_modules', dep);
      if (!existsSync(path.join(own, 'package.json'))) {
        problems.push(`depends on ${dep}, which the workspace does not have to link offline`);
        continue;
      }
      depDir = realpathSync(own);
    }
    linkDir(depDir, path.join(dir, 'node_modules', dep));
  }
  return problems;
}

/**
 * What a consumer project declares, as the install line of the READMEs says: the package, and the
 * `@errs` packages it has as peers (a vendor's `@errs/core`, one per app), at their packed versions.
 * @param {Record<string, any>} m the manifest @param {Map<string, Pkg>} packed
 */
function consumerDependencies(m, packed) {
  const peers = Object.keys(m.peerDependencies ?? {}).filter((d) => d.startsWith('@errs/'));
  return Object.fromEntries([[m.name, m.version], ...peers.map((d) => [d, packed.get(d)?.manifest?.version ?? m.peerDependencies[d]])]);
}

/** @param {Pkg} pkg */
function consumerFiles(pkg) {
  const m = /** @type {Record<string, any>} */ (pkg.manifest);
  const short = m.name.replace(/^@errs\//, '');
  return { short, files: m.name === '@errs/core' ? coreConsumer() : vendorConsumer(m.name, short) };
}

/**
 * The runtime consumers: one project per package (only it and its dependencies installed), run as
 * ESM and as CJS.
 * @param {Pkg} pkg @param {Map<string, Pkg>} packed @param {string} root
 */
async function checkConsumers(pkg, packed, root) {
  const m = /** @type {Record<string, any>} */ (pkg.manifest);
  const { short, files } = consumerFiles(pkg);
  const dir = path.join(root, short);
  mkdirSync(dir, { recursive: true });
  const problems = install(pkg, packed, dir, testingPeers(m));
  if (problems.length > 0) {
    record(pkg, 'install', false, problems);
    return;
  }
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: `consumer-of-${short}`, private: true, dependencies: consumerDependencies(m, packed) }, null, 2)}\n`,
  );
  writeFileSync(path.join(dir, 'esm.mjs'), files['esm.mjs']);
  writeFileSync(path.join(dir, 'cjs.cjs'), files['cjs.cjs']);
  const [esm, cjs] = await Promise.all([
    run(process.execPath, ['esm.mjs'], { cwd: dir }),
    run(process.execPath, ['cjs.cjs'], { cwd: dir }),
  ]);
  record(pkg, 'esm', esm.code === 0, esm.code === 0 ? [] : [tail(esm.err + esm.out)]);
  record(pkg, 'cjs', cjs.code === 0, cjs.code === 0 ? [] : [tail(cjs.err + cjs.out)]);
}

/**
 * The TypeScript consumer: one project for all packages (so zod's declarations are checked once,
 * not six times), a <pkg>.mts and a <pkg>.cts file each, `module: node16`, skipLibCheck off.
 * Diagnostics go to the package whose file or dist/ they are in; any other one fails them all.
 * @param {Pkg[]} pkgs @param {Map<string, Pkg>} packed @param {string} root
 */
async function checkTypes(pkgs, packed, root) {
  const ready = pkgs.filter((p) => p.buf && p.manifest);
  if (ready.length === 0) return;
  const tsc = tscPath();
  if (!tsc) {
    for (const pkg of ready) record(pkg, 'ts', false, ['typescript is not resolvable from tooling/publish-check']);
    return;
  }
  const dir = path.join(root, 'typescript');
  mkdirSync(dir, { recursive: true });
  /** @type {Map<string, Pkg>} */
  const byShort = new Map();
  /** @type {string[]} */
  const files = [];
  for (const pkg of ready) {
    const problems = install(pkg, packed, dir, testingPeers(/** @type {Record<string, any>} */ (pkg.manifest)));
    if (problems.length > 0) {
      record(pkg, 'ts', false, problems);
      continue;
    }
    const { short, files: sources } = consumerFiles(pkg);
    byShort.set(short, pkg);
    writeFileSync(path.join(dir, `${short}.mts`), sources['types.mts']);
    writeFileSync(path.join(dir, `${short}.cts`), sources['types.cts']);
    files.push(`${short}.mts`, `${short}.cts`);
  }
  if (files.length === 0) return;
  writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify({ ...tsconfig, files }, null, 2)}\n`);
  const res = await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: dir });

  /** @type {Map<Pkg | null, string[]>} */
  const found = new Map();
  /** @type {string[] | undefined} */
  let current;
  for (const line of (res.out + res.err).split('\n')) {
    if (line.trim() === '') continue;
    const diag = /^(.+?)\(\d+,\d+\): (error|warning)/.exec(line);
    if (diag || !current) {
      const file = diag ? diag[1].replaceAll('\\', '/') : '';
      const own = /^([\w-]+)\.[mc]ts$/.exec(file)?.[1] ?? /node_modules\/@errs\/([\w-]+)\//.exec(file)?.[1];
      const pkg = (own && byShort.get(own)) || null;
      current = found.get(pkg) ?? [];
      found.set(pkg, current);
    }
    current.push(line);
  }
  const shared = found.get(null) ?? [];
  if (res.code !== 0 && found.size === 0) shared.push(`tsc exit ${res.code}`);
  for (const pkg of byShort.values()) {
    const own = found.get(pkg) ?? [];
    const lines = [...own, ...shared];
    record(pkg, 'ts', lines.length === 0, lines.length === 0 ? [] : [tail(lines.join('\n'), 40)], 'node16 mts+cts');
  }
}

/**
 * The error handlers' and tools' subpaths of @errs/core, type-checked as a user of each framework
 * (and of @opentelemetry/api) has them:
 * the framework (its types) and @types/node installed, `module: node16`, skipLibCheck off, from a
 * .mts and a .cts file.
 * @param {Pkg} pkg @param {Map<string, Pkg>} packed @param {string} root
 */
async function checkServerTypes(pkg, packed, root) {
  const tsc = tscPath();
  if (!tsc) {
    record(pkg, 'servers', false, ['typescript is not resolvable from tooling/publish-check']);
    return;
  }
  const dir = path.join(root, 'typescript-servers');
  mkdirSync(dir, { recursive: true });
  const problems = install(pkg, packed, dir, ['@types/express', 'fastify', 'hono', '@types/node', '@opentelemetry/api']);
  if (problems.length > 0) {
    record(pkg, 'servers', false, problems);
    return;
  }
  const source = serversTypes();
  writeFileSync(path.join(dir, 'servers.mts'), source);
  writeFileSync(path.join(dir, 'servers.cts'), source);
  const files = ['servers.mts', 'servers.cts'];
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    `${JSON.stringify({ ...tsconfig, compilerOptions: { ...tsconfig.compilerOptions, types: ['node'] }, files }, null, 2)}\n`,
  );
  const res = await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: dir });
  const out = (res.out + res.err).trim();
  record(pkg, 'servers', res.code === 0 && out === '', res.code === 0 && out === '' ? [] : [tail(out || `tsc exit ${res.code}`, 40)], 'express+fastify+hono+otel+sentry node16');
}

/** @type {string | null | undefined} */
let tscCache;
function tscPath() {
  if (tscCache !== undefined) return tscCache;
  try {
    tscCache = path.join(path.dirname(require.resolve('typescript/package.json')), 'lib', 'tsc.js');
  } catch {
    tscCache = null;
  }
  return tscCache;
}

// ---------------------------------------------------------------------------------------------
// Main.

const root = mkdtempSync(path.join(os.tmpdir(), 'errs-publish-check-'));
const tarballs = path.join(root, 'tarballs');
const consumers = path.join(root, 'consumers');
mkdirSync(tarballs);
mkdirSync(consumers);

/** @type {Pkg[]} */
const pkgs = names.map((name) => ({
  name,
  dir: realpathSync(path.join(here, 'node_modules', name)),
  steps: [],
  problems: [],
}));
/** @type {Map<string, Pkg>} */
const packed = new Map(pkgs.map((p) => [p.name, p]));
// Packages this run depends on but does not check (e.g. `check.mjs omnia` still needs core's tarball).
for (const name of all) {
  if (packed.has(name)) continue;
  const extra = { name, dir: realpathSync(path.join(here, 'node_modules', name)), steps: [], problems: [] };
  const needed = pkgs.some((p) => {
    const m = JSON.parse(readFileSync(path.join(p.dir, 'package.json'), 'utf8'));
    return name in { ...m.dependencies, ...m.peerDependencies };
  });
  if (needed) packed.set(name, extra);
}

let exitCode = 0;
try {
  await Promise.all([...packed.values()].map((p) => pack(p, tarballs)));

  for (const pkg of pkgs) if (pkg.buf && pkg.manifest) checkManifest(pkg, packed);
  // Started first: the one TypeScript program is the longest job.
  const types = checkTypes(pkgs, packed, consumers).catch((e) => {
    for (const pkg of pkgs) record(pkg, 'ts', false, [String(e?.stack ?? e)]);
  });

  /** @param {Pkg} pkg */
  const check = async (pkg) => {
    if (pkg.buf && pkg.manifest) {
      await Promise.all([
        checkPublint(pkg).catch((e) => record(pkg, 'publint', false, [String(e?.stack ?? e)])),
        checkAttw(pkg),
        checkConsumers(pkg, packed, consumers).catch((e) => record(pkg, 'consumers', false, [String(e?.stack ?? e)])),
        pkg.name === '@errs/core'
          ? checkServerTypes(pkg, packed, consumers).catch((e) => record(pkg, 'servers', false, [String(e?.stack ?? e)]))
          : undefined,
        types,
      ]);
    }
    return Date.now() - started;
  };

  // Run all, print in order as each one's turn comes.
  const done = pkgs.map((p) => check(p));
  let passed = 0;
  let failed = 0;
  for (const [i, pkg] of pkgs.entries()) {
    const ms = await done[i];
    const ok = REQUIRED.every((step) => pkg.steps.some((s) => s.step === step)) && pkg.steps.every((s) => s.ok);
    if (ok) passed++;
    else failed++;
    const version = pkg.manifest?.version ? `@${pkg.manifest.version}` : '';
    const steps = [...pkg.steps]
      .sort((a, b) => STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step))
      .map((s) => `${s.step} ${s.ok ? 'ok' : 'FAIL'}${s.note ? ` (${s.note})` : ''}`)
      .join(', ');
    console.log(`${ok ? 'PASS' : 'FAIL'} ${pkg.name}${version}: ${steps}  [done at ${(ms / 1000).toFixed(1)} s]`);
    const stepOf = (/** @type {string} */ text) => STEP_ORDER.indexOf(text.slice(0, text.indexOf(':')));
    const problems = [...pkg.problems].sort((a, b) => stepOf(a) - stepOf(b));
    for (const problem of problems) console.log(problem.replace(/^/gm, '    '));
  }
  const ignored = [
    ...Object.entries(PUBLINT_ALLOWED).map(([k, v]) => `publint ${k}: ${v}`),
    ...Object.entries(ATTW_IGNORED).map(([k, v]) => `attw ${k}: ${v}`),
  ];
  for (const line of ignored) console.log(`ignored ${line}`);
  if (keep) console.log(`kept ${root}`);
  console.log(`checked ${pkgs.length} package(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  exitCode = failed > 0 ? 1 : 0;
} finally {
  if (!keep) rmSync(root, { recursive: true, force: true });
}
process.exitCode = exitCode;
