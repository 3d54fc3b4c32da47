// The consumer projects: what a user writes after `npm i @errs/<pkg> zod`, once as ESM (.mjs),
// once as CommonJS (.cjs), and once in TypeScript with `module: node16` (.mts and .cts, so both
// the `import` and the `require` conditions of the exports map are type-checked).
//
// Each file is self-contained and exits non-zero (an assertion error) when the package misbehaves.

/** @param {'esm' | 'cjs'} kind */
function vendorBody(kind) {
  const tla = kind === 'esm' ? '' : '(async () => {\n';
  const tlaEnd = kind === 'esm' ? '' : '\n})().catch((err) => { console.error(err); process.exitCode = 1; });';
  return `${tla}
assert.equal(catalog.vendor, VENDOR);
assert.ok(Array.isArray(catalog.codes) && catalog.codes.length > 0, 'the catalog lists its codes');

// A top-level code that can be created without params (the first one whose create succeeds).
let error;
for (const code of catalog.codes) {
  const info = catalog.get(code);
  assert.equal(info.code, code);
  if (info.nested) continue;
  try {
    error = catalog.create(code);
    break;
  } catch {
    // this code needs params
  }
}
assert.ok(error, 'some code can be created without params');
assert.ok(isErrsError(error), 'isErrsError');
assert.ok(error instanceof ErrsError, 'instanceof ErrsError (the vendor package shares the core)');
assert.ok(error instanceof Error, 'instanceof Error');
assert.ok(catalog.is(error, error.code), 'catalog.is');
assert.equal(error.vendor, VENDOR);
assert.equal(error.known, true);

// Wire round trip: encode -> parse, and Response -> fromResponse.
const encoded = catalog.encode(error);
assert.equal(encoded.status, error.status);
const back = catalog.parse(typeof encoded.body === 'string' ? encoded.body : JSON.stringify(encoded.body), {
  status: encoded.status,
  headers: encoded.headers,
});
assert.equal(back.code, error.code);
assert.equal(back.status, error.status);
assert.equal(back.known, true);
const fromResponse = await catalog.fromResponse(catalog.toResponse(error));
assert.equal(fromResponse.code, error.code);

// Untrusted input never throws from safeParse.
const bad = catalog.safeParse('<html><body>502 Bad Gateway</body></html>', { status: 502 });
assert.equal(bad.success, false);
assert.equal(typeof error.toProblem().status, 'number');
assert.equal(JSON.parse(JSON.stringify(error)).code, error.code);

TWIN
${tlaEnd}`;
}

/**
 * @param {string} name   the package name, e.g. "@errs/omnia"
 * @param {string} vendor the catalog's vendor id, e.g. "omnia"
 * @returns {Record<string, string>} file name -> content
 */
export function vendorConsumer(name, vendor) {
  const esm = `import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { catalog } from '${name}';
import { docs } from '${name}/docs';
import { ErrsError, isErrsError } from '@errs/core';

const VENDOR = ${JSON.stringify(vendor)};
assert.match(import.meta.resolve('${name}'), /\\/dist\\/index\\.js$/, 'import resolves to the ESM build');
assert.match(import.meta.resolve('${name}/docs'), /\\/dist\\/docs\\.js$/, 'the docs subpath resolves to its ESM build');
assert.ok(Object.keys(docs).length > 0 && Object.keys(docs).every((code) => catalog.codes.includes(code)), 'docs are keyed by codes of the catalog');
const openapi = createRequire(import.meta.url)('${name}/openapi.json');
assert.equal(openapi.openapi, '3.1.0', 'the package exports its OpenAPI document');
assert.ok(Object.keys(openapi.components.responses).length > 0, 'with its responses');
${vendorBody('esm').replace(
  'TWIN',
  `// Dual package: the CJS build is a second copy; its errors are still recognised (brand, not identity).
const twin = createRequire(import.meta.url)('${name}');
assert.notEqual(twin.catalog, catalog, 'require() loads the CJS build');
const twinError = twin.catalog.parse(JSON.stringify(encoded.body), { status: encoded.status });
assert.ok(catalog.is(twinError, error.code), 'ESM catalog recognises a CJS error');
assert.ok(isErrsError(twinError) && twinError instanceof ErrsError, 'ESM core recognises a CJS error');`,
)}
`;
  const cjs = `'use strict';
const assert = require('node:assert/strict');
const { catalog } = require('${name}');
const { docs } = require('${name}/docs');
const { ErrsError, isErrsError } = require('@errs/core');

const VENDOR = ${JSON.stringify(vendor)};
assert.match(require.resolve('${name}'), /[\\\\/]dist[\\\\/]index\\.cjs$/, 'require resolves to the CJS build');
assert.match(require.resolve('${name}/docs'), /[\\\\/]dist[\\\\/]docs\\.cjs$/, 'the docs subpath resolves to its CJS build');
assert.ok(Object.keys(docs).length > 0 && Object.keys(docs).every((code) => catalog.codes.includes(code)), 'docs are keyed by codes of the catalog');
assert.equal(require('${name}/openapi.json').openapi, '3.1.0', 'the package exports its OpenAPI document');
${vendorBody('cjs').replace('TWIN', '')}
`;
  const types = `import { catalog, type Code } from '${name}';
import { docs } from '${name}/docs';
import { isErrsError, type ErrsError } from '@errs/core';

export const vendor: ${JSON.stringify(vendor)} = catalog.vendor;
// @ts-expect-error: the vendor id is a literal type, so the types are really there (not any)
export const wrongVendor: 'not-a-vendor' = catalog.vendor;
// @ts-expect-error: codes are a union of the documented codes
catalog.create('not-a-documented-code-at-all');

export const codes: readonly string[] = catalog.codes;
export const documented = Object.keys(docs) as Code[];
// @ts-expect-error: the docs table is keyed by the catalog's codes
export const notDocumented = docs['not-a-documented-code-at-all'];

export async function handle(response: Response): Promise<string> {
  const error = await catalog.fromResponse(response);
  const base: ErrsError = error;
  if (catalog.is(error) && error.known) return \`\${error.vendor}:\${error.code}:\${error.status}\`;
  return isErrsError(base) ? base.message : 'never';
}

export function tryParse(body: unknown): number | undefined {
  const result = catalog.safeParse(body, { status: 400 });
  return result.success ? result.data.status : undefined;
}
`;
  return { 'esm.mjs': esm, 'cjs.cjs': cjs, 'types.mts': types, 'types.cts': types };
}

const coreCatalog = `
const body = z.object({
  error: z.object({ type: z.string(), message: z.string(), params: z.optional(z.record(z.string(), z.unknown())) }),
  request_id: z.optional(z.string()),
});

const acme = defineCatalog({
  vendor: 'acme',
  envelope: {
    schema: body,
    read: (input) =>
      readWith(body, input, ({ error, request_id }) => ({
        code: error.type, message: error.message, params: error.params, requestId: request_id,
      })),
    write: (e) => ({ body: { error: { type: e.code, message: e.message, params: e.params }, request_id: e.requestId } }),
  },
  errors: {
    order_not_found: {
      status: 404,
      message: 'No order with id {id}.',
      schema: z.object({ id: z.string() }),
      category: 'NOT_FOUND',
    },
    busy: { status: 503, message: 'Try again shortly.', category: 'UNAVAILABLE' },
  },
});
`;

/** @param {'esm' | 'cjs'} kind */
function coreBody(kind) {
  const open = kind === 'esm' ? '' : '(async () => {\n';
  const close = kind === 'esm' ? '' : '\n})().catch((err) => { console.error(err); process.exitCode = 1; });';
  return `${coreCatalog}
${open}
assert.equal(acme.vendor, 'acme');
assert.deepEqual([...acme.codes].sort(), ['busy', 'order_not_found']);
const error = acme.create('order_not_found', { id: 'o-1' });
assert.ok(isErrsError(error) && error instanceof ErrsError && error instanceof Error);
assert.equal(error.message, 'No order with id o-1.');
assert.equal(error.status, 404);
assert.equal(error.category, 'NOT_FOUND');
assert.throws(() => acme.create('order_not_found', { id: 1 }), TypeError);

const encoded = acme.encode(error);
assert.equal(encoded.status, 404);
const back = acme.parse(JSON.stringify(encoded.body), { status: encoded.status });
assert.equal(back.code, 'order_not_found');
assert.deepEqual(back.params, { id: 'o-1' });
assert.equal(match(back, { order_not_found: (e) => e.params.id, _: () => 'other' }), 'o-1');

const unknown = acme.parse({ error: { type: 'brand_new', message: 'New.' } }, { status: 409 });
assert.equal(unknown.known, false);
assert.equal(unknown.code, 'brand_new');

const busy = await acme.fromResponse(acme.toResponse(acme.create('busy')));
assert.equal(busy.code, 'busy');
assert.equal(busy.retryable, true);

assert.throws(() => acme.parse('<html>502</html>'), (e) => isErrsParseError(e) && e.reason === 'not_json');
assert.equal(acme.safeParse('<html>502</html>').success, false);
assert.equal(fromJSON(JSON.parse(JSON.stringify(error))).code, 'order_not_found');
assert.equal(error.toProblem().status, 404);
${serversBody(kind)}
${clientsBody(kind)}
${observeBody()}

// @errs/core/testing: the contract suite, with fast-check loaded on demand.
const verdict = await verifyCatalog(acme, { runsPerCode: 5, fuzzRuns: 50 });
assert.deepEqual(verdict, { ok: true, failures: [] });
const leaky = { ...acme, encode: (e) => acme.encode(e, { expose: true }) };
assert.deepEqual((await verifyCatalog(leaky, { fuzz: false })).failures, ['5xx leak of busy: the encoded body and headers carries the internal message or cause']);
${close}`;
}


/**
 * The error handlers' subpaths (`@errs/core/express`, `/fastify`, `/hono`), run with stand-ins for
 * the framework objects: the consumer project has no framework installed, so this also proves
 * they need none at run time.
 * @param {'esm' | 'cjs'} kind
 */
function serversBody(kind) {
  const resolve = kind === 'esm' ? 'import.meta.resolve' : 'require.resolve';
  const ext = kind === 'esm' ? 'js' : 'cjs';
  return `
for (const sub of ['express', 'fastify', 'hono']) {
  assert.match(${resolve}('@errs/core/' + sub), new RegExp('[\\\\\\\\/]dist[\\\\\\\\/]' + sub + '\\\\.${ext}$'), sub + ' resolves to its ${kind.toUpperCase()} build');
}
const seen = [];
const onError = (handled) => seen.push(handled);
const secret = new Error('password=hunter2');

// Express: four parameters (how Express tells an error handler), and a masked 500 in acme's envelope.
const expressHandler = expressErrorHandler(acme, { onError });
assert.equal(expressHandler.length, 4);
const res = { headersSent: false, locals: {}, sent: undefined, headers: {},
  status(s) { this.statusCode = s; return this; }, set(h) { Object.assign(this.headers, h); return this; }, send(b) { this.sent = b; return this; } };
expressHandler(secret, {}, res, () => assert.fail('next is only for errors after headers are sent'));
assert.equal(res.statusCode, 500);
// acme names no internal code and has no 500 one: a status-only 500, nothing of the original.
assert.deepEqual(JSON.parse(res.sent), { error: { type: 'HTTP_500', message: 'Internal Server Error', params: {} } });
assert.equal(seen[0].thrown, secret);
assert.equal(seen[0].kind, 'internal');

// Fastify: a body-size error keeps its 413.
const reply = { sent: false, code(s) { this.statusCode = s; return this; }, headers(h) { this.h = h; return this; }, send(b) { this.body = b; return this; } };
fastifyErrorHandler(acme, { onError })(Object.assign(new Error('too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' }), { log: {} }, reply);
assert.equal(reply.statusCode, 413);
assert.equal(JSON.parse(reply.body).error.type, 'HTTP_413');

// Hono: an ErrsError of the vendor, as encode says.
const c = { req: {}, newResponse: (body, status, headers) => new Response(body, { status, headers }) };
const response = await honoErrorHandler(acme, { onError })(acme.create('busy'), c);
assert.equal(response.status, 503);
assert.equal((await acme.fromResponse(response)).code, 'busy');
`;
}

/**
 * The client integrations' subpaths (`@errs/core/axios`, `/ky`, `/ofetch`, `/got`, `/openapi-fetch`,
 * `/fetch`, `/client`), run with stand-ins for what each client hands them: no client is installed in
 * the consumer project, so this also proves they need none at run time.
 * @param {'esm' | 'cjs'} kind
 */
function clientsBody(kind) {
  const resolve = kind === 'esm' ? 'import.meta.resolve' : 'require.resolve';
  const load = kind === 'esm' ? '(name) => import(name)' : '(name) => Promise.resolve(require(name))';
  const ext = kind === 'esm' ? 'js' : 'cjs';
  return `
const loadClient = ${load};
for (const sub of ['client', 'axios', 'ky', 'ofetch', 'got', 'openapi-fetch', 'fetch']) {
  assert.match(${resolve}('@errs/core/' + sub), new RegExp('[\\\\\\\\/]dist[\\\\\\\\/]' + sub + '\\\\.${ext}$'), sub + ' resolves to its ${kind.toUpperCase()} build');
}
const busyBody = JSON.stringify({ error: { type: 'busy', message: 'Try again shortly.' } });
const isBusy = (e) => acme.is(e, 'busy') && e.status === 503;
const { errsFetch } = await loadClient('@errs/core/fetch');
await assert.rejects(errsFetch(acme, { fetch: async () => new Response(busyBody, { status: 503 }) })('https://acme.test/'), isBusy);
assert.equal((await errsFetch(acme, { fetch: async () => new Response('{}') })('https://acme.test/')).status, 200);
const { errsInterceptor } = await loadClient('@errs/core/axios');
await assert.rejects(errsInterceptor(acme)({ response: { status: 503, headers: {}, data: JSON.parse(busyBody) } }), isBusy);
const { errsHooks: gotHooks } = await loadClient('@errs/core/got');
assert.ok(isBusy(await gotHooks(acme).beforeError[0]({ name: 'HTTPError', message: 'x', response: { statusCode: 503, headers: {}, body: busyBody } })));
const { errsHooks: ofetchHooks } = await loadClient('@errs/core/ofetch');
await assert.rejects(ofetchHooks(acme).onResponseError({ request: '/', options: { retry: false }, response: new Response(busyBody, { status: 503 }) }), isBusy);
const { errsHooks: kyHooks } = await loadClient('@errs/core/ky');
assert.ok(isBusy(await kyHooks(acme).beforeError[0]({ error: { name: 'HTTPError', response: new Response(busyBody, { status: 503 }) } })));
const { errsMiddleware } = await loadClient('@errs/core/openapi-fetch');
await assert.rejects(errsMiddleware(acme).onResponse({ response: new Response(busyBody, { status: 503 }) }), isBusy);
const { rethrow } = await loadClient('@errs/core/client');
await assert.rejects(rethrow(acme)(new TypeError('fetch failed')), (e) => acme.is(e) && e.category === 'UNAVAILABLE');
`;
}

/**
 * `@errs/core/otel` and `/sentry`, run with a stand-in span and a plain event: the consumer has
 * neither @opentelemetry/api nor a Sentry SDK installed, so this also proves they need none at run time.
 */
function observeBody() {
  return `
const kept = {};
const span = { isRecording: () => true, setAttributes: (a) => Object.assign(kept, a), setStatus: (s) => { kept.status = s; } };
assert.equal(recordError(span, acme.create('busy')), true);
assert.deepEqual(kept.status, { code: 2, message: 'Try again shortly.' });
assert.equal(kept['error.type'], 'acme.busy');
assert.equal(errorAttributes(new TypeError('x'))['error.type'], 'TypeError');
const event = errsBeforeSend()({}, { originalException: acme.create('order_not_found', { id: 'o-1' }) });
assert.deepEqual(event.fingerprint, ['{{ default }}', 'acme', 'order_not_found']);
assert.equal(errsIntegration().name, 'Errs');
`;
}

/** @returns {Record<string, string>} */
export function coreConsumer() {
  const esm = `import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as z from 'zod';
import { defineCatalog, ErrsError, fromJSON, isErrsError, isErrsParseError, match } from '@errs/core';
import { readWith } from '@errs/core/envelope';
import { errorHandler as expressErrorHandler } from '@errs/core/express';
import { errorHandler as fastifyErrorHandler } from '@errs/core/fastify';
import { errorHandler as honoErrorHandler } from '@errs/core/hono';
import { verifyCatalog } from '@errs/core/testing';
import { errorAttributes, recordError } from '@errs/core/otel';
import { errsBeforeSend, errsIntegration } from '@errs/core/sentry';

assert.match(import.meta.resolve('@errs/core'), /\\/dist\\/index\\.js$/, 'import resolves to the ESM build');
assert.match(import.meta.resolve('@errs/core/testing'), /\\/dist\\/testing\\/index\\.js$/, 'the testing subpath resolves to its ESM build');
assert.match(import.meta.resolve('@errs/core/envelope'), /\\/dist\\/envelope\\.js$/, 'the envelope subpath resolves to its ESM build');
${coreBody('esm')}
// Dual package: an error made by the CJS build is recognised by the ESM build (Symbol.for brand).
const cjs = createRequire(import.meta.url)('@errs/core');
assert.notEqual(cjs.ErrsError, ErrsError, 'require() loads the CJS build');
const twin = cjs.fromJSON(error.toJSON());
assert.ok(isErrsError(twin), 'ESM isErrsError recognises a CJS error');
assert.ok(twin instanceof ErrsError, 'ESM instanceof recognises a CJS error');
assert.ok(acme.is(twin, 'order_not_found'), 'ESM catalog recognises a CJS error');
// Each entry point exports the same names to import and to require (core's entries.test.ts pins which).
for (const entry of ['', '/envelope', '/testing', '/express', '/fastify', '/hono', '/client', '/axios', '/ky', '/ofetch', '/got', '/openapi-fetch', '/fetch', '/otel', '/sentry']) {
  const name = '@errs/core' + entry;
  assert.deepEqual(Object.keys(createRequire(import.meta.url)(name)).sort(), Object.keys(await import(name)).sort(), name + ': the same exports from import and require');
}
`;
  const cjs = `'use strict';
const assert = require('node:assert/strict');
const z = require('zod');
const { defineCatalog, ErrsError, fromJSON, isErrsError, isErrsParseError, match } = require('@errs/core');
const { readWith } = require('@errs/core/envelope');
const { errorHandler: expressErrorHandler } = require('@errs/core/express');
const { errorHandler: fastifyErrorHandler } = require('@errs/core/fastify');
const { errorHandler: honoErrorHandler } = require('@errs/core/hono');
const { verifyCatalog } = require('@errs/core/testing');
const { errorAttributes, recordError } = require('@errs/core/otel');
const { errsBeforeSend, errsIntegration } = require('@errs/core/sentry');

assert.match(require.resolve('@errs/core'), /[\\\\/]dist[\\\\/]index\\.cjs$/, 'require resolves to the CJS build');
assert.match(require.resolve('@errs/core/testing'), /[\\\\/]dist[\\\\/]testing[\\\\/]index\\.cjs$/, 'the testing subpath resolves to its CJS build');
assert.match(require.resolve('@errs/core/envelope'), /[\\\\/]dist[\\\\/]envelope\\.cjs$/, 'the envelope subpath resolves to its CJS build');
${coreBody('cjs')}
`;
  const types = `import * as z from 'zod';
import { defineCatalog, isErrsError, match, type ErrsError } from '@errs/core';
import { readWith, type Envelope } from '@errs/core/envelope';
import { verifyCatalog, type VerifyResult } from '@errs/core/testing';
${coreCatalog}
export const verdict: Promise<VerifyResult> = verifyCatalog(acme, { seed: 1 });
// The envelope's types come from the envelope subpath, for import and for require alike.
export const wire: Envelope = acme.envelope;
// @ts-expect-error: the verdict's failures are sentences
export const notSentences: Promise<{ failures: number[] }> = verifyCatalog(acme);
const error = acme.create('order_not_found', { id: 'o-1' });
export const id: string = error.params.id;
export const status: number = error.status;
// @ts-expect-error: params are typed per code
acme.create('order_not_found', { id: 1 });
// @ts-expect-error: codes are a union of the declared codes
acme.create('no_such_code');

export function describe(value: unknown): string {
  if (acme.is(value, 'order_not_found')) {
    const maybe: string | undefined = value.params.id;
    return maybe ?? 'no id';
  }
  if (!isErrsError(value)) return 'not an error';
  const e: ErrsError = value;
  return e.code;
}

export async function handle(response: Response): Promise<string> {
  const e = await acme.fromResponse(response);
  return match(e, {
    order_not_found: (x) => \`no order \${x.params.id ?? '?'}\`,
    busy: () => 'busy',
    _: (x) => x.message,
  });
}
`;
  return { 'esm.mjs': esm, 'cjs.cjs': cjs, 'types.mts': types, 'types.cts': types };
}

/**
 * The error handlers as a user of each framework writes them: `servers.mts` and `servers.cts` (the
 * frameworks' types and @types/node installed, unlike the other TypeScript consumers).
 */
export function serversTypes() {
  return `import type { Express } from 'express';
import type { FastifyInstance } from 'fastify';
import type { Hono } from 'hono';
import * as z from 'zod';
import { defineCatalog } from '@errs/core';
import { readWith } from '@errs/core/envelope';
import { errorHandler as expressErrorHandler } from '@errs/core/express';
import { errorHandler as fastifyErrorHandler, type HandledError } from '@errs/core/fastify';
import { errorHandler as honoErrorHandler } from '@errs/core/hono';
import type { Span } from '@opentelemetry/api';
import { errorAttributes, recordError } from '@errs/core/otel';
import { errsBeforeSend, errsIntegration } from '@errs/core/sentry';
${coreCatalog.replace("const acme = defineCatalog({\n  vendor: 'acme',", "const acme = defineCatalog({\n  vendor: 'acme',\n  internal: 'busy',\n  byStatus: { 404: 'order_not_found' },")}
// @ts-expect-error: internal is one of the catalog's top-level codes
defineCatalog({ vendor: 'x', envelope: acme.envelope, errors: { a: { status: 500, message: 'A.', category: 'INTERNAL' } }, internal: 'b' });

export function wire(app: Express, fastify: FastifyInstance, hono: Hono): void {
  app.use(expressErrorHandler(acme, { onError: ({ thrown, request, sent }) => console.error(request.path, sent.code, thrown) }));
  fastify.setErrorHandler(fastifyErrorHandler(acme, { onError: (handled: HandledError<{ url: string }>) => console.error(handled.request.url) }));
  hono.onError(honoErrorHandler(acme, { expose: false }));
}

// The tools' subpaths: OpenTelemetry's Span from its API package, Sentry's event as any SDK has it.
export function observe(span: Span, thrown: unknown): string {
  recordError(span, thrown, { handled: false });
  return errorAttributes(thrown, { metric: true })['error.type'];
}
export const sentry = { beforeSend: errsBeforeSend({ raw: false }), integrations: [errsIntegration()] };
`;
}

/** tsconfig of the TypeScript consumer: node16 resolution, libraries checked too. */
export const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'node16',
    moduleResolution: 'node16',
    lib: ['ES2022', 'DOM'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    esModuleInterop: true, // the tsc --init default; zod's own .d.cts needs it
  },
  files: ['types.mts', 'types.cts'],
};
