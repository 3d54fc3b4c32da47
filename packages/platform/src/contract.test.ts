import { describeCatalogContract } from '@errs/testkit';
import { catalog } from './index.js';

describeCatalogContract(catalog, {
  unknownCodeBody: { id: 'err_20241220153235xA1B2C3D4', code: 400, type: 'SomeFutureType', message: 'Something new went wrong' },
  // Beyond the other vendors' examples: the old self-hosted Botpress (v12) format.
  foreignBodies: [{ statusCode: 404, type: 'Error', message: 'Bot not found', details: '', docs: 'https://botpress.com/docs' }],
});
