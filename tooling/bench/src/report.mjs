#!/usr/bin/env node
// Markdown tables from vitest bench's --outputJson: ops/s of every bench and its ratio to the
// baselines measured in the same run. Usage: node src/report.mjs results/bench.json [more.json ...]
// Writes the tables to stdout and to results/bench.md (next to the first file). Ratios are times
// (mean of the call / mean of the baseline): 1.50x = costs 1.5 times JSON.parse alone; below 1 =
// faster than the baseline. Given several runs (of the same benches), every figure is the median
// over the runs, a ratio the median of each run's own ratio: one disturbed run moves nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadBodies } from './load-bodies.mjs';

const files = process.argv.slice(2);
if (files.length === 0) files.push('results/bench.json');

/** Per run: group name ("parse connect simple") -> bench name -> result. */
const runs = files.map((file) => {
  const groups = new Map();
  for (const f of JSON.parse(readFileSync(file, 'utf8')).files) {
    for (const g of f.groups) groups.set(g.fullName.split(' > ').at(-1), new Map(g.benchmarks.map((b) => [b.name, b])));
  }
  return groups;
});
const groups = runs[0];

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ns = (b) => b.mean * 1e6; // mean is in ms
const emptyNs = (run) => {
  const noop = run.get('parse floor')?.get('noop');
  return noop ? ns(noop) : 0;
};

/** The median over the runs of `f(get, run)`, where `get(name)` is that run's bench of the group. */
const over = (group, f) =>
  median(
    runs.map((run) => {
      const benches = run.get(group);
      if (!benches) return NaN;
      const get = (name) => benches.get(name);
      return f(get, run);
    }),
  );
const hz = (group, name) => over(group, (get) => get(name)?.hz ?? NaN);
/** Time of `a` over time of `b`, and the same less the measurement floor of the run ("net"). */
const ratio = (group, a, b) => over(group, (get) => (get(a) && get(b) ? get(a).mean / get(b).mean : NaN));
const netRatio = (group, a, b) =>
  over(group, (get, run) => {
    if (!get(a) || !get(b)) return NaN;
    const empty = emptyNs(run);
    return Math.max(ns(get(a)) - empty, 0) / Math.max(ns(get(b)) - empty, 1e-9);
  });

const ops = (value) => {
  if (!Number.isFinite(value)) return '-';
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(0)} k`;
  return value.toFixed(0);
};
const x = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}x` : '-');

const out = [];
const line = (s = '') => out.push(s);
const runsNote = runs.length > 1 ? ` Medians of ${runs.length} runs.` : ' One run.';

// Parse
const FLOOR = 'JSON.parse + new Error()';
const NATIVE = 'JSON.parse + native error at the caller';
const PARSE = 'catalog.parse';
const LIGHT = 'catalog.parse stack:false';
const ERROR_FROM = 'errorFrom (@botpress/client)';
line('### Parse (JSON text to a finished ErrsError)');
line();
line('Time per call as a multiple of a baseline of the same run and body. Default mode (errors with a '
  + 'stack) against `JSON.parse` + `new Error()` (the floor of any parser that returns a real error), against '
  + '`JSON.parse` + a native error whose stack starts at the parser\'s caller (the floor of errors of errs\'s kind: '
  + '`nativeAtCaller` in src/bodies.ts) and against `errorFrom(JSON.parse(text))` of @botpress/client (below 1: errs is faster); '
  + '`{ stack: false }` against `JSON.parse` alone, beside `JSON.parse` + the vendor\'s `envelope.read` alone (its schema check and mapping; '
  + 'for a foreign body, zod\'s run that says why it does not fit). "net" subtracts the measurement floor '
  + `(${median(runs.map(emptyNs)).toFixed(0)} ns per call, an empty bench). `
  + `Targets: default ≤ 1.25x its floor and < 1x errorFrom; stack:false ≤ 1.5x JSON.parse.${runsNote}`);
line();
line('| vendor | body | bytes | JSON.parse | JSON.parse + new Error() | + native error at the caller | catalog.parse | × floor (net) | × native at caller | errorFrom | × errorFrom | parse stack:false | × JSON.parse (net) | envelope.read alone × JSON.parse | safeParse |');
line('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
const { bodies } = await loadBodies().catch(() => ({})); // byte sizes only: the tables do without
const targets = { floor: [], errorFrom: [], light: [], native: [] };
for (const name of groups.keys()) {
  const m = /^parse (\w+) (\w+)$/.exec(name);
  if (!m || name === 'parse floor') continue;
  const [, vendor, kind] = m;
  const bytes = bodies?.[vendor]?.find((b) => b.kind === kind)?.text.length ?? '';
  const toFloor = ratio(name, PARSE, FLOOR);
  const toNative = ratio(name, PARSE, NATIVE);
  const toErrorFrom = ratio(name, PARSE, ERROR_FROM);
  const toJson = ratio(name, LIGHT, 'JSON.parse');
  targets.floor.push(toFloor);
  targets.native.push(toNative);
  targets.errorFrom.push(toErrorFrom);
  targets.light.push(toJson);
  line(`| ${vendor} | ${kind} | ${bytes} | ${ops(hz(name, 'JSON.parse'))} | ${ops(hz(name, FLOOR))} | ${ops(hz(name, NATIVE))} | ${ops(hz(name, PARSE))} `
    + `| ${x(toFloor)} (${x(netRatio(name, PARSE, FLOOR))}) | ${x(toNative)} | ${ops(hz(name, ERROR_FROM))} | ${x(toErrorFrom)} `
    + `| ${ops(hz(name, LIGHT))} | ${x(toJson)} (${x(netRatio(name, LIGHT, 'JSON.parse'))}) | ${x(ratio(name, 'JSON.parse + envelope.read', 'JSON.parse'))} | ${ops(hz(name, 'catalog.safeParse'))} |`);
}
line();
const summary = (what, values, limit) => {
  const known = values.filter((v) => Number.isFinite(v));
  if (known.length === 0) return;
  const met = known.filter((v) => v <= limit).length;
  line(`- ${what}: ${x(Math.min(...known))}-${x(Math.max(...known))}, within ${x(limit)} on ${met} of ${known.length} bodies`);
};
summary('default × `JSON.parse` + `new Error()` (target 1.25x)', targets.floor, 1.25);
summary('default × `errorFrom` (target: below 1x)', targets.errorFrom, 1);
summary('`{ stack: false }` × `JSON.parse` (target 1.5x)', targets.light, 1.5);
summary('default × native error at the caller (no target: what errs adds to the floor of its kind of error)', targets.native, 1.25);
line();

// fromResponse
line('### fromResponse (web Response to ErrsError) vs `await response.json()`');
line();
line('Both build their `Response` inside the measured function.');
line();
line('| vendor | body | response.json() | catalog.fromResponse | × response.json() |');
line('|---|---|--:|--:|--:|');
for (const name of groups.keys()) {
  const m = /^response (\w+) (\w+)$/.exec(name);
  if (!m) continue;
  line(`| ${m[1]} | ${m[2]} | ${ops(hz(name, 'response.json()'))} | ${ops(hz(name, 'catalog.fromResponse'))} | ${x(ratio(name, 'catalog.fromResponse', 'response.json()'))} |`);
}
line();

// zod
line('### zod flavours: the same envelope schema + safeParse');
line();
line('| body | JSON.parse | zod classic | zod/mini | zod/v4/core |');
line('|---|--:|--:|--:|--:|');
for (const name of groups.keys()) {
  const m = /^zod (\w+) (\w+)$/.exec(name);
  if (!m) continue;
  const cell = (n) => `${ops(hz(name, n))} (${x(ratio(name, n, 'JSON.parse'))})`;
  line(`| ${m[1]} ${m[2]} | ${ops(hz(name, 'JSON.parse'))} | ${cell('zod classic')} | ${cell('zod/mini')} | ${cell('zod/v4/core')} |`);
}
line();

const text = out.join('\n');
console.log(text);
writeFileSync(join(dirname(files[0]), 'bench.md'), text + '\n');
