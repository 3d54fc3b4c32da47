import { describeCatalogContract } from '@errs/testkit';
import { catalog } from './index.js';

describeCatalogContract(catalog, {
  // easydb has no nested codes: no detailParent.
  unknownCodeBody: { realm: 'user', code: 'error.user.brand_new_easydb_code', parameters: { id: '7' } },
  // The other vendors' bodies (easydb's own example is this envelope, so it is not among them).
  foreignBodies: [
    {
      code: 'ValidationFailed',
      message: 'Request validation failed.',
      errors: [{ code: 'RequiredValue', name: '_code', message: 'Attribute value is required.' }],
    },
    { error: { code: '2200', message: 'Object did not pass validation', details: [{ target: 'Name', error: '2201' }] } },
    { statusCode: 404, message: 'Not found', errors: [{ code: 'ResourceNotFound', message: 'Not found' }] },
    { id: 'err_20241220153235xA1B2C3D4', code: 400, type: 'Runtime', message: 'The integration failed' },
  ],
});
