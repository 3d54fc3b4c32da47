export { strykerConfig } from './stryker.js';
export { mutationVitestConfig, repoRoot } from './vitest.js';
