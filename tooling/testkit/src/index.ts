export { exampleBodies, foreignBodiesFor } from './examples.js';
export { describeWithDocs, hasVendorDoc, hasVendorDocs, readVendorDoc, skipReason, vendorDocsDir } from './docs.js';
export { CI_FUZZ_SEED, fuzzRuns, fuzzSeed, replayHint, seedLine } from './fuzz.js';
export type { FuzzSeed, SeedSource } from './fuzz.js';
export { errorFields } from './fields.js';
