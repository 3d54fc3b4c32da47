import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { END, START, vendorCounts, withCounts } from './vendor-table.mjs';

const script = fileURLToPath(new URL('./vendor-table.mjs', import.meta.url));
const run = (...args) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
const readme = (rows) => ['# x', '', START, '| package | vendor | codes |', '|---|---|---|', ...rows, END, '', 'after 12 |'].join('\n');
const core = '| [`@errs/core`](packages/core) | the model, `a \\| b` | |';

test('writes each vendor row\'s count, leaving the other rows and the prose as they are', () => {
  const before = readme([core, '| [`@errs/omnia`](packages/omnia) | OMNIA Platform | 12 |', '| [`@errs/connect`](packages/connect) | Connect |  |']);
  const after = withCounts(before, new Map([['@errs/omnia', 38], ['@errs/connect', 42]]));
  assert.equal(after, readme([core, '| [`@errs/omnia`](packages/omnia) | OMNIA Platform | 38 |', '| [`@errs/connect`](packages/connect) | Connect | 42 |']));
  assert.equal(withCounts(after, new Map([['@errs/omnia', 38], ['@errs/connect', 42]])), after);
});

test('a stale count is a change, which --check reports', () => {
  const current = readme(['| [`@errs/easydb`](packages/easydb) | easydb 5 | 126 |']);
  assert.notEqual(withCounts(current, new Map([['@errs/easydb', 127]])), current);
});

test('requires the markers and a row for every vendor package', () => {
  assert.throws(() => withCounts('# no markers', new Map()), /markers/);
  assert.throws(() => withCounts(readme([core]), new Map([['@errs/omnia', 38]])), /no row for @errs\/omnia/);
});

test('counts the codes of every vendor package of the workspace, nested ones included', async () => {
  const counts = await vendorCounts();
  assert.deepEqual([...counts.keys()], ['@errs/ayanova', '@errs/connect', '@errs/easydb', '@errs/omnia', '@errs/platform']);
  const { catalog } = await import('@errs/omnia');
  assert.equal(counts.get('@errs/omnia'), catalog.codes.length);
  assert.ok(catalog.codes.some((code) => catalog.get(code).nested));
});

test('--check fails on a stale count and names the command that writes it; without --check it writes it', async () => {
  const counts = await vendorCounts();
  const dir = mkdtempSync(join(tmpdir(), 'vendor-table-'));
  try {
    const path = join(dir, 'README.md');
    const rows = [...counts].map(([name, n]) => `| [\`${name}\`](packages/${name.slice(6)}) | a vendor | ${n} |`);
    writeFileSync(path, readme(rows));
    assert.equal(run('--check', path).status, 0);
    rows[0] = rows[0].replace(/ \d+ \|$/, ' 1 |');
    writeFileSync(path, readme(rows));
    const stale = run('--check', path);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /out of date.*pnpm --filter @errs\/readmes docs/);
    assert.equal(run(path).status, 0);
    assert.equal(readFileSync(path, 'utf8'), withCounts(readme(rows), counts));
    assert.equal(run('--check', path).status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
