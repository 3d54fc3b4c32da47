import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkClaims, checkReadmes, claimsOf, readmes, samplesOf } from './samples.mjs';

const fixture = 'tooling/readmes/src/fixtures/broken.md';

test('finds ts blocks with their fence line, markers and indentation', () => {
  const md = ['# x', '```ts', 'a;', '```', '```sh', 'npm i', '```', '<!-- fragment: part of a -->', '```tsx', '<b />;', '```', '<!-- file: acme.ts -->', '```ts', 'export {};', '```', '- item', '', '  ```ts', '  indented;', '  ```', '  - nested', '', '      ```ts', '      deeper;', '      ```'].join('\n');
  assert.deepEqual(samplesOf(md), [
    { line: 2, lang: 'ts', code: 'a;' },
    { line: 9, lang: 'tsx', code: '<b />;', fragment: 'part of a' },
    { line: 13, lang: 'ts', code: 'export {};', file: 'acme.ts' },
    { line: 18, lang: 'ts', code: 'indented;' },
    { line: 23, lang: 'ts', code: 'deeper;' },
  ]);
  assert.throws(() => samplesOf('```ts\nnever closed'), /never closed/);
});

test('a broken sample fails, naming the README, the line in it and the TypeScript error', () => {
  const { checked, skipped, failures } = checkReadmes([fixture]);
  assert.equal(checked, 4);
  assert.deepEqual(skipped, [{ readme: fixture, line: 17, why: 'a piece of the sample above' }]);
  assert.equal(failures.length, 2, failures.join('\n'));
  assert.match(failures[0], /^tooling\/readmes\/src\/fixtures\/broken\.md:13 \(the block at line 10\): TS2345 Argument of type '"NoSuchCode"'/);
  // A named sample is a module the others import; an indented block's lines count from its fence.
  assert.match(failures[1], /^tooling\/readmes\/src\/fixtures\/broken\.md:30 \(the block at line 28\): TS2322 Type 'number' is not assignable to type 'string'/);
});

test('every TypeScript sample of the READMEs type-checks', () => {
  const { checked, skipped, failures } = checkReadmes(readmes());
  for (const { readme, line, why } of skipped) console.log(`not checked: ${readme}:${line}: ${why}`);
  console.log(`${checked} samples type-checked`);
  assert.deepEqual(failures, [], 'make each failing sample whole (declare what it uses), or mark it <!-- fragment: why -->');
});

test('a claim is read with its continuation lines, and its directive blanked', () => {
  const code = ['x;', "// error TS2345: Argument of type '\"a\"' is not", "//   assignable to 'b'.", '// @ts-expect-error typo', "f('a');"].join('\n');
  const { code: out, claims } = claimsOf(code);
  assert.deepEqual(claims, [{ line: 4, code: 2345, text: `Argument of type '"a"' is not assignable to 'b'.` }]);
  assert.equal(out.split('\n')[3], '// typo');
});

test('what a README says tsc prints for a mistake is what tsc prints', () => {
  const { checked, failures } = checkClaims(readmes());
  console.log(`${checked} claimed compile errors checked`);
  assert.ok(checked > 0);
  assert.deepEqual(failures, []);
});
