import { library } from '@errs/tsup-config';

// One entry per public path: the main entry, `envelope` (helpers for envelope authors), `testing`
// (verifyCatalog), `openapi` (a catalog's documents), one per framework's error handler and one per
// HTTP client's integration (each only type-imports its framework or client, if at all), `client` (their building blocks), and one
// per place caught errors go (`otel`, `sentry`: OpenTelemetry only a type import, Sentry not even that).
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
    client: 'src/clients/client.ts',
    axios: 'src/clients/axios.ts',
    ky: 'src/clients/ky.ts',
    ofetch: 'src/clients/ofetch.ts',
    got: 'src/clients/got.ts',
    'openapi-fetch': 'src/clients/openapi-fetch.ts',
    fetch: 'src/clients/fetch.ts',
    otel: 'src/observe/otel.ts',
    sentry: 'src/observe/sentry.ts',
    openapi: 'src/openapi/index.ts',
  },
});
