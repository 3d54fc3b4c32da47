// @errs/core/otel with the real OpenTelemetry API and SDK: spans go through a SimpleSpanProcessor to
// an InMemorySpanExporter, and what the exporter holds is what a backend would get.
import { SpanStatusCode, type Span } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { errorAttributes, recordError } from '@errs/core/otel';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callVendor, closedPort, startVendor, type VendorServer } from './vendor.js';

const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('errs-test');

let vendor: VendorServer;
beforeAll(async () => {
  vendor = await startVendor();
});
afterAll(() => vendor.close());
beforeEach(() => { exporter.reset(); });

/** One operation in its span, as an app writes it: a failure is recorded, then thrown on. */
async function operation(name: string, body: (span: Span) => Promise<void>): Promise<void> {
  await tracer.startActiveSpan(name, async (span) => {
    try {
      await body(span);
    } finally {
      span.end();
    }
  });
}

function finished() {
  const spans = exporter.getFinishedSpans();
  expect(spans).toHaveLength(1);
  return spans[0]!;
}

describe('recordError on a real span', () => {
  it("a 409 from the vendor: status Error described by the vendor's message, error.type connect.ConcurrentModification", async () => {
    await operation('update deployment', async (span) => {
      recordError(span, await callVendor(`${vendor.url}/conflict`));
    });
    const span = finished();
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'Object id=dep-1 has a different version than expected. Expected: 3 - Actual: 4)' });
    expect(span.attributes).toEqual({
      'error.type': 'connect.ConcurrentModification',
      'http.response.status_code': 409,
      'errs.vendor': 'connect',
      'errs.category': 'ABORTED',
      'errs.known': true,
      'errs.retryable': false, // connect's advice: read the resource again before retrying
      'errs.request_id': 'corr-409',
    });
    expect(span.events).toEqual([]); // no span event: the conventions advise against recordException
  });

  it("a 500 whose own message reached the client: described by the code's documented message, the own one nowhere", async () => {
    await operation('load order', async (span) => {
      const error = await callVendor(`${vendor.url}/internal`);
      expect(error.message).toContain('NullPointerException'); // the client did get it
      recordError(span, error);
    });
    const span = finished();
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes).toMatchObject({ 'error.type': 'connect.General', 'http.response.status_code': 500, 'errs.request_id': 'corr-500' });
    expect(JSON.stringify([span.status, span.attributes])).not.toMatch(/NullPointer|10\.0\.0\.3/);
  });

  it('a gateway page instead of an envelope: error.type by its status code, errs.known false, no description', async () => {
    await operation('list orders', async (span) => {
      recordError(span, await callVendor(`${vendor.url}/unavailable`));
    });
    const span = finished();
    expect(span.attributes).toMatchObject({ 'error.type': 'connect.HTTP_503', 'http.response.status_code': 503, 'errs.known': false, 'errs.category': 'UNAVAILABLE' });
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR }); // no description: the status code says it
  });

  it('no response at all: error.type connect.UNAVAILABLE and no status code', async () => {
    const url = await closedPort();
    await operation('ping', async (span) => {
      recordError(span, await callVendor(url));
    });
    const span = finished();
    expect(span.attributes['error.type']).toBe('connect.UNAVAILABLE');
    expect(span.attributes).not.toHaveProperty('http.response.status_code');
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
  });

  it('an error that was retried, the operation then completing, leaves the span as a success', async () => {
    await operation('update with retry', async (span) => {
      const first = await callVendor(`${vendor.url}/conflict`);
      expect(recordError(span, first, { handled: true })).toBe(false); // retried below
      const second = await fetch(`${vendor.url}/ok`);
      expect(second.ok).toBe(true);
    });
    const span = finished();
    expect(span.status).toEqual({ code: SpanStatusCode.UNSET });
    expect(span.attributes).toEqual({});
  });

  it('the attributes of a metric: the same error.type, no request id', async () => {
    const error = await callVendor(`${vendor.url}/conflict`);
    const attributes = errorAttributes(error, { metric: true });
    expect(attributes['error.type']).toBe('connect.ConcurrentModification');
    expect(attributes).not.toHaveProperty('errs.request_id');
  });
});
