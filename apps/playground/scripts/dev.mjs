#!/usr/bin/env node
// `pnpm dev` from the repository root: builds the packages the playground imports (their logs kept
// out of sight unless the build fails), then starts Vite and the mock vendor server. The page's URL
// is the last line printed; Ctrl-C ends both quietly.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(app, '../..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

let child;
let stopping = false;
// The terminal sends SIGINT to every process of the group; vite stops on it, and so do we, at 0.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    if (!child) process.exit(0);
  });
}

function run(command, args, options) {
  return new Promise((done) => {
    child = spawn(command, args, options);
    const out = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    child.on('close', (code, signal) => {
      child = undefined;
      done({ code: code ?? (signal ? 0 : 1), output: Buffer.concat(out).toString() });
    });
  });
}

process.stdout.write('errs: building the packages…\n');
const build = await run(bin('turbo'), ['run', 'build', '--filter=@errs/playground^...', '--output-logs=errors-only'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, TURBO_NO_UPDATE_NOTIFIER: '1', TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '1' },
});
if (stopping) process.exit(0);
if (build.code !== 0) {
  process.stderr.write(build.output);
  process.stderr.write(`errs: the build failed (exit ${build.code}); its output is above.\n`);
  process.exit(build.code);
}
// Vite says only warnings; the config's plugin prints the mock server's and the page's URLs, the page last.
const vite = await run(resolve(app, 'node_modules/.bin/vite'), ['--logLevel', 'warn', '--clearScreen', 'false'], {
  cwd: app,
  stdio: 'inherit',
  env: { ...process.env, ERRS_DEV_ANNOUNCE: '1' },
});
process.exit(stopping ? 0 : vite.code);
