#!/usr/bin/env node
// `pnpm mutation [package] [options]` at the root, or `errs-mutation [options]` in a package: Stryker
// over one package (core by default) with the whole suite, incremental from the committed report;
// prints the per-file table, writes it into TESTING.md, and fails when a file is under its floor.
//   --force      every mutant again, not only those a change touched
//   --fast       code that runs at module load judged only by the tests that reach it at run time,
//                and code that runs only then left out (ignoreStatic): a quick first pass, which a
//                run without --fast completes (it tests the mutants --fast left out)
//   --check      what CI runs: incremental, honest, and no document written
//   --concurrency N  Stryker's processes (checkers and test runners), 2 by default
//   --minutes N  stop after N minutes, keeping what was tested (a full run of core is longer than a
//                working session on two cores); the next run goes on from there
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './vitest.js';
import { CHECK_BUDGET } from './budget.js';
import { leftSoFar, reportSoFar } from './checkpoint.js';
import { keep, withoutUnjudged } from './incremental.js';
import { disabled, scores, shortfalls, table } from './score.js';

/**
 * The floors: every file at 80 % or more, the package at 90 % or more, unless the package's
 * `mutation-floors.json` says otherwise (a file's own floor, for one not there yet: what it has
 * now, so that a change cannot lower it).
 */
const DEFAULT_FLOORS = { file: 80, total: 90 };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    force: { type: 'boolean', default: false },
    fast: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    concurrency: { type: 'string' },
    minutes: { type: 'string' },
  },
});
const root = repoRoot(process.cwd());
const here = JSON.parse(readFileSync('package.json', 'utf8')).name;
const name = positionals[0] ?? (here.startsWith('@errs/') ? here.slice('@errs/'.length) : 'core');
const dir = join(root, 'packages', name);

const reportFile = join(dir, 'reports/mutation/mutation.json');
process.env.ERRS_MUTATION_PACKAGE = name;
if (values.check) {
  process.env.ERRS_MUTATION_BUDGET = String(CHECK_BUDGET);
  // The committed results were measured with the whole suite: without the vendor docs the
  // conformance tests skip, and every mutant only they killed would be tested again.
  const docs = process.env.ERRS_VENDOR_DOCS ?? join(root, '../shared/vendor-docs');
  if (!existsSync(docs)) {
    console.log(`@errs/${name}: mutation check skipped: no vendor docs at ${docs}, and the committed results count the conformance tests (put them at ../shared/vendor-docs beside the clone, or set ERRS_VENDOR_DOCS)`);
    process.exit(0);
  }
  if (!existsSync(join(dir, 'stryker-incremental.json'))) {
    console.error(`@errs/${name}: no stryker-incremental.json: run \`pnpm mutation ${name}\` and commit the file it writes, so that CI re-tests only what a change touches`);
    process.exit(1);
  }
}
process.chdir(dir);
/** @type {Record<string, unknown>} */
const options = { configFile: 'stryker.config.mjs', incremental: true, force: values.force, ignoreStatic: values.fast };
if (values.concurrency !== undefined) options.concurrency = Number(values.concurrency);
// Module-load code is judged only in a fresh module graph (see vitest.js): each test file imports
// its modules again, in a test runner started for the mutant (the vitest runner keeps modules it
// loaded across runs, so a module-load mutant switched on in a reused runner is never evaluated).
if (!values.fast) {
  process.env.ERRS_MUTATION_ISOLATE = '1';
  options.maxTestRunnerReuse = 1;
}
const { Stryker } = await import('@stryker-mutator/core');
if (values.minutes !== undefined && !values.check) {
  // Cut: Stryker writes its reports from what it tested so far, then the run ends here.
  setTimeout(() => {
    reportSoFar()
      .then((count) => finish(`The run was cut after ${values.minutes} minutes: ${count} mutants are judged, ${leftSoFar()} are left to the next run (\`pnpm mutation ${name}${values.fast ? ' --fast' : ''}\` goes on from here).`))
      .catch((error) => {
        console.error(error);
        process.exit(1);
      });
  }, Number(values.minutes) * 60_000).unref();
}
await new Stryker(options).runMutationTest();
finish(undefined);

/**
 * The table, TESTING.md and the floors, from the report Stryker wrote; a cut run's report is part of
 * the package's, so it is written and kept without being held to the floors.
 * @param {string | undefined} cut what a cut run says of itself
 */
function finish(cut) {
  // After --fast, a static survivor is no verdict (see incremental.js): neither counted nor kept.
  const written = JSON.parse(readFileSync(reportFile, 'utf8'));
  const report = values.fast ? withoutUnjudged(written) : written;
  if (!values.check) keep(join(dir, 'stryker-incremental.json'), { fast: values.fast });
  const result = scores(report);
  const off = disabled(report);
  const markdown = `${cut === undefined ? '' : `${cut}\n\n`}${table(result)}\n\n${off.length === 0 ? 'No mutant is disabled.' : `Disabled where they stand, each an equivalent mutant:\n\n${off.join('\n')}`}`;
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
  if (cut !== undefined) process.exit(0);

  const floorsFile = join(dir, 'mutation-floors.json');
  const floors = existsSync(floorsFile) ? { ...DEFAULT_FLOORS, ...JSON.parse(readFileSync(floorsFile, 'utf8')) } : DEFAULT_FLOORS;
  const short = shortfalls(result, floors);
  if (short.length > 0) {
    console.error(`\n@errs/${name} falls short of its mutation floors:\n${short.map((s) => `- ${s}`).join('\n')}\nSee TESTING.md: kill the survivors with tests, or disable an equivalent mutant where it stands, with its reason.`);
    process.exit(1);
  }
}
