import { verifyCatalog } from '@errs/core/testing';
import { foreignBodiesFor } from '@errs/testkit';
import { expect, inject, it } from 'vitest';
import { catalog } from './index.js';

// The contract every errs catalog passes. The run's fuzz seed (fixed under CI, printed) drives its
// properties, so that local runs explore new cases and any failure replays with ERRS_FUZZ_SEED.
it('passes the catalog contract (verifyCatalog)', { timeout: 120_000 }, async () => {
  const { failures } = await verifyCatalog(catalog, {
    seed: inject('fuzzSeed'),
    detailParent: { code: '2200', params: {} },
    unknownCodeBody: { error: { code: '2999', message: 'A code newer than this catalog' } },
    // Beyond the other vendors' examples: the same outer shape with codes that are not AyaNova's (Azure / OAuth style).
    foreignBodies: [
      ...foreignBodiesFor(catalog.vendor),{ error: { code: 'ResourceNotFound', message: 'Not found' } }, { error: { code: '404', message: 'Not found' } }, { error: 'invalid_grant' }],
  });
  expect(failures).toEqual([]);
});

// As its README calls it: no options at all, the code the catalog lacks found by verifyCatalog itself.
it('passes the catalog contract with no options, as its README shows', { timeout: 120_000 }, async () => {
  expect((await verifyCatalog(catalog)).failures).toEqual([]);
});
