// results.json: what the suite's last complete run found in each runtime, and the core README's
// table of runtimes made from it. Plain JavaScript: `node src/readme-table.mjs` reads it in CI.

/**
 * @typedef {{ name: string, version: string, pinned: boolean, source: string, how?: string, passed: number, total: number,
 *   skipped: string[], notes: Record<string, string> }} RuntimeResult `pinned`: its version is this
 *   repository's choice (an npm package); false for the machine's Node and Debian's Chromium.
 * @typedef {{ runtimes: RuntimeResult[] }} Results
 */

export const START = '<!-- runtimes:start -->';
export const END = '<!-- runtimes:end -->';

/** The note of each check of a runtime that a user must know, when it is not what Node 20 does. */
const QUIRKS = [
  {
    check: 'stack starts in the caller',
    /** @param {string} note */
    when: (note) => note.includes('loses its frame'),
    text: () =>
      "JavaScriptCore's proper tail calls: in an ES module a function whose last statement is `return f()` (or `const e = f(); return e`, as Bun compiles it) has no frame in any error's stack, so a stack starts one caller up",
  },
  {
    check: 'fromError refused',
    /** @param {string} note */
    when: (note) => !/fetch threw TypeError:/.test(note),
    /** @param {string} note */
    text: (note) => `a fetch without a response throws \`${note.replace(/^fetch threw /, '')}\`, not fetch's \`TypeError\` (\`fromError\` reads it as \`UNAVAILABLE\`)`,
  },
  {
    check: 'runtime',
    /** @param {string} note */
    when: (note) => note.startsWith('refuses new Function'),
    text: () => 'compiles no code (`new Function` is refused): errs checks bodies with the same predicates as closures',
  },
];

/** The quirks of one runtime, from its notes and how it ran. @param {RuntimeResult} r */
export function quirks(r) {
  const found = QUIRKS.flatMap((q) => {
    const note = r.notes[q.check];
    return note !== undefined && q.when(note) ? [q.text(note)] : [];
  });
  return [...(r.how ? [`runs with ${r.how}`] : []), ...found];
}

/** The table, as it goes between the markers. @param {Results} results */
export function table(results) {
  const rows = results.runtimes.map((r) => {
    const checks = `${r.passed}/${r.total}${r.skipped.length > 0 ? ` (${r.skipped.join(', ')}: not yet)` : ''}`;
    return `| ${r.name} | ${r.version} | ${r.source} | ${checks} | ${quirks(r).join('; ')} |`;
  });
  return ['| runtime | version | from | checks passed | what to know |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** @param {string} readme */
function markers(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the README lacks the ${START} ... ${END} markers`);
  return { start: start + START.length, end };
}

/**
 * The README with its table of runtimes made from `results`. Throws when the markers are missing.
 * @param {string} readme @param {Results} results
 */
export function withTable(readme, results) {
  const { start, end } = markers(readme);
  return `${readme.slice(0, start)}\n${table(results)}\n${readme.slice(end)}`;
}

/**
 * `results` with each unpinned runtime's version as the README shows it: the machine's Node and
 * Debian's Chromium change under CI without a commit, and that alone does not make the table stale.
 * @param {string} readme @param {Results} results
 * @returns {{ results: Results, newer: string[] }} `newer`: the runtimes whose version differs
 */
export function withShownVersions(readme, results) {
  const { start, end } = markers(readme);
  /** @type {Map<string, string>} */
  const shown = new Map();
  for (const line of readme.slice(start, end).split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length > 3 && cells[1] && cells[2]) shown.set(cells[1], cells[2]);
  }
  /** @type {string[]} */
  const newer = [];
  const runtimes = results.runtimes.map((r) => {
    const version = shown.get(r.name);
    if (r.pinned || version === undefined || version === r.version) return r;
    newer.push(`${r.name} ${r.version} (the README shows ${version})`);
    return { ...r, version };
  });
  return { results: { runtimes }, newer };
}
