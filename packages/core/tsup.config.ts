import { library } from '@errs/tsup-config';

// One entry per public path: the main entry, `envelope` (helpers for envelope authors), `testing`
// (verifyCatalog) and one per framework's error handler (each only type-imports its framework).
export default library({
  entry: {
    index: 'src/index.ts',
    envelope: 'src/envelope-entry.ts',
    'testing/index': 'src/testing/index.ts',
    express: 'src/servers/express.ts',
    fastify: 'src/servers/fastify.ts',
    hono: 'src/servers/hono.ts',
  },
});
