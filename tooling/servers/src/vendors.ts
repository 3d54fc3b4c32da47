// The five vendors as the server tests see them: a catalog, an error of its own to throw, and what a
// handler must send (written out here from each catalog.ts and index.ts, not computed).
import { catalog as ayanova } from '@errs/ayanova';
import { catalog as connect } from '@errs/connect';
import type { Catalog, ErrsError } from '@errs/core';
import { catalog as easydb } from '@errs/easydb';
import { catalog as omnia } from '@errs/omnia';
import { catalog as platform } from '@errs/platform';
import { expect } from 'vitest';

export interface Vendor {
  readonly name: string;
  readonly catalog: Catalog;
  /** An error of the vendor, with params, to throw in a route. */
  readonly own: () => ErrsError;
  /** The masked generic internal error: code and status. */
  readonly internal: readonly [code: string, status: number];
  /** The code sent for a framework's 400, 401, 413 and 415 (`HTTP_<status>` where the catalog has none, or several). */
  readonly byStatus: Readonly<Record<400 | 401 | 413 | 415, string>>;
}

export const vendors: readonly Vendor[] = [
  {
    name: 'omnia',
    catalog: omnia,
    own: () => omnia.create('EntityNotFound'),
    internal: ['InternalError', 500],
    byStatus: { 400: 'InvalidInput', 401: 'HTTP_401', 413: 'HTTP_413', 415: 'HTTP_415' },
  },
  {
    name: 'ayanova',
    catalog: ayanova,
    own: () => ayanova.create('2010', { target: 'WorkOrder 42' }),
    internal: ['2002', 503],
    byStatus: { 400: 'HTTP_400', 401: '2003', 413: 'HTTP_413', 415: 'HTTP_415' },
  },
  {
    name: 'easydb',
    catalog: easydb,
    own: () => easydb.create('error.user.collection_not_found', { id: '17' }),
    internal: ['error.server.generic', 500],
    byStatus: { 400: 'error.api.generic', 401: 'HTTP_401', 413: 'HTTP_413', 415: 'HTTP_415' },
  },
  {
    name: 'connect',
    catalog: connect,
    own: () => connect.create('ConcurrentModification', { resourceId: 'dep-1', expectedVersion: 3, currentVersion: 4 }),
    internal: ['General', 500],
    byStatus: { 400: 'HTTP_400', 401: 'HTTP_401', 413: 'HTTP_413', 415: 'HTTP_415' },
  },
  {
    name: 'platform',
    catalog: platform,
    own: () => platform.create('RateLimited', {}, { requestId: 'err_20261201120000xA1B2C3D4', retryAfterMs: 30_000 }),
    internal: ['Internal', 500],
    byStatus: { 400: 'InvalidPayload', 401: 'Unauthorized', 413: 'PayloadTooLarge', 415: 'UnsupportedMediaType' },
  },
];

/** Another vendor's error, for each vendor: never sent as is. */
export function foreignError(vendor: Vendor): ErrsError {
  const other = vendors.find((v) => v.name !== vendor.name);
  if (!other) throw new Error('no other vendor');
  return other.own();
}

/** A message and a cause that must never reach the wire. */
export const SECRET = 'connection to db-primary.internal:5432 refused (password=hunter2)';
export function secretError(): Error {
  return new Error(SECRET, { cause: new Error('inner cause: token sk_live_123') });
}

/** Text of an error that must not be in a body: its message, its cause's, its stack's frames. */
export function leaks(thrown: unknown, body: string): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  for (let e: unknown = thrown; e instanceof Error && !seen.has(e); e = e.cause) {
    seen.add(e);
    if (body.includes(e.message)) found.push(`message ${JSON.stringify(e.message)}`);
    const frame = e.stack?.split('\n').find((line) => line.trim().startsWith('at '));
    if (frame !== undefined && body.includes(frame.trim())) found.push(`stack frame ${frame.trim()}`);
  }
  for (const word of ['hunter2', 'sk_live_123', 'db-primary', '.ts:', 'node_modules', 'Error:']) if (body.includes(word)) found.push(word);
  return found;
}

/**
 * The body a handler must send for `error`, without the id some envelopes generate on every encode
 * (platform's `id`, easydb's server-error `uuid`): a masked error has no id of its own to keep.
 */
export function expectedBody(vendor: Vendor, error: ErrsError): unknown {
  return withoutGeneratedId(vendor, vendor.catalog.encode(error).body);
}

const GENERATED: Readonly<Record<string, readonly [key: string, format: RegExp]>> = {
  platform: ['id', /^err_\d{14}x[0-9A-F]{8}$/],
  easydb: ['uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/],
};

export function withoutGeneratedId(vendor: Vendor, body: unknown): unknown {
  const generated = GENERATED[vendor.name];
  if (!generated || typeof body !== 'object' || body === null || !(generated[0] in body)) return body;
  const { [generated[0]]: id, ...rest } = body as Record<string, unknown>;
  expect(id).toMatch(generated[1]);
  return rest;
}

/**
 * Checks a response against what `encode` says for `error`: the status, every header (content type
 * with or without a framework's `; charset=utf-8`), and the body; then reads it back with
 * `fromResponse`. Returns the body text.
 */
export async function expectSent(vendor: Vendor, response: Response, error: ErrsError, exactBody = true): Promise<string> {
  const encoded = vendor.catalog.encode(error);
  expect(response.status).toBe(encoded.status);
  for (const [name, value] of Object.entries(encoded.headers)) {
    if (name === 'content-type') expect(response.headers.get(name)).toMatch(new RegExp(`^${value.replace(/[+.]/g, '\\$&')}(; ?charset=utf-8)?$`, 'i'));
    else expect(response.headers.get(name), name).toBe(value);
  }
  const text = await response.clone().text();
  const body: unknown = JSON.parse(text);
  if (exactBody) expect(body).toEqual(encoded.body);
  else expect(withoutGeneratedId(vendor, body)).toEqual(expectedBody(vendor, error));
  const back = await vendor.catalog.fromResponse(response);
  expect(back).toMatchObject({ vendor: vendor.name, code: error.code, status: error.status, known: error.known });
  if (exactBody) expect(back.params).toEqual(error.params);
  else expect(withoutGeneratedId(vendor, back.params)).toEqual(withoutGeneratedId(vendor, error.params));
  return text;
}

/** The error a handler must send for a status: the vendor's code for it, or status-only. */
export function statusError(vendor: Vendor, status: 400 | 401 | 413 | 415): ErrsError {
  const code = vendor.byStatus[status];
  return code.startsWith('HTTP_')
    ? vendor.catalog.fromStatus(status, { cause: undefined })
    : vendor.catalog.create(code, undefined, { status });
}

/** The masked internal error a handler must send. */
export function internalError(vendor: Vendor): ErrsError {
  const error = vendor.catalog.create(vendor.internal[0], undefined, {});
  expect(error.status).toBe(vendor.internal[1]);
  return error;
}
