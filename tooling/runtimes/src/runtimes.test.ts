/**
 * errs as a user has it (the packed tarballs installed into a scratch app), one suite (suite.mjs) run
 * in each runtime: Node 20, 22 and 24, Bun, Deno, workerd and Chromium. Each runtime's lines are one
 * test per check here. A complete run (every runtime ran, every check passed) is written to
 * results.json, from which the core README's table of runtimes is made (src/readme-table.mjs).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime, SuiteConfig } from './runners.js';
import { RUN_TIMEOUT_MS, runtimes } from './runners.js';
import type { Scratch } from './scratch.js';
import { makeScratch } from './scratch.js';
import type { TestServer } from './server.js';
import { startServer } from './server.js';
import { CHECKS } from './suite.mjs';
import type { RuntimeResult } from './results.mjs';

const RESULTS = new URL('../results.json', import.meta.url);
const all = runtimes();
// CI has every runtime (Chromium from Debian, the rest from npm): there a missing one fails.
const skipped = (r: Runtime) => r.missing !== undefined && process.env.CI !== 'true';
for (const r of all) if (skipped(r)) console.warn(`runtimes: ${r.name} skipped: ${r.missing ?? ''}`);

let scratch: Scratch | undefined;
let server: TestServer | undefined;
const files = new Map<string, readonly [string, string]>();
const results = new Map<string, RuntimeResult>();

beforeAll(async () => {
  scratch = await makeScratch();
  files.set('/page.html', ['text/html', '<!doctype html><title>errs runtimes</title>']);
  files.set('/suite.js', ['text/javascript', scratch.suiteBundle]);
  server = await startServer(files);
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (scratch) rmSync(scratch.root, { recursive: true, force: true });
  const complete = all.every((r) => results.get(r.name)?.passed === CHECKS.length);
  if (complete) writeFileSync(RESULTS, `${JSON.stringify({ runtimes: all.map((r) => results.get(r.name)) }, null, 2)}\n`);
  else console.warn('runtimes: results.json is left as it was: this run did not pass every check in every runtime');
});

/** A line of the suite: `ok <check>`, `not ok <check>: why`, `note <check>: text`, `skip <check>: why`, `done <n>`. */
const LINE = /^(ok|not ok|note|skip) (.+?)(?:: (.*))?$/;

describe.each(all)('$name', (runtime) => {
  let outcome: { version: string; lines: string[] } | undefined;
  let failure: unknown;
  beforeAll(async () => {
    if (skipped(runtime)) return;
    try {
      const config: SuiteConfig = { base: server!.base, closed: await server!.closed() };
      outcome = await runtime.run(scratch!, config);
    } catch (error) {
      failure = error;
      return;
    }
    const status = new Map<string, string>();
    const notes: Record<string, string> = {};
    const skips: string[] = [];
    for (const line of outcome.lines) {
      const m = LINE.exec(line);
      if (!m) continue;
      const [, kind, check, text] = m as unknown as [string, string, string, string | undefined];
      if (kind === 'note') notes[check] = text ?? '';
      else if (kind === 'skip') skips.push(check);
      else status.set(check, kind);
    }
    results.set(runtime.name, {
      name: runtime.name,
      version: outcome.version,
      pinned: runtime.pinned,
      source: runtime.source,
      ...(runtime.how ? { how: runtime.how } : {}),
      passed: CHECKS.filter((c) => status.get(c) === 'ok').length,
      total: CHECKS.length,
      skipped: skips,
      notes,
    });
  }, RUN_TIMEOUT_MS + 30_000);

  it.skipIf(skipped(runtime))('runs the suite to its end', () => {
    expect(failure).toBeUndefined();
    expect(outcome?.lines.at(-1)).toBe(`done ${CHECKS.length}`);
  });

  it.skipIf(skipped(runtime)).each(CHECKS)('%s', (check) => {
    expect(failure).toBeUndefined();
    const line = outcome?.lines.find((l) => l === `ok ${check}` || l.startsWith(`not ok ${check}:`) || l === `not ok ${check}`);
    expect(line).toBe(`ok ${check}`);
  });
});

