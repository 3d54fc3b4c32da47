// Parse failures are read at the moment of a mistake: sentences for any vendor id, the five and a custom one.
import { describe, expect, it } from 'vitest';
import { subjects } from './subjects.js';

describe('parse failures read as sentences whatever the vendor is called', () => {
  // No article before a name: "not a ayanova error body" is what the old wording gave.
  it.each(subjects.map((c) => [c.vendor, c] as const))('%s', (vendor, catalog) => {
    const failure = catalog.safeParse({ unrelated: true });
    expect(failure.success).toBe(false);
    expect(String(failure.error?.message)).toMatch(new RegExp(`^${vendor}: not an error body of ${vendor}: `));
    expect(() => catalog.fromProblem({ type: 42 })).toThrow(new RegExp(`^${vendor}: not a problem\\+json document of ${vendor}: `));
    for (const e of [failure.error, (() => { try { catalog.fromProblem({ type: 42 }); } catch (x) { return x as Error; } })()]) {
      expect(String(e?.message)).not.toMatch(/\ban? (omnia|ayanova|easydb|connect|platform|shop)\b/i);
    }
  });
});
