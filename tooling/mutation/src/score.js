// Scores from Stryker's JSON report (mutation-testing-report-schema): per file and in total.

/** Statuses that count: a timeout is a kill (the mutant hung a test); compile errors and ignored ones are not mutants the tests face. */
const DETECTED = new Set(['Killed', 'Timeout']);

/**
 * @typedef {{ file: string, detected: number, survived: number, noCoverage: number, invalid: number, ignored: number, score: number }} FileScore
 */

/**
 * Each mutated file's score (detected / (detected + undetected), in percent; 100 for a file with no
 * valid mutant) and the total over all files.
 * @param {{ files: Record<string, { mutants: { status: string }[] }> }} report
 * @returns {{ files: FileScore[], total: FileScore }}
 */
export function scores(report) {
  const files = Object.entries(report.files)
    .map(([file, { mutants }]) => tally(file, mutants.map((m) => m.status)))
    .sort((a, b) => a.file.localeCompare(b.file));
  const total = tally('total', Object.values(report.files).flatMap(({ mutants }) => mutants.map((m) => m.status)));
  return { files, total };
}

/**
 * @param {string} file
 * @param {string[]} statuses
 * @returns {FileScore}
 */
function tally(file, statuses) {
  /** @param {(status: string) => boolean} pred */
  const count = (pred) => statuses.filter(pred).length;
  const detected = count((s) => DETECTED.has(s));
  const survived = count((s) => s === 'Survived');
  const noCoverage = count((s) => s === 'NoCoverage');
  const invalid = count((s) => s === 'CompileError' || s === 'RuntimeError');
  const ignored = count((s) => s === 'Ignored');
  const valid = detected + survived + noCoverage;
  // One decimal, rounded down: a score is never reported above what it is.
  const score = valid === 0 ? 100 : Math.floor((1000 * detected) / valid) / 10;
  return { file, detected, survived, noCoverage, invalid, ignored, score };
}

/**
 * What falls short of the floors: each file below `file`, and the total below `total`, in words.
 * @param {{ files: FileScore[], total: FileScore }} result
 * @param {{ file: number, total: number }} floors
 * @returns {string[]}
 */
export function shortfalls({ files, total }, floors) {
  const out = files
    .filter((f) => f.score < floors.file)
    .map((f) => `${f.file}: ${f.score}% is below the floor of ${floors.file}% for a file (${f.survived} survived, ${f.noCoverage} not covered)`);
  if (total.score < floors.total) out.push(`total: ${total.score}% is below the floor of ${floors.total}%`);
  return out;
}

/**
 * The Markdown table of a result, one row per file, the total last.
 * @param {{ files: FileScore[], total: FileScore }} result
 */
export function table({ files, total }) {
  /** @param {FileScore} f */
  const row = (f) => `| ${f.file === 'total' ? '**total**' : `\`${f.file}\``} | ${f.score}% | ${f.detected} | ${f.survived} | ${f.noCoverage} | ${f.ignored} |`;
  return ['| file | score | killed | survived | not covered | disabled |', '| --- | ---: | ---: | ---: | ---: | ---: |', ...files.map(row), row(total)].join('\n');
}


/** What `ignoreStatic` says of the module-load mutants it leaves out. */
export const STATIC_SKIPPED = 'Static mutant';

/**
 * Stryker `mutate` ranges (`file:line:column-line:column`) of the mutants a report left alive
 * (survived, not covered, or module-load code a `--fast` pass left out), to run them again.
 * @param {{ files: Record<string, { mutants: { status: string, statusReason?: string, location: { start: { line: number, column: number }, end: { line: number, column: number } } }[] }> }} report
 * @returns {string[]}
 */
export function aliveRanges(report) {
  return Object.entries(report.files).flatMap(([file, { mutants }]) =>
    mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage' || (m.status === 'Ignored' && (m.statusReason ?? '').startsWith(STATIC_SKIPPED)))
      .map(({ location: { start, end } }) => `${file}:${start.line}:${start.column}-${end.line}:${end.column}`),
  );
}
