// The catalogs the READMEs show, each run through verifyCatalog as the README tells a team to do: a
// catalog a reader copies must pass the contract the README promises it passes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { root, samplesOf, workspace } from './samples.mjs';

/** Whether an exported value is an errs catalog (what verifyCatalog takes). */
const isCatalog = (value) =>
  typeof value === 'object' && value !== null && typeof value.vendor === 'string' && Array.isArray(value.codes) && typeof value.safeParse === 'function';

/** `import ... from './acme'` -> `'./acme.js'`: the samples' own modules, as Node's ESM resolves them. */
const withExtension = (code) => code.replace(/(from\s*|import\s*\(\s*)(['"])(\.\.?\/[^'"]+?)(?<!\.js)\2/g, '$1$2$3.js$2');

/**
 * Runs verifyCatalog, with no options as the READMEs call it, on every catalog exported by a sample
 * that calls `defineCatalog` (paths relative to the repository).
 * @returns {Promise<{ verified: { readme: string, line: number, vendor: string }[], failures: string[] }>}
 */
export async function verifyReadmeCatalogs(readmes, { base = root } = {}) {
  const { verifyCatalog } = await import('@errs/core/testing');
  mkdirSync(join(workspace, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(workspace, '.tmp', 'catalogs-'));
  const verified = [];
  const failures = [];
  try {
    for (const [index, readme] of readmes.entries()) {
      const folder = join(dir, String(index));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
      const defining = [];
      for (const sample of samplesOf(readFileSync(resolve(base, readme), 'utf8'))) {
        if (sample.fragment !== undefined) continue;
        const name = (sample.file ?? `line-${sample.line}.ts`).replace(/\.tsx?$/, '.js');
        const { outputText } = ts.transpileModule(sample.code, {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, jsx: ts.JsxEmit.ReactJSX },
        });
        writeFileSync(join(folder, name), withExtension(outputText));
        if (/\bdefineCatalog\s*\(/.test(sample.code)) defining.push({ line: sample.line, name });
      }
      for (const { line, name } of defining) {
        const where = `${readme}:${line}`;
        let module;
        try {
          module = await import(pathToFileURL(join(folder, name)).href);
        } catch (e) {
          failures.push(`${where}: the sample does not run: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        const catalogs = Object.values(module).filter(isCatalog);
        if (catalogs.length === 0) failures.push(`${where}: the sample calls defineCatalog but exports no catalog (export it, so it can be verified)`);
        for (const catalog of catalogs) {
          const { failures: found } = await verifyCatalog(catalog);
          verified.push({ readme, line, vendor: catalog.vendor });
          for (const failure of found) failures.push(`${where} (${catalog.vendor}): ${failure}`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { verified, failures };
}
