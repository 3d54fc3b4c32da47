import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import type { MockServer } from './server/mock-server';
import { startMockServer } from './server/mock-server';

/** Starts the mock vendor server with `vite` (dev) and `vite preview`, and proxies /mock to it. */
function mockVendorServer(): Plugin {
  let mock: MockServer | undefined;
  const announce = () => {
    if (mock) console.log(`  errs: mock vendor server on ${mock.url} (the page reaches it at /mock)`);
  };
  const stop = () => void mock?.close();
  return {
    name: 'errs-mock-vendor-server',
    async config(_config, env) {
      if (env.command !== 'serve' || process.env.VITEST) return;
      mock = await startMockServer({ port: Number(process.env.MOCK_PORT ?? 0) });
      const proxy = { '/mock': { target: mock.url } };
      return { server: { proxy }, preview: { proxy } };
    },
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        announce();
        // `pnpm dev` runs Vite quiet (--logLevel warn): the page's URL is then the last line, ours.
        if (process.env.ERRS_DEV_ANNOUNCE) setImmediate(() => { console.log(`  errs playground: ${server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/'}`); });
      });
      server.httpServer?.once('close', stop);
    },
    configurePreviewServer(server) {
      server.httpServer.once('listening', announce);
      server.httpServer.once('close', stop);
    },
  };
}

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  plugins: [mockVendorServer()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      output: {
        // The body editor in a chunk of its own: cached apart from the page's code.
        manualChunks(id) {
          if (/[\\/](@codemirror|@lezer|style-mod|w3c-keyname|crelt)[\\/]/.test(id)) return 'codemirror';
          return undefined;
        },
      },
      // zod's sources carry comments Rollup cannot place; they are harmless.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
        warn(warning);
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
