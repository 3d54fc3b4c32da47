import { describe, expect, it } from 'vitest';
import type { Results, RuntimeResult } from './results.mjs';
import { END, START, quirks, withShownVersions, withTable } from './results.mjs';

const node: RuntimeResult = {
  name: 'Node 20',
  version: '20.20.2',
  pinned: false,
  source: "the machine's",
  passed: 22,
  total: 22,
  skipped: [],
  notes: { 'fromError refused': 'fetch threw TypeError: fetch failed', 'stack starts in the caller': 'a `return f()` caller keeps its frame' },
};
const workerd: RuntimeResult = {
  ...node,
  name: 'Cloudflare workerd',
  version: '1.20250718.0',
  pinned: true,
  how: 'no `nodejs_compat`',
  notes: { 'fromError refused': 'fetch threw Error: Network connection lost.', runtime: 'refuses new Function: errs runs its guards as closures' },
};
const results: Results = { runtimes: [node, workerd] };
const readme = `# x\n\ntext\n${START}\nold\n${END}\n\nmore\n`;

describe('the table of runtimes', () => {
  it('names what a user must know only where a runtime differs from Node', () => {
    expect(quirks(node)).toEqual([]);
    const found = quirks(workerd);
    expect(found[0]).toBe('runs with no `nodejs_compat`');
    expect(found[1]).toContain('throws `Error: Network connection lost.`, not fetch\'s `TypeError`');
    expect(found[2]).toContain('`new Function` is refused');
    expect(quirks({ ...node, notes: { 'stack starts in the caller': 'a `return f()` caller loses its frame' } })[0]).toContain('has no frame in any error\'s stack');
  });

  it('replaces what is between the markers, and only that', () => {
    const out = withTable(readme, results);
    expect(out.startsWith(`# x\n\ntext\n${START}\n| runtime | version |`)).toBe(true);
    expect(out.endsWith(`\n${END}\n\nmore\n`)).toBe(true);
    expect(out).not.toContain('old');
    expect(out).toContain('| Cloudflare workerd | 1.20250718.0 |');
    expect(withTable(out, results)).toBe(out);
    expect(() => withTable('# no markers', results)).toThrow(/lacks the <!-- runtimes:start -->/);
  });

  it('shows the skipped checks of a run', () => {
    expect(withTable(readme, { runtimes: [{ ...node, passed: 21, skipped: ['errsFetch'] }] })).toContain('| 21/22 (errsFetch: not yet) |');
  });

  it("takes a newer version of the machine's runtimes as shown, never a pinned one's", () => {
    const shown = withTable(readme, results);
    const newer = { runtimes: [{ ...node, version: '20.21.0' }, { ...workerd, version: '1.20250801.0' }] };
    const { results: lenient, newer: names } = withShownVersions(shown, newer);
    expect(names).toEqual(['Node 20 20.21.0 (the README shows 20.20.2)']);
    expect(lenient.runtimes.map((r) => r.version)).toEqual(['20.20.2', '1.20250801.0']);
    expect(withTable(shown, lenient)).not.toBe(shown); // the pinned runtime's new version still makes it stale
  });
});
