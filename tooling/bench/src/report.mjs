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
line(`ops/s (mean), and in parentheses the time as a multiple of \`JSON.parse\` alone of the same text; `
  + `"net" subtracts the measurement floor (${floorNs.toFixed(0)} ns per call, an empty bench). `
  + 'For platform, the last column is errs\' time over `errorFrom(JSON.parse(text))` of @botpress/client (below 1: errs is faster).');
line();
line('| vendor | body | bytes | JSON.parse | + hand check | + envelope.read | catalog.parse | catalog.safeParse | parse net × JSON.parse | errorFrom (@botpress/client) | parse × errorFrom |');
line('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
const { bodies } = await loadBodies().catch(() => ({})); // byte sizes only: the tables do without
for (const [name, benches] of groups) {
  const m = /^parse (\w+) (\w+)$/.exec(name);
  if (!m || name === 'parse floor') continue;
  const [, vendor, kind] = m;
  const base = benches.get('JSON.parse');
  const cell = (n) => {
    const b = benches.get(n);
    return b ? `${ops(b)} (${x(b.mean / base.mean)})` : '';
  };
  const parse = benches.get('catalog.parse');
  const ef = benches.get('errorFrom (@botpress/client)');
  const bytes = bodies?.[vendor]?.find((b) => b.kind === kind)?.text.length ?? '';
  line(`| ${vendor} | ${kind} | ${bytes} | ${ops(base)} | ${cell('JSON.parse + check')} | ${cell('JSON.parse + envelope.read') || '-'} | ${cell('catalog.parse')} | ${cell('catalog.safeParse')} | ${x(net(parse, base))} | ${ef ? cell('errorFrom (@botpress/client)') : '-'} | ${ef ? x(parse.mean / ef.mean) : '-'} |`);
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
