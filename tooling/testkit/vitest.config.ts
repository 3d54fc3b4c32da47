import { errsVitestConfig } from './src/vitest/config.js';

export default errsVitestConfig();
