import { describeCatalogContract } from '@errs/testkit';
import { catalog } from './index.js';

describeCatalogContract(catalog, {
  unknownCodeBody: { id: 'err_20241220153235xA1B2C3D4', code: 400, type: 'SomeFutureType', message: 'Something new went wrong' },
  foreignBodies: [
    // omnia
    {
      code: 'ValidationFailed',
      message: 'Request validation failed.',
      errors: [{ code: 'RequiredValue', name: '_code', message: 'Attribute value is required.' }],
    },
    // ayanova
    { error: { code: '2200', message: 'Object did not pass validation', details: [{ target: 'Name', error: '2201' }] } },
    // easydb
    { realm: 'user', code: 'error.user.collection_not_found', parameters: { id: '99' } },
    // connect
    { statusCode: 404, message: 'Not found', errors: [{ code: 'ResourceNotFound', message: 'Not found' }] },
    // the old self-hosted Botpress (v12) format
    { statusCode: 404, type: 'Error', message: 'Bot not found', details: '', docs: 'https://botpress.com/docs' },
  ],
});
