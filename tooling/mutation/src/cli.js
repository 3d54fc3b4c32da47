#!/usr/bin/env node
// `pnpm mutation [package] [options]` at the root, or `errs-mutation [options]` in a package: Stryker
// over one package (core by default) with the whole suite, incremental from the committed report;
// prints the per-file table, writes it into TESTING.md, and fails when a file is under its floor.
//   --force      every mutant again, not only those a change touched
//   --fast       code that runs at module load judged by the tests that cover it at run time only
//                (ignoreStatic): a quick first pass, to be followed by --survivors
//   --survivors  only the mutants the last report left alive, again, module-load code honestly
//   --check      what CI runs: incremental, honest, and no document written
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './vitest.js';
import { aliveRanges, scores, shortfalls, table } from './score.js';

/** The floors of issue 31: every file at 80 % or more, the package at 90 % or more. */
export const FLOORS = { file: 80, total: 90 };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    force: { type: 'boolean', default: false },
    fast: { type: 'boolean', default: false },
    survivors: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});
const root = repoRoot(process.cwd());
const here = JSON.parse(readFileSync('package.json', 'utf8')).name;
const name = positionals[0] ?? (here.startsWith('@errs/') ? here.slice('@errs/'.length) : 'core');
const dir = join(root, 'packages', name);

const reportFile = join(dir, 'reports/mutation/mutation.json');
process.chdir(dir);
/** @type {Record<string, unknown>} */
const options = { configFile: 'stryker.config.mjs', incremental: true, force: values.force, ignoreStatic: values.fast };
if (values.survivors) {
  // Only these mutants are instrumented; the incremental report keeps every other result as it was.
  const alive = aliveRanges(JSON.parse(readFileSync(reportFile, 'utf8')));
  console.log(`re-running ${alive.length} mutants the last report left alive`);
  if (alive.length > 0) Object.assign(options, { mutate: alive, force: true });
}
const { Stryker } = await import('@stryker-mutator/core');
if (!values.survivors || Array.isArray(options.mutate)) await new Stryker(options).runMutationTest();

const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const result = scores(report);
const markdown = table(result);
console.log(`\n@errs/${name}: mutation score ${result.total.score}%\n\n${markdown}\n`);

if (!values.check) {
  const doc = join(root, 'TESTING.md');
  const start = `<!-- mutation:${name}:start -->`;
  const end = `<!-- mutation:${name}:end -->`;
  const text = readFileSync(doc, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) {
    console.log(`TESTING.md has no ${start} ... ${end} section: the table above is not written there.`);
  } else {
    writeFileSync(doc, `${text.slice(0, from + start.length)}\n${markdown}\n${text.slice(to)}`);
  }
}

const short = shortfalls(result, FLOORS);
if (short.length > 0) {
  console.error(`\n@errs/${name} falls short of its mutation floors:\n${short.map((s) => `- ${s}`).join('\n')}\nSee TESTING.md: kill the survivors with tests, or disable an equivalent mutant where it stands, with its reason.`);
  process.exit(1);
}
