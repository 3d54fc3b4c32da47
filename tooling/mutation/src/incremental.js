// What a run leaves for the next one: Stryker's incremental report, kept without the verdicts it
// could not give, and compact (it holds every mutant's covering tests: megabytes when indented).
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The report without the mutants a `--fast` run could not judge: a mutant in code that runs at
 * module load (`static`), switched on in a test runner that had loaded its module already, is
 * never evaluated, so "survived" says nothing of it. Dropped, it is tested again by the next run,
 * and a run without `--fast` judges it in a fresh runner. A kill stays: a test failed with it on.
 * @template {{ files: Record<string, { mutants: { status: string, static?: boolean }[] }> }} R
 * @param {R} report
 * @returns {R}
 */
export function withoutUnjudged(report) {
  const files = Object.fromEntries(
    Object.entries(report.files).map(([name, file]) => [name, { ...file, mutants: file.mutants.filter((m) => !(m.static === true && m.status === 'Survived')) }]),
  );
  return { ...report, files };
}

/**
 * Rewrites a report file compact, and without the unjudged mutants after a `--fast` run.
 * @param {string} path
 * @param {{ fast: boolean }} options
 */
export function keep(path, { fast }) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  writeFileSync(path, JSON.stringify(fast ? withoutUnjudged(report) : report));
}
