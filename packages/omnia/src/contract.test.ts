import { describeCatalogContract } from '@errs/testkit';
import { catalog } from './index.js';

describeCatalogContract(catalog, {
  detailParent: { code: 'ValidationFailed' },
  unknownCodeBody: { code: 'BrandNewOmniaCode', message: 'Something new happened.' },
  // The other vendors' bodies (OMNIA's own example is this envelope, so it is not among them).
  foreignBodies: [
    { error: { code: '2200', message: 'Object did not pass validation', details: [{ target: 'Name', error: '2201' }] } },
    { realm: 'user', code: 'error.user.collection_not_found', parameters: { id: '99' } },
    { statusCode: 404, message: 'Not found', errors: [{ code: 'ResourceNotFound', message: 'Not found' }] },
    { id: 'err_20241220153235xA1B2C3D4', code: 400, type: 'Runtime', message: 'The integration failed' },
  ],
});
