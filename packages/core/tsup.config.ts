import { library } from '@errs/tsup-config';

// The main entry, and one per framework's error handler (each only type-imports its framework).
export default library({
  entry: {
    index: 'src/index.ts',
    express: 'src/servers/express.ts',
    fastify: 'src/servers/fastify.ts',
    hono: 'src/servers/hono.ts',
  },
});
