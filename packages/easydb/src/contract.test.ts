import { verifyCatalog } from '@errs/core/testing';
import { foreignBodiesFor } from '@errs/testkit';
import { expect, inject, it } from 'vitest';
import { catalog } from './index.js';

// The contract every errs catalog passes. The run's fuzz seed (fixed under CI, printed) drives its
// properties, so that local runs explore new cases and any failure replays with ERRS_FUZZ_SEED.
it('passes the catalog contract (verifyCatalog)', { timeout: 120_000 }, async () => {
  const { failures } = await verifyCatalog(catalog, {
    seed: inject('fuzzSeed'),
    // easydb has no nested codes: no detailParent.
    unknownCodeBody: { realm: 'user', code: 'error.user.brand_new_easydb_code', parameters: { id: '7' } },
    foreignBodies: foreignBodiesFor(catalog.vendor),
  });
  expect(failures).toEqual([]);
});

// As its README calls it: no options at all, the code the catalog lacks found by verifyCatalog itself.
it('passes the catalog contract with no options, as its README shows', { timeout: 120_000 }, async () => {
  expect((await verifyCatalog(catalog)).failures).toEqual([]);
});
