import { describeCatalogContract } from '@errs/testkit';
import { catalog } from './index.js';

// easydb has no nested codes: no detailParent. The other vendors' example bodies are tried by the contract itself.
describeCatalogContract(catalog, {
  unknownCodeBody: { realm: 'user', code: 'error.user.brand_new_easydb_code', parameters: { id: '7' } },
});
