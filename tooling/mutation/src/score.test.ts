import { describe, expect, it } from 'vitest';
import { disabled, scores, shortfalls, table } from './score.js';

const report = (files: Record<string, string[]>) => ({
  files: Object.fromEntries(Object.entries(files).map(([f, statuses]) => [f, { mutants: statuses.map((status) => ({ status })) }])),
});

describe('scores', () => {
  it('counts a timeout as a kill and leaves compile errors and disabled mutants out of the score', () => {
    const { files } = scores(report({ 'src/a.ts': ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError', 'RuntimeError', 'Ignored'] }));
    expect(files).toEqual([{ file: 'src/a.ts', detected: 2, survived: 1, noCoverage: 1, invalid: 2, ignored: 1, score: 50 }]);
  });

  it('rounds a score down to one decimal, so it is never reported above what it is', () => {
    const { files } = scores(report({ 'src/a.ts': ['Killed', 'Killed', 'Survived'] }));
    expect(files[0]?.score).toBe(66.6);
  });

  it('scores a file with no valid mutant 100, and totals over all mutants, not as a mean of files', () => {
    const { files, total } = scores(report({ 'src/b.ts': ['CompileError'], 'src/a.ts': ['Killed', 'Killed', 'Killed', 'Survived'], 'src/c.ts': ['Survived'] }));
    expect(files.map((f) => [f.file, f.score])).toEqual([['src/a.ts', 75], ['src/b.ts', 100], ['src/c.ts', 0]]);
    expect(total).toMatchObject({ detected: 3, survived: 2, score: 60 });
  });
});

describe('shortfalls', () => {
  it('names each file under the file floor and a total under its floor, with the counts to work on', () => {
    const result = scores(report({ 'src/a.ts': ['Killed', 'Killed', 'Killed', 'Killed', 'Survived'], 'src/b.ts': ['Killed', 'NoCoverage'] }));
    expect(shortfalls(result, { file: 80, total: 90 })).toEqual([
      'src/b.ts: 50% is below its floor of 80% (0 survived, 1 not covered)',
      'total: 71.4% is below the floor of 90%',
    ]);
  });

  it("takes a file's own floor over the one for every file", () => {
    const result = scores(report({ 'src/a.ts': ['Killed', 'Survived'], 'src/b.ts': ['Killed', 'Killed', 'Killed', 'Survived'] }));
    expect(shortfalls(result, { file: 80, total: 0, files: { 'src/a.ts': 50, 'src/b.ts': 76 } })).toEqual(['src/b.ts: 75% is below its floor of 76% (1 survived, 0 not covered)']);
  });

  it('passes a file exactly at its floor', () => {
    const result = scores(report({ 'src/a.ts': ['Killed', 'Killed', 'Killed', 'Killed', 'Survived'] }));
    expect(shortfalls(result, { file: 80, total: 80 })).toEqual([]);
  });
});

describe('table', () => {
  it('has a row per file and the total last', () => {
    const lines = table(scores(report({ 'src/a.ts': ['Killed', 'Ignored'] }))).split('\n');
    expect(lines).toEqual([
      '| file | score | killed | survived | not covered | disabled |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      '| `src/a.ts` | 100% | 1 | 0 | 0 | 1 |',
      '| **total** | 100% | 1 | 0 | 0 | 1 |',
    ]);
  });
});

describe('disabled', () => {
  it('lists each disabling comment with the line it disables, its mutators and its reason', () => {
    const source = ['const a = 1;', '// Stryker disable next-line ConditionalExpression,EqualityOperator: V8 always has it', 'if (x) y();', '// a comment that mentions Stryker'].join('\n');
    expect(disabled({ files: { 'src/b.ts': { source: 'x' }, 'src/a.ts': { source } } })).toEqual([
      '- `src/a.ts:3` (ConditionalExpression,EqualityOperator): V8 always has it',
    ]);
  });
});
