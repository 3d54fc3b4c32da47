import { strykerConfig } from '@errs/mutation/stryker';

// `pnpm mutation` (or `pnpm mutation core`): Stryker over src with the whole suite; see TESTING.md.
export default strykerConfig({
  tsconfigFile: 'tsconfig.mutation.json',
  mutate: [
    'src/**/*.ts',
    '!src/**/*.test.ts',
    // The test support (arbitraries, examples, verifyCatalog) runs inside the tests it would be
    // measured by; its own tests stay in the suite.
    '!src/testing/**',
  ],
});
