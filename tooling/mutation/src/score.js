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
 * What falls short of the floors: each file below its floor (`files[file]`, else `file`), and the
 * total below `total`, in words.
 * @param {{ files: FileScore[], total: FileScore }} result
 * @param {{ file: number, total: number, files?: Record<string, number> }} floors
 * @returns {string[]}
 */
export function shortfalls({ files, total }, floors) {
  /** @param {string} file */
  const floorOf = (file) => floors.files?.[file] ?? floors.file;
  const out = files
    .filter((f) => f.score < floorOf(f.file))
    .map((f) => `${f.file}: ${f.score}% is below its floor of ${floorOf(f.file)}% (${f.survived} survived, ${f.noCoverage} not covered)`);
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

/**
 * The mutants a package disables where they stand (`// Stryker disable next-line <mutators>: <reason>`),
 * as Markdown list items, from the sources of a report.
 * @param {{ files: Record<string, { source: string }> }} report
 * @returns {string[]}
 */
export function disabled(report) {
  return Object.entries(report.files)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([file, { source }]) =>
      source.split('\n').flatMap((line, i) => {
        const m = /\/\/ Stryker disable(?: next-line)? ([\w,]+): (.+)$/.exec(line);
        return m ? [`- \`${file}:${i + 2}\` (${m[1]}): ${m[2]}`] : [];
      }),
    );
}
