#!/usr/bin/env node
// Markdown tables from vitest bench's --outputJson: ops/s of every bench and its ratio to the
// baselines measured in the same run. Usage: node src/report.mjs results/bench.json
// Writes the tables to stdout and to results/bench.md. Ratios are times (mean of the call / mean of
// the baseline): 1.50x = costs 1.5 times JSON.parse alone; below 1 = faster than the baseline.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadBodies } from './load-bodies.mjs';

const file = process.argv[2] ?? 'results/bench.json';
const report = JSON.parse(readFileSync(file, 'utf8'));

/** group name ("parse connect simple") -> bench name -> result */
const groups = new Map();
for (const f of report.files) {
  for (const g of f.groups) {
    const name = g.fullName.split(' > ').at(-1);
    groups.set(name, new Map(g.benchmarks.map((b) => [b.name, b])));
  }
}

const ops = (b) => {
  const hz = b.hz;
  if (hz >= 1e6) return `${(hz / 1e6).toFixed(2)} M`;
  if (hz >= 1e3) return `${(hz / 1e3).toFixed(0)} k`;
  return hz.toFixed(0);
};
const x = (r) => `${r.toFixed(2)}x`;
const ns = (b) => b.mean * 1e6; // mean is in ms

const floor = groups.get('parse floor')?.get('noop');
const floorNs = floor ? ns(floor) : 0;
const net = (b, base) => Math.max(ns(b) - floorNs, 0) / Math.max(ns(base) - floorNs, 1e-9);

const out = [];
const line = (s = '') => out.push(s);

// Parse
line('### Parse (JSON text to a finished ErrsError)');
line();
line('Time per call as a multiple of a baseline of the same run and body. Default mode (errors with a '
  + 'stack) against `JSON.parse` + `new Error()` (the floor of any parser that returns a real error) and '
  + 'against `errorFrom(JSON.parse(text))` of @botpress/client (below 1: errs is faster); `{ stack: false }` '
  + `against \`JSON.parse\` alone. "net" subtracts the measurement floor (${floorNs.toFixed(0)} ns per call, an empty bench). `
  + 'Targets: default ≤ 1.25x its floor and < 1x errorFrom; stack:false ≤ 1.5x JSON.parse.');
line();
line('| vendor | body | bytes | JSON.parse | JSON.parse + new Error() | catalog.parse | × floor (net) | errorFrom | × errorFrom | parse stack:false | × JSON.parse (net) | safeParse |');
line('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
const { bodies } = await loadBodies().catch(() => ({})); // byte sizes only: the tables do without
for (const [name, benches] of groups) {
  const m = /^parse (\w+) (\w+)$/.exec(name);
  if (!m || name === 'parse floor') continue;
  const [, vendor, kind] = m;
  const get = (n) => benches.get(n);
  const base = get('JSON.parse');
  const floorErr = get('JSON.parse + new Error()');
  const parse = get('catalog.parse');
  const light = get('catalog.parse stack:false');
  const ef = get('errorFrom (@botpress/client)');
  const bytes = bodies?.[vendor]?.find((b) => b.kind === kind)?.text.length ?? '';
  const cmp = (a, b) => (a && b ? `${x(a.mean / b.mean)} (${x(net(a, b))})` : '-');
  line(`| ${vendor} | ${kind} | ${bytes} | ${ops(base)} | ${floorErr ? ops(floorErr) : '-'} | ${ops(parse)} | ${cmp(parse, floorErr)} | ${ef ? ops(ef) : '-'} | ${ef ? x(parse.mean / ef.mean) : '-'} | ${light ? ops(light) : '-'} | ${cmp(light, base)} | ${ops(get('catalog.safeParse'))} |`);
}
line();

// fromResponse
line('### fromResponse (web Response to ErrsError) vs `await response.json()`');
line();
line('Both build their `Response` inside the measured function.');
line();
line('| vendor | body | response.json() | catalog.fromResponse | × response.json() |');
line('|---|---|--:|--:|--:|');
for (const [name, benches] of groups) {
  const m = /^response (\w+) (\w+)$/.exec(name);
  if (!m) continue;
  const base = benches.get('response.json()');
  const b = benches.get('catalog.fromResponse');
  line(`| ${m[1]} | ${m[2]} | ${ops(base)} | ${ops(b)} | ${x(b.mean / base.mean)} |`);
}
line();

// zod
line('### zod flavours: the same envelope schema + safeParse');
line();
line('| body | JSON.parse | zod classic | zod/mini | zod/v4/core |');
line('|---|--:|--:|--:|--:|');
for (const [name, benches] of groups) {
  const m = /^zod (\w+) (\w+)$/.exec(name);
  if (!m) continue;
  const base = benches.get('JSON.parse');
  const cell = (n) => `${ops(benches.get(n))} (${x(benches.get(n).mean / base.mean)})`;
  line(`| ${m[1]} ${m[2]} | ${ops(base)} | ${cell('zod classic')} | ${cell('zod/mini')} | ${cell('zod/v4/core')} |`);
}
line();

const text = out.join('\n');
console.log(text);
writeFileSync(join(dirname(file), 'bench.md'), text + '\n');
