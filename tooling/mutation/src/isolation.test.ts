import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './vitest.js';

const core = join(repoRoot(import.meta.dirname), 'packages/core');

// A run that is not isolated (`--fast`, Stryker's dry run) shares modules between the test files of
// a worker: a file that replaces a global or imports modules afresh must leave the next file the
// modules it found, or that file fails for an order no one chose.
describe('test files run one after another in one worker', () => {
  it("guard's eval-free modules do not reach the compile tests that run after them", () => {
    const files = ['src/guard.test.ts', 'src/compile.test.ts'];
    // Without a cache vitest runs the larger file first: the order that failed.
    expect(statSync(join(core, files[0]!)).size).toBeGreaterThan(statSync(join(core, files[1]!)).size);
    const run = spawnSync(
      process.execPath,
      [join(core, 'node_modules/vitest/vitest.mjs'), 'run', ...files, '--no-isolate', '--no-file-parallelism', '--no-cache', '--reporter=dot'],
      { cwd: core, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(stripVTControlCharacters(run.stdout)).toMatch(/Test Files\s+2 passed \(2\)/);
  }, 150_000);
});
