// @errs/core/sentry with the real @sentry/node: events go over HTTP to a local endpoint, and the
// assertions read what arrived there.
import * as Sentry from '@sentry/node';
import { errsBeforeSend, errsIntegration } from '@errs/core/sentry';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSentryEndpoint, type ReceivedEvent, type SentryEndpoint } from './sentry-endpoint.js';
import { callVendor, startVendor, type VendorServer } from './vendor.js';

let vendor: VendorServer;
let endpoint: SentryEndpoint;
beforeAll(async () => {
  [vendor, endpoint] = await Promise.all([startVendor(), startSentryEndpoint()]);
});
afterAll(() => Promise.all([vendor.close(), endpoint.close()]));
afterEach(() => Sentry.close(5_000));

/** Captures one exception and waits until its event has been delivered (flush is bounded). */
async function capture(error: unknown): Promise<ReceivedEvent> {
  const before = endpoint.events.length;
  const id = Sentry.captureException(error);
  expect(await Sentry.flush(10_000)).toBe(true);
  const event = endpoint.events.slice(before).find((e) => e.event_id === id);
  if (!event) throw new Error(`event ${id} did not arrive; received ${endpoint.events.length - before}`);
  return event;
}

const init = (options: Sentry.NodeOptions) => Sentry.init({ dsn: endpoint.dsn, tracesSampleRate: 0, ...options });

describe.each([
  ['errsIntegration', () => init({ integrations: [errsIntegration()] })],
  ['errsBeforeSend', () => init({ beforeSend: errsBeforeSend() })],
])('%s with @sentry/node', (_, setup) => {
  it('groups a 409 by vendor and code, and tags it', async () => {
    setup();
    const event = await capture(await callVendor(`${vendor.url}/conflict`));
    expect(event.fingerprint).toEqual(['{{ default }}', 'connect', 'ConcurrentModification']);
    expect(event.tags).toMatchObject({
      'errs.vendor': 'connect',
      'errs.code': 'ConcurrentModification',
      'errs.category': 'ABORTED',
      'errs.status': '409',
      'errs.known': 'true',
    });
    expect(event.contexts?.['errs']).toMatchObject({ code: 'ConcurrentModification', requestId: 'corr-409', params: { resourceId: 'dep-1', expectedVersion: 3, currentVersion: 4 } });
    expect(event.contexts?.['errs']).not.toHaveProperty('raw');
    expect(event.exception?.values.at(-1)).toMatchObject({ type: 'ErrsError', value: 'Object id=dep-1 has a different version than expected. Expected: 3 - Actual: 4)' });
  });

  it('leaves an event of any other error as Sentry makes it', async () => {
    setup();
    const event = await capture(new RangeError('offset out of range'));
    expect(event.fingerprint).toBeUndefined();
    expect(Object.keys(event.tags ?? {}).filter((t) => t.startsWith('errs.'))).toEqual([]);
    expect(event.contexts).not.toHaveProperty('errs');
  });
});

describe('what the errs context carries', () => {
  it("of a 5xx: neither the raw body nor its own message, which the exception's value still has", async () => {
    init({ integrations: [errsIntegration()] });
    const event = await capture(await callVendor(`${vendor.url}/internal`));
    expect(event.tags).toMatchObject({ 'errs.code': 'General', 'errs.status': '500' });
    expect(event.contexts?.['errs']).toMatchObject({ code: 'General', requestId: 'corr-500' });
    expect(JSON.stringify(event.contexts?.['errs'])).not.toContain('NullPointerException');
    expect(event.exception?.values.at(-1)?.value).toContain('NullPointerException');
  });

  it('the raw body when asked (whole with a normalizeDepth above the default 3)', async () => {
    init({ integrations: [errsIntegration({ raw: true })], normalizeDepth: 6 });
    const event = await capture(await callVendor(`${vendor.url}/conflict`));
    expect(event.contexts?.['errs']).toHaveProperty('raw.errors.0.code', 'ConcurrentModification');
  });

  it('a fingerprint set on the scope wins', async () => {
    init({ integrations: [errsIntegration()] });
    const error = await callVendor(`${vendor.url}/conflict`);
    const before = endpoint.events.length;
    const id = Sentry.withScope((scope) => {
      scope.setFingerprint(['checkout-flow']);
      return Sentry.captureException(error);
    });
    expect(await Sentry.flush(10_000)).toBe(true);
    const event = endpoint.events.slice(before).find((e) => e.event_id === id);
    expect(event?.fingerprint).toEqual(['checkout-flow']);
    expect(event?.tags?.['errs.code']).toBe('ConcurrentModification');
  });
});
