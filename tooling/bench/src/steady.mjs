#!/usr/bin/env node
// Steady-state parse cost of each valid body, for comparing two builds (run it in a git worktree of
// an older commit, then here). Each body gets a fresh process, so one body's JIT state cannot shape
// another's; in it, JSON.parse alone and catalog.parse of the same text are timed in alternation,
// 5 rounds of 10^6 calls each, and the fastest round of each is kept (the least disturbed by the
// shared machine). Prints ns per call and the ratio; asserts nothing.
//   node src/steady.mjs            all valid bodies
//   node src/steady.mjs omnia      one vendor's
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadBodies } from './load-bodies.mjs';

const [mode, vendor, kind] = process.argv.slice(2);

function fastest(fn, calls = 1e6, rounds = 5) {
  for (let i = 0; i < calls / 10; i++) fn();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / calls);
  }
  return best;
}

export let sink;
const { bodies } = await loadBodies();

if (mode === '--one') {
  const { catalog } = await import(`@errs/${vendor}`);
  const { text, status } = bodies[vendor].find((b) => b.kind === kind);
  const init = { status };
  const floor = fastest(() => (sink = JSON.parse(text)));
  const parse = fastest(() => (sink = catalog.parse(text, init)));
  console.log(JSON.stringify({ vendor, kind, floor, parse }));
} else {
  console.log('| vendor | body | JSON.parse (ns) | catalog.parse (ns) | × JSON.parse |');
  console.log('|---|---|--:|--:|--:|');
  for (const v of Object.keys(bodies).filter((v) => mode === undefined || v === mode)) {
    for (const body of bodies[v].filter((b) => b.valid)) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', v, body.kind], { encoding: 'utf8' });
      const r = JSON.parse(out);
      console.log(`| ${v} | ${body.kind} | ${r.floor.toFixed(0)} | ${r.parse.toFixed(0)} | ${(r.parse / r.floor).toFixed(2)}x |`);
    }
  }
}
