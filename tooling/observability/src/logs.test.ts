// An ErrsError in logs: pino's real default serializer, Node's util.inspect (console.log and
// console.error) and JSON.stringify (JSON loggers, and res.json), with errors from real responses.
import { inspect } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callVendor, startVendor, type VendorServer } from './vendor.js';

let vendor: VendorServer;
beforeAll(async () => {
  vendor = await startVendor();
});
afterAll(() => vendor.close());

/** A pino logger writing its lines here, each parsed as it is written. */
function logger() {
  const lines: Record<string, unknown>[] = [];
  const texts: string[] = [];
  const log = pino({ base: undefined, timestamp: false }, {
    write(line: string) {
      texts.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  return { log, lines, texts };
}

// What only the raw body of /conflict carries: connect's envelope field names, none of them an ErrsError field.
const RAW_ONLY = /statusCode|"errors"/;

describe('pino, with its default err serializer', () => {
  it('logs vendor, code, status and request id of a 409 beside type, message and stack, and no raw body', async () => {
    const { log, lines, texts } = logger();
    log.error({ err: await callVendor(`${vendor.url}/conflict`) }, 'update failed');
    const err = lines[0]!['err'] as Record<string, unknown>;
    expect(err).toMatchObject({ type: 'ErrsError', vendor: 'connect', code: 'ConcurrentModification', status: 409, requestId: 'corr-409', category: 'ABORTED' });
    expect(err['stack']).toMatch(/^ErrsError: Object id=dep-1 .*\n {4}at callVendor .*vendor\.ts/); // the stack of the fromError call
    expect(err).not.toHaveProperty('raw');
    expect(texts[0]).not.toMatch(RAW_ONLY);
  });

  it("logs a 5xx's own message in message and stack, as of any error: your logs are where what errs keeps off the wire goes", async () => {
    const { log, lines, texts } = logger();
    log.error({ err: await callVendor(`${vendor.url}/internal`) }, 'load failed');
    expect(lines[0]!['err']).toMatchObject({ type: 'ErrsError', vendor: 'connect', code: 'General', status: 500, requestId: 'corr-500', message: 'NullPointerException at OrderService.java:120 (db 10.0.0.3)' });
    expect(texts[0]).not.toMatch(/"raw"|statusCode/);
  });

  it('logs an error given as another key (not err) by its toJSON: no raw body, no own message of a 5xx', async () => {
    const { log, lines, texts } = logger();
    log.warn({ failure: await callVendor(`${vendor.url}/internal`) }, 'load failed');
    expect(lines[0]!['failure']).toMatchObject({ vendor: 'connect', code: 'General', status: 500, requestId: 'corr-500' });
    expect(texts[0]).not.toMatch(/NullPointerException|10\.0\.0\.3|"raw"/);
  });
});

describe('util.inspect (console.log, console.error)', () => {
  it('heads the stack with vendor and code, shows status and request id, and no raw body', async () => {
    const shown = inspect(await callVendor(`${vendor.url}/conflict`));
    expect(shown.split('\n')[0]).toBe('ErrsError [connect ConcurrentModification]: Object id=dep-1 has a different version than expected. Expected: 3 - Actual: 4)');
    expect(shown).toMatch(/\n {4}at callVendor .*vendor\.ts/);
    expect(shown).toMatch(/status: 409,/);
    expect(shown).toContain("requestId: 'corr-409'");
    expect(shown).not.toMatch(/statusCode|raw/);
  });
});

describe('JSON.stringify', () => {
  it('gives vendor, code, status and request id, and leaves out the raw body and the own message of a 5xx', async () => {
    const error = await callVendor(`${vendor.url}/internal`);
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json).toMatchObject({ name: 'ErrsError', vendor: 'connect', code: 'General', status: 500, requestId: 'corr-500' });
    expect(json['message']).toBe(error.title);
    expect(JSON.stringify(error)).not.toMatch(/NullPointerException|10\.0\.0\.3|"raw"|statusCode/);
  });
});
