import { verifyCatalog } from '@errs/core/testing';
import { foreignBodiesFor } from '@errs/testkit';
import { expect, inject, it } from 'vitest';
import { catalog } from './index.js';

// The contract every errs catalog passes. The run's fuzz seed (fixed under CI, printed) drives its
// properties, so that local runs explore new cases and any failure replays with ERRS_FUZZ_SEED.
it('passes the catalog contract (verifyCatalog)', { timeout: 120_000 }, async () => {
  const { failures } = await verifyCatalog(catalog, {
    seed: inject('fuzzSeed'),
    unknownCodeBody: { id: 'err_20241220153235xA1B2C3D4', code: 400, type: 'SomeFutureType', message: 'Something new went wrong' },
    // Beyond the other vendors' examples: the old self-hosted Botpress (v12) format.
    foreignBodies: [
      ...foreignBodiesFor(catalog.vendor),{ statusCode: 404, type: 'Error', message: 'Bot not found', details: '', docs: 'https://botpress.com/docs' }],
  });
  expect(failures).toEqual([]);
});

// As its README calls it: no options at all, the code the catalog lacks found by verifyCatalog itself.
it('passes the catalog contract with no options, as its README shows', { timeout: 120_000 }, async () => {
  expect((await verifyCatalog(catalog)).failures).toEqual([]);
});
