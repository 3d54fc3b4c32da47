// Plain JavaScript: vitest loads a package's config with Node itself, which cannot import .ts from
// another package.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The repository's root: the nearest folder up from `from` holding pnpm-workspace.yaml.
 * @param {string} from
 */
export function repoRoot(from) {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}

/**
 * The vitest config Stryker runs: the package's own tests plus the suites of other workspaces that
 * test it (`projects`, folders relative to the repository's root), each with its own vitest config,
 * and every import of the package (`aliases`: specifier -> file relative to the config's folder)
 * sent to its source. Stryker copies the package to a sandbox and mutates the copy, so the aliases
 * point into the sandbox, while the other workspaces' tests run from where they are.
 * @param {string} configUrl `import.meta.url` of the package's config
 * @param {{ aliases: Record<string, string>, projects: string[] }} options
 */
export function mutationVitestConfig(configUrl, { aliases, projects }) {
  // One seed for every run (CI's): a mutant's fate must not depend on what a random seed drew.
  process.env.ERRS_FUZZ_SEED ??= '271828';
  const here = dirname(fileURLToPath(configUrl));
  const root = repoRoot(here);
  const alias = Object.entries(aliases).map(([find, file]) => ({
    find: new RegExp(`^${find.replace(/[/]/g, '\\/')}$`),
    replacement: join(here, file),
  }));
  // A run of a mutant imports every test file it runs; with isolation each file imports the whole
  // module graph again, which costs more than the tests. Without it a mutant's run costs a fraction,
  // and a mutant switched on at run time (all of them but module-load code) is judged the same. A
  // run that judges module-load code (any run but `--fast`) isolates: such a mutant is switched
  // on before the imports, which only a fresh module graph sees.
  const isolate = process.env.ERRS_MUTATION_ISOLATE === '1';
  /** @param {string} dir */
  const project = (dir) => ({
    extends: join(dir, 'vitest.config.ts'),
    root: dir,
    resolve: { alias },
    test: { name: dir === here ? 'self' : dir.slice(root.length + 1), isolate },
  });
  return defineConfig({
    resolve: { alias },
    test: { projects: [project(here), ...projects.map((dir) => project(join(root, dir)))] },
  });
}
