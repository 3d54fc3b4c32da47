import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './vitest.js';

const root = repoRoot(import.meta.dirname);

describe("core's mutation config", () => {
  it('sends every public path of @errs/core to its source, so no suite tests the built copy instead of the mutants', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const { default: config } = (await import(join(root, 'packages/core/vitest.mutation.config.ts'))) as {
      default: { resolve: { alias: { find: RegExp; replacement: string }[] } };
    };
    const specifiers = Object.keys(pkg.exports).filter((k) => k !== './package.json').map((k) => (k === '.' ? '@errs/core' : `@errs/core/${k.slice(2)}`));
    for (const specifier of specifiers) {
      const hit = config.resolve.alias.find((a) => a.find.test(specifier));
      expect(hit, specifier).toBeDefined();
      expect(hit!.replacement.startsWith(join(root, 'packages/core/src/')), specifier).toBe(true);
      expect(() => readFileSync(hit!.replacement), specifier).not.toThrow();
    }
    // An alias matches its specifier only: `@errs/core` must not swallow `@errs/core/envelope`.
    expect(config.resolve.alias.filter((a) => a.find.test('@errs/core/envelope'))).toHaveLength(1);
  });
});
