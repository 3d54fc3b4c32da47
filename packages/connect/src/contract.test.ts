import { describeCatalogContract } from '@errs/testkit';
import { catalog } from './index.js';

describeCatalogContract(catalog, {
  unknownCodeBody: {
    statusCode: 400,
    message: 'A brand-new validation failed.',
    errors: [{ code: 'SomethingBrandNew', message: 'A brand-new validation failed.', field: 'key' }],
  },
  // The other vendors' bodies (the connect one given to every package is this envelope itself).
  foreignBodies: [
    {
      code: 'ValidationFailed',
      message: 'Request validation failed.',
      errors: [{ code: 'RequiredValue', name: '_code', message: 'Attribute value is required.' }],
    },
    { error: { code: '2200', message: 'Object did not pass validation', details: [{ target: 'Name', error: '2201' }] } },
    { realm: 'user', code: 'error.user.collection_not_found', parameters: { id: '99' } },
    { id: 'err_20241220153235xA1B2C3D4', code: 400, type: 'Runtime', message: 'The integration failed' },
    // Close to the envelope, but not it: NestJS-style bodies without `errors`, a status that is no status.
    { statusCode: 404, message: 'Cannot GET /x', error: 'Not Found' },
    { statusCode: '404', message: 'Not found', errors: [] },
    { statusCode: 42, message: 'Not found', errors: [{ code: 'ResourceNotFound' }] },
    { statusCode: 400, message: 'x', errors: [{ message: 'no code' }] },
  ],
});
