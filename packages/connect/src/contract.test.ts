import { verifyCatalog } from '@errs/core/testing';
import { foreignBodiesFor } from '@errs/testkit';
import { expect, inject, it } from 'vitest';
import { catalog } from './index.js';

// The contract every errs catalog passes. The run's fuzz seed (fixed under CI, printed) drives its
// properties, so that local runs explore new cases and any failure replays with ERRS_FUZZ_SEED.
it('passes the catalog contract (verifyCatalog)', { timeout: 120_000 }, async () => {
  const { failures } = await verifyCatalog(catalog, {
    seed: inject('fuzzSeed'),
    unknownCodeBody: {
      statusCode: 400,
      message: 'A brand-new validation failed.',
      errors: [{ code: 'SomethingBrandNew', message: 'A brand-new validation failed.', field: 'key' }],
    },
    // Beyond the other vendors' examples:
    foreignBodies: [
      ...foreignBodiesFor(catalog.vendor),
      // Close to the envelope, but not it: NestJS-style bodies without `errors`, a status that is no status.
      { statusCode: 404, message: 'Cannot GET /x', error: 'Not Found' },
      { statusCode: '404', message: 'Not found', errors: [] },
      { statusCode: 42, message: 'Not found', errors: [{ code: 'ResourceNotFound' }] },
      { statusCode: 400, message: 'x', errors: [{ message: 'no code' }] },
    ],
  });
  expect(failures).toEqual([]);
});

// As its README calls it: no options at all, the code the catalog lacks found by verifyCatalog itself.
it('passes the catalog contract with no options, as its README shows', { timeout: 120_000 }, async () => {
  expect((await verifyCatalog(catalog)).failures).toEqual([]);
});
