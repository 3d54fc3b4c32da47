import { library } from '@errs/tsup-config';

// One entry per public path: the main entry, `envelope` (helpers for envelope authors), `testing`
// (verifyCatalog), `openapi` (a catalog's documents) and one per framework's error handler (each
// only type-imports its framework).
// `splitting` for CJS too (ESM splits by default): the entries share chunks instead of each bundling
// its own copy, so a vendor package's require of `@errs/core` and `@errs/core/envelope` loads the
// envelope helpers once.
export default library({
  splitting: true,
  entry: {
    index: 'src/index.ts',
    envelope: 'src/envelope-entry.ts',
    'testing/index': 'src/testing/index.ts',
    express: 'src/servers/express.ts',
    fastify: 'src/servers/fastify.ts',
    hono: 'src/servers/hono.ts',
    openapi: 'src/openapi/index.ts',
  },
});
