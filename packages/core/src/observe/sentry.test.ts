import { describe, expect, it } from 'vitest';
import { acme } from '../testing/acme.js';
import type { SentryEventLike } from './sentry.js';
import { errsBeforeSend, errsIntegration } from './sentry.js';

// The real @sentry/node, sending to a local endpoint, is in tooling/observability; here, the edge cases.

const conflict = () =>
  acme.parse({ error: { type: 'version_conflict', message: 'Expected version 2, found 3.', params: { expected: 2, actual: 3 } }, request_id: 'r-5' }, { status: 409 });

describe('errsBeforeSend and errsIntegration', () => {
  it('fingerprint an ErrsError by vendor and code, tag it, and give it an errs context without raw', () => {
    for (const process of [errsBeforeSend(), errsIntegration().processEvent]) {
      const event: SentryEventLike = { tags: { release: 'r1' } };
      expect(process(event, { originalException: conflict() })).toBe(event);
      expect(event.fingerprint).toEqual(['{{ default }}', 'acme', 'version_conflict']);
      expect(event.tags).toEqual({
        release: 'r1',
        'errs.vendor': 'acme',
        'errs.code': 'version_conflict',
        'errs.category': 'ABORTED',
        'errs.status': '409',
        'errs.known': 'true',
      });
      expect(event.contexts?.['errs']).toMatchObject({ code: 'version_conflict', params: { expected: 2, actual: 3 }, requestId: 'r-5' });
      expect(event.contexts?.['errs']).not.toHaveProperty('raw');
    }
  });

  it('put raw in the context when asked', () => {
    const event: SentryEventLike = {};
    errsBeforeSend({ raw: true })(event, { originalException: conflict() });
    expect(event.contexts?.['errs']).toHaveProperty('raw.request_id', 'r-5');
  });

  it('keep a fingerprint set already, and the contexts there are', () => {
    const event: SentryEventLike = { fingerprint: ['checkout'], contexts: { os: { name: 'Linux' } } };
    errsBeforeSend()(event, { originalException: conflict() });
    expect(event.fingerprint).toEqual(['checkout']);
    expect(Object.keys(event.contexts ?? {})).toEqual(['os', 'errs']);
  });

  it('group a code the catalog lacks that is no identifier as _OTHER', () => {
    const event: SentryEventLike = {};
    errsBeforeSend()(event, { originalException: acme.parse({ error: { type: 'order o-1 is gone', message: 'm' } }, { status: 410 }) });
    expect(event.fingerprint).toEqual(['{{ default }}', 'acme', '_OTHER']);
    expect(event.tags?.['errs.known']).toBe('false');
  });

  it('leave any other event as it is, a hostile exception included', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    for (const originalException of [new Error('x'), 'boom', undefined, hostile, acme.safeParse('<html>').error]) {
      const event: SentryEventLike = { tags: { a: 1 } };
      errsBeforeSend()(event, { originalException });
      expect(event).toEqual({ tags: { a: 1 } });
    }
  });
});

describe('errsBeforeSend and errsIntegration, more', () => {
  const own = () => acme.parse({ error: { type: 'internal', message: 'NullPointerException at Order.java:120' } }, { status: 500 });

  it('replace an empty fingerprint', () => {
    const event: SentryEventLike = { fingerprint: [] };
    errsIntegration().processEvent(event, { originalException: conflict() });
    expect(event.fingerprint).toEqual(['{{ default }}', 'acme', 'version_conflict']);
  });

  it("put a 5xx's own message in the context only with expose", () => {
    const hidden: SentryEventLike = {};
    errsBeforeSend()(hidden, { originalException: own() });
    expect(hidden.contexts?.['errs']).toMatchObject({ code: 'internal', message: 'Something went wrong on our side.' });
    expect(JSON.stringify(hidden)).not.toContain('NullPointerException');
    const shown: SentryEventLike = {};
    errsIntegration({ expose: true }).processEvent(shown, { originalException: own() });
    expect(shown.contexts?.['errs']).toMatchObject({ code: 'internal', message: 'NullPointerException at Order.java:120' });
    const notAsked: SentryEventLike = {};
    errsBeforeSend({ expose: false, raw: false })(notAsked, { originalException: own() });
    expect(JSON.stringify(notAsked)).not.toContain('NullPointerException');
  });

  it('is named Errs, as Sentry lists its integrations', () => {
    expect(errsIntegration().name).toBe('Errs');
  });
});
