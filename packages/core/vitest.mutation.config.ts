import { mutationVitestConfig } from '@errs/mutation/vitest';

// What Stryker runs (see stryker.config.mjs): core's tests and every suite that tests the core
// through its package name, each import of @errs/core sent to the (mutated) source.
export default mutationVitestConfig(import.meta.url, {
  aliases: {
    '@errs/core': 'src/index.ts',
    '@errs/core/envelope': 'src/envelope-entry.ts',
    '@errs/core/testing': 'src/testing/index.ts',
    '@errs/core/express': 'src/servers/express.ts',
    '@errs/core/fastify': 'src/servers/fastify.ts',
    '@errs/core/hono': 'src/servers/hono.ts',
    '@errs/core/client': 'src/clients/client.ts',
    '@errs/core/axios': 'src/clients/axios.ts',
    '@errs/core/ky': 'src/clients/ky.ts',
    '@errs/core/ofetch': 'src/clients/ofetch.ts',
    '@errs/core/got': 'src/clients/got.ts',
    '@errs/core/openapi-fetch': 'src/clients/openapi-fetch.ts',
    '@errs/core/fetch': 'src/clients/fetch.ts',
    '@errs/core/otel': 'src/observe/otel.ts',
    '@errs/core/sentry': 'src/observe/sentry.ts',
    '@errs/core/openapi': 'src/openapi/index.ts',
  },
  projects: [
    'packages/omnia', 'packages/ayanova', 'packages/easydb', 'packages/connect', 'packages/platform',
    'tooling/servers', 'tooling/clients', 'tooling/hostile', 'tooling/observability',
  ],
});
