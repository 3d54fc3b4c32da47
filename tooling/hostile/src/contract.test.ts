import { verifyCatalog } from '@errs/core/testing';
import { foreignBodiesFor } from '@errs/testkit';
import { expect, inject, it } from 'vitest';
import { shop } from './subjects.js';

// The catalog made with the core alone passes the contract every vendor package passes (theirs is in
// each package's src/contract.test.ts), the unknown code body derived by verifyCatalog itself.
it('shop (core only) passes the catalog contract (verifyCatalog)', { timeout: 120_000 }, async () => {
  const { failures } = await verifyCatalog(shop, { seed: inject('fuzzSeed'), foreignBodies: foreignBodiesFor(shop.vendor) });
  expect(failures).toEqual([]);
});
