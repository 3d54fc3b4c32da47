// Compiles the fixtures as a new user's app would (TypeScript's API, strict, against the built
// packages in this workspace's node_modules) and gives each file's diagnostics as tsc prints them.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const fixtures = join(root, 'fixtures');

/** The two resolutions an app uses today: Node's own (ESM under `"type": "module"`) and a bundler's. */
export const resolutions = {
  nodenext: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
  bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
};

/**
 * Every fixture's diagnostics under one resolution: file name -> [{ code, line, first, text }], in
 * tsc's order; `first` is the first line tsc prints of the message, `line` 1-based.
 */
export function compile(resolution) {
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.ts')).map((f) => join(fixtures, f));
  const program = ts.createProgram(files, {
    ...resolutions[resolution],
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
    typeRoots: [join(root, 'node_modules', '@types')],
  });
  const byFile = new Map(files.map((f) => [f.slice(fixtures.length + 1), []]));
  for (const d of ts.sortAndDeduplicateDiagnostics(ts.getPreEmitDiagnostics(program))) {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const name = d.file ? resolve(d.file.fileName).slice(fixtures.length + 1) : '(global)';
    const line = d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 : 0;
    if (!byFile.has(name)) byFile.set(name, []);
    byFile.get(name).push({ code: d.code, line, first: text.split('\n')[0], text });
  }
  return byFile;
}
