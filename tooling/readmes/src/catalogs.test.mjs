import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verifyReadmeCatalogs } from './catalogs.mjs';
import { readmes } from './samples.mjs';

test('a README catalog that loses its params on the wire fails, naming the README, the line and the code', async () => {
  const { verified, failures } = await verifyReadmeCatalogs(['tooling/readmes/src/fixtures/broken-catalog.md']);
  assert.deepEqual(verified, [{ readme: 'tooling/readmes/src/fixtures/broken-catalog.md', line: 3, vendor: 'lossy' }]);
  assert.ok(failures.length > 0);
  assert.match(failures[0], /^tooling\/readmes\/src\/fixtures\/broken-catalog\.md:3 \(lossy\): round trip of order_not_found: /);
});

test('every catalog a README shows passes verifyCatalog with no options', { timeout: 120_000 }, async () => {
  const { verified, failures } = await verifyReadmeCatalogs(readmes());
  for (const { readme, line, vendor } of verified) console.log(`verified: ${readme}:${line} (${vendor})`);
  assert.ok(verified.length >= 3, `found ${verified.length} README catalogs`);
  assert.deepEqual(failures, []);
});
