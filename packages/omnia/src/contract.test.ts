import { describeCatalogContract } from '@errs/testkit';
import { catalog } from './index.js';

// The other vendors' example bodies are tried by the contract itself.
describeCatalogContract(catalog, {
  detailParent: { code: 'ValidationFailed' },
  unknownCodeBody: { code: 'BrandNewOmniaCode', message: 'Something new happened.' },
});
