// The checks that turn a wrong code into a sentence must not cost the editor its completions: where a
// code is typed, the language service still offers the catalog's codes.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { fixtures, resolutions } from './compile.mjs';

const file = join(fixtures, 'completing.ts'); // never written: the language service reads it from here
const text = [
  "import { catalog } from '@errs/connect';",
  'declare const body: unknown;',
  "catalog.create('Conc');",
  "catalog.is(body, 'Conc');",
  "catalog.get('Conc');",
  'catalog.format(catalog.parse(body), { Conc });',
].join('\n');

function completionsAt(needle) {
  const host = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (f) => {
      const content = f === file ? text : ts.sys.readFile(f);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => fixtures,
    getCompilationSettings: () => ({ ...resolutions.bundler, strict: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'] }),
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (f) => f === file || ts.sys.fileExists(f),
    readFile: (f) => (f === file ? text : ts.sys.readFile(f)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host);
  const position = text.indexOf(needle) + needle.length;
  return (service.getCompletionsAtPosition(file, position, {})?.entries ?? []).map((e) => e.name);
}

for (const needle of ["create('Conc", "is(body, 'Conc", "get('Conc", '{ Conc']) {
  test(`an editor completes a code at ${needle}`, () => {
    assert.ok(completionsAt(needle).includes('ConcurrentModification'), `no ConcurrentModification offered at ${needle}`);
  });
}
