import { describeCatalogContract } from '@errs/testkit';
import { catalog } from './index.js';

describeCatalogContract(catalog, {
  detailParent: { code: '2200', params: {} },
  unknownCodeBody: { error: { code: '2999', message: 'A code newer than this catalog' } },
  // Beyond the other vendors' examples: the same outer shape with codes that are not AyaNova's (Azure / OAuth style).
  foreignBodies: [{ error: { code: 'ResourceNotFound', message: 'Not found' } }, { error: { code: '404', message: 'Not found' } }, { error: 'invalid_grant' }],
});
