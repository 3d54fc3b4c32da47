#!/usr/bin/env node
// Steady-state cost of catalog.parse on every body, against the baselines of issue 15's targets,
// timed in alternation (to compare two builds, run it in a git worktree of the older one, then here).
// Each body gets a fresh process, so that one body's JIT state cannot shape another's. In it, every
// measured call is timed in rounds that alternate between the calls (a load that comes and goes
// on a shared machine hits them all alike), and the fastest round of each is kept, the one least
// disturbed. The calls are made from a stack 12 frames deep, as in an application: every stack
// captured walks the same 10 frames of Error.stackTraceLimit, as in vitest bench. Prints ns per
// call and the ratios; asserts nothing.
//   node src/steady.mjs            every body
//   node src/steady.mjs omnia      one vendor's
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { errorFrom } from '@botpress/client';
import { loadBodies } from './load-bodies.mjs';

const [mode, vendor, kind] = process.argv.slice(2);
const ROUNDS = 15;
const CALLS = 4000;

export let sink;

/** `fn` called from `depth` frames further down the stack. */
function deep(depth, fn) {
  return depth === 0 ? fn() : deep(depth - 1, fn);
}

/** ns per call of each function: the fastest of ROUNDS rounds, the functions alternating. */
function fastest(fns) {
  const best = fns.map(() => Infinity);
  const round = (fn) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < CALLS; i++) fn();
    return Number(process.hrtime.bigint() - start) / CALLS;
  };
  for (const fn of fns) round(fn); // warm up: every function optimised before the first round counts
  for (let r = 0; r < ROUNDS; r++) fns.forEach((fn, i) => (best[i] = Math.min(best[i], round(fn))));
  return best;
}

const { bodies, nativeAtCaller } = await loadBodies();

if (mode === '--one') {
  const { catalog } = await import(`@errs/${vendor}`);
  const { text, status } = bodies[vendor].find((b) => b.kind === kind);
  const init = { status };
  const light = { status, stack: false };
  const calls = {
    json: () => (sink = JSON.parse(text)),
    floor: () => (sink = new Error('error', { cause: JSON.parse(text) })),
    native: () => (sink = nativeAtCaller(text)),
    parse: () => {
      try {
        sink = catalog.parse(text, init);
      } catch (error) {
        sink = error; // a foreign body: ErrsParseError
      }
    },
    light: () => {
      try {
        sink = catalog.parse(text, light);
      } catch (error) {
        sink = error;
      }
    },
    errorFrom: () => (sink = errorFrom(JSON.parse(text))),
  };
  const ns = deep(12, () => fastest(Object.values(calls)));
  console.log(JSON.stringify(Object.fromEntries(Object.keys(calls).map((name, i) => [name, ns[i]]))));
} else {
  const x = (r) => `${r.toFixed(2)}x`;
  const rows = [];
  console.log('| vendor | body | JSON.parse | + new Error() | + native error at the caller | catalog.parse | × floor | × native at caller | errorFrom | × errorFrom | stack:false | × JSON.parse |');
  console.log('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const v of Object.keys(bodies).filter((v) => mode === undefined || v === mode)) {
    for (const body of bodies[v]) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', v, body.kind], { encoding: 'utf8' });
      const r = JSON.parse(out);
      const row = { floor: r.parse / r.floor, native: r.parse / r.native, errorFrom: r.parse / r.errorFrom, light: r.light / r.json };
      rows.push(row);
      const n = (t) => `${t.toFixed(0)} ns`;
      console.log(`| ${v} | ${body.kind} | ${n(r.json)} | ${n(r.floor)} | ${n(r.native)} | ${n(r.parse)} | ${x(row.floor)} | ${x(row.native)} | ${n(r.errorFrom)} | ${x(row.errorFrom)} | ${n(r.light)} | ${x(row.light)} |`);
    }
  }
  const summary = (name, key, limit) => {
    const values = rows.map((row) => row[key]);
    const met = values.filter((value) => value <= limit).length;
    console.log(`- ${name}: ${x(Math.min(...values))}-${x(Math.max(...values))}, within ${x(limit)} on ${met} of ${values.length} bodies`);
  };
  console.log();
  summary('default × JSON.parse + new Error() (target 1.25x)', 'floor', 1.25);
  summary('default × errorFrom (target below 1x)', 'errorFrom', 1);
  summary('stack:false × JSON.parse (target 1.5x)', 'light', 1.5);
  summary('default × native error at the caller', 'native', 1.25);
}
