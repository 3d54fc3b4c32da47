export { arbitraryOf } from './arbitrary.js';
export { describeCatalogContract, paramsArbitrary } from './contract.js';
export type { ContractOptions } from './contract.js';
export { exampleBodies } from './examples.js';
export { describeWithDocs, hasVendorDoc, hasVendorDocs, readVendorDoc, skipReason, vendorDocsDir } from './docs.js';
export { CI_FUZZ_SEED, fuzzRuns, fuzzSeed, replayHint, seedLine } from './fuzz.js';
export type { FuzzSeed, SeedSource } from './fuzz.js';
