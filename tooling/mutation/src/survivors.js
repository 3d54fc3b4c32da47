#!/usr/bin/env node
// `node tooling/mutation/src/survivors.js [package] [file-substring]`: the mutants a package's last
// run left alive (survived or not covered), one line each with the code they replaced, by file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './vitest.js';

const [name = 'core', only = ''] = process.argv.slice(2);
const dir = join(repoRoot(process.cwd()), 'packages', name);
/** @type {{ files: Record<string, { source: string, mutants: { status: string, mutatorName: string, replacement?: string, static?: boolean, location: { start: { line: number, column: number }, end: { line: number, column: number } } }[] }> }} */
const report = JSON.parse(readFileSync(join(dir, 'reports/mutation/mutation.json'), 'utf8'));
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  if (!file.includes(only)) continue;
  const alive = mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
  if (alive.length === 0) continue;
  const lines = source.split('\n');
  console.log(`\n## ${file} (${alive.length})`);
  for (const m of alive.sort((a, b) => a.location.start.line - b.location.start.line)) {
    const { start, end } = m.location;
    const original = start.line === end.line ? (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1) : `${(lines[start.line - 1] ?? '').slice(start.column - 1)}…`;
    const shorten = (/** @type {string} */ s) => (s.length > 90 ? `${s.slice(0, 90)}…` : s).replace(/\s+/g, ' ');
    console.log(`${start.line}:${start.column} ${m.status === 'NoCoverage' ? 'NOCOV ' : ''}${m.static ? 'static ' : ''}${m.mutatorName}: ${shorten(original)}  ->  ${shorten(m.replacement ?? '')}`);
  }
}
