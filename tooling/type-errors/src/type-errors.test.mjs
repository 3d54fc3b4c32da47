// Each common mistake, as a new user makes it in an app of their own, must give a first line that
// names it: these pin the diagnostic's code, its line (the fixture's `// <- mistake`) and words of
// that first line, under both resolutions. A change that turns a message back into a riddle fails.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { compile, fixtures, resolutions } from './compile.mjs';

/** fixture -> the code of its first diagnostic and the words its first line must hold. */
const mistakes = {
  'match-typo.ts': [2684, [`'ConcurentModification' is not a code of this error`, `did you mean 'ConcurrentModification'?`]],
  'match-missing.ts': [2684, ['match leaves out version_conflict', 'or add `_` for the codes left out']],
  'match-no-fallback.ts': [2684, ['match needs a `_` handler here', 'a code the catalog lacks (known: false)']],
  'match-plain.ts': [2684, ['this is a plain ErrsError', 'narrow it with catalog.is(error)', 'CatalogError<typeof catalog.errors>']],
  'create-code.ts': [2345, [`'ConcurentModification' is not a code of connect`, `did you mean 'ConcurrentModification'?`]],
  'create-code-short.ts': [2345, [`'teapot' is not a code of acme`, `its codes are 'order_not_found', 'version_conflict', 'busy'`]],
  'create-nested.ts': [2345, [`'required' appears only nested in another error's details`, `{ details: [{ code: 'required' }] }`]],
  'is-code.ts': [2345, [`'ConcurentModification' is not a code of connect`, `did you mean 'ConcurrentModification'?`]],
  'get-code.ts': [2345, [`'ConcurentModification' is not a code of connect`, `did you mean 'ConcurrentModification'?`]],
  'placeholder.ts': [2322, ['{thing} in the message of not_found is not a declared param', '(its params: id)', 'declare it in the schema']],
  'placeholder-many.ts': [2322, ['{seconds}, {reason} in the message of busy are not declared params', '(it has no schema)']],
  'format-key.ts': [2322, [`'ConcurentModification' is not a code of connect`, `did you mean 'ConcurrentModification'?`]],
  'format-placeholder.ts': [2322, ['{version} in this message for ConcurrentModification is not a declared param', 'expectedVersion, currentVersion']],
  'table-key.ts': [2561, [`'ConcurentModification' does not exist`, `Did you mean to write 'ConcurrentModification'?`]],
};
/** Fixtures that must compile without a word: the right ways to do the same. */
const clean = ['acme.ts', 'correct.ts'];

/** The 1-based line of the fixture's `// <- mistake`. */
function mistakeLine(file) {
  const lines = readFileSync(join(fixtures, file), 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes('// <- mistake'));
  assert.notEqual(index, -1, `${file} marks no line with // <- mistake`);
  return index + 1;
}

for (const resolution of Object.keys(resolutions)) {
  describe(`moduleResolution ${resolution}`, () => {
    const byFile = compile(resolution);

    test('every fixture is pinned here', () => {
      assert.deepEqual([...byFile.keys()].sort(), [...Object.keys(mistakes), ...clean].sort());
    });

    for (const file of clean) {
      test(`${file} compiles without a diagnostic`, () => {
        assert.deepEqual(byFile.get(file), []);
      });
    }

    for (const [file, [code, words]] of Object.entries(mistakes)) {
      test(`${file}: the first line names the mistake`, () => {
        const [first] = byFile.get(file);
        assert.ok(first, `${file} compiles, but it holds a mistake`);
        const where = `${file}:${first.line} TS${first.code} ${first.first}`;
        assert.equal(first.code, code, where);
        assert.equal(first.line, mistakeLine(file), where);
        for (const w of words) assert.ok(first.first.includes(w), `"${w}" is not in the first line of ${where}`);
      });
    }
  });
}
