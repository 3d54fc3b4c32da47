import { describe, expect, it } from 'vitest';
import { aliveRanges, scores, shortfalls, table } from './score.js';

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
      'src/b.ts: 50% is below the floor of 80% for a file (0 survived, 1 not covered)',
      'total: 71.4% is below the floor of 90%',
    ]);
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

describe('aliveRanges', () => {
  it('gives the range of each mutant left alive or left out as module-load code, and of no other', () => {
    const at = (line: number, column: number, endColumn: number) => ({ start: { line, column }, end: { line, column: endColumn } });
    const ranges = aliveRanges({
      files: {
        'src/a.ts': {
          mutants: [
            { status: 'Survived', location: at(3, 5, 9) },
            { status: 'Killed', location: at(4, 1, 2) },
            { status: 'NoCoverage', location: at(7, 2, 12) },
            { status: 'Ignored', statusReason: 'Static mutant (and "ignoreStatic" was enabled)', location: at(9, 1, 4) },
            { status: 'Ignored', statusReason: 'V8 always has Error.captureStackTrace', location: at(11, 1, 4) },
            { status: 'Timeout', location: at(12, 1, 4) },
          ],
        },
      },
    });
    expect(ranges).toEqual(['src/a.ts:3:5-3:9', 'src/a.ts:7:2-7:12', 'src/a.ts:9:1-9:4']);
  });
});
