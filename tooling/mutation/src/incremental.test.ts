import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keep, withoutUnjudged } from './incremental.js';
import { scores } from './score.js';

const report = {
  schemaVersion: '1.0',
  files: {
    'src/http.ts': {
      source: 'const A = 1;',
      mutants: [
        { id: '1', status: 'Survived', static: true },
        { id: '2', status: 'Killed', static: true },
        { id: '3', status: 'Survived' },
        { id: '4', status: 'Survived', static: false },
        { id: '5', status: 'CompileError', static: true },
      ],
    },
  },
};

describe('what a --fast run leaves for the next run', () => {
  it('drops a static survivor, whose mutant was never evaluated, and keeps every other verdict', () => {
    const kept = withoutUnjudged(report);
    expect(kept.files['src/http.ts'].mutants.map((m) => m.id)).toEqual(['2', '3', '4', '5']);
    expect(kept.files['src/http.ts'].source).toBe('const A = 1;');
    expect(kept.schemaVersion).toBe('1.0');
    // The score counts what was judged: 1 kill of 3.
    expect(scores(kept).total).toMatchObject({ detected: 1, survived: 2, invalid: 1, score: 33.3 });
    // The report given is left as it was.
    expect(report.files['src/http.ts'].mutants).toHaveLength(5);
  });

  it('writes the file compact, and drops the unjudged only after a --fast run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'errs-incremental-'));
    const file = join(dir, 'stryker-incremental.json');
    writeFileSync(file, JSON.stringify(report, null, 2));
    keep(file, { fast: false });
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(report));
    keep(file, { fast: true });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('\n');
    expect((JSON.parse(text) as typeof report).files['src/http.ts'].mutants).toHaveLength(4);
  });
});
