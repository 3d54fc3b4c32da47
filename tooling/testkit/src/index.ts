export { arbitraryOf } from './arbitrary.js';
export { describeCatalogContract, paramsArbitrary } from './contract.js';
export type { ContractCatalog, ContractError, ContractOptions } from './contract.js';
export { exampleBodies } from './examples.js';
