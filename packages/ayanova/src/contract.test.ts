import { describeCatalogContract } from '@errs/testkit';
import { catalog } from './index.js';

describeCatalogContract(catalog, {
  detailParent: { code: '2200', params: {} },
  unknownCodeBody: { error: { code: '2999', message: 'A code newer than this catalog' } },
  foreignBodies: [
    // omnia
    { code: 'ValidationFailed', message: 'Request validation failed.', errors: [{ code: 'RequiredValue', name: '_code', message: 'Attribute value is required.' }] },
    // easydb
    { realm: 'user', code: 'error.user.collection_not_found', parameters: { id: '99' } },
    // connect
    { statusCode: 404, message: 'Not found', errors: [{ code: 'ResourceNotFound', message: 'Not found' }] },
    // platform
    { id: 'err_20241220153235xA1B2C3D4', code: 400, type: 'Runtime', message: 'The integration failed' },
    // the same outer shape with codes that are not AyaNova's (Azure / OAuth style)
    { error: { code: 'ResourceNotFound', message: 'Not found' } },
    { error: { code: '404', message: 'Not found' } },
    { error: 'invalid_grant' },
  ],
});
