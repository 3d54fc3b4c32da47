import { describeCatalogContract } from '@errs/testkit';
import { catalog } from './index.js';

describeCatalogContract(catalog, {
  unknownCodeBody: {
    statusCode: 400,
    message: 'A brand-new validation failed.',
    errors: [{ code: 'SomethingBrandNew', message: 'A brand-new validation failed.', field: 'key' }],
  },
  // Beyond the other vendors' examples, tried by the contract itself:
  foreignBodies: [
    // Close to the envelope, but not it: NestJS-style bodies without `errors`, a status that is no status.
    { statusCode: 404, message: 'Cannot GET /x', error: 'Not Found' },
    { statusCode: '404', message: 'Not found', errors: [] },
    { statusCode: 42, message: 'Not found', errors: [{ code: 'ResourceNotFound' }] },
    { statusCode: 400, message: 'x', errors: [{ message: 'no code' }] },
  ],
});
