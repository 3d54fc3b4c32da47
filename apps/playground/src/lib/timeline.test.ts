import type { Catalog } from '@errs/core';
import { describe, expect, it } from 'vitest';
import { tidewater } from '../custom-catalog';
import { vendors } from '../vendors';
import type { ScenarioId } from './scenarios';
import { scenarios, scenarioSteps, stepResponse } from './scenarios';
import { describeAttempt, runScenario } from './timeline';

const catalog: Catalog = tidewater;

/** A fake transport playing a scenario's steps, with a fake clock. */
function play(c: typeof catalog, id: ScenarioId) {
  const steps = scenarioSteps(c, id);
  let calls = 0;
  let clock = 0;
  const slept: number[] = [];
  return {
    slept,
    run: () =>
      runScenario({
        catalog: c,
        url: '/mock/x',
        fetch: () => {
          const i = calls++;
          clock += 5;
          return Promise.resolve(stepResponse(c, steps[Math.min(i, steps.length - 1)]!, i));
        },
        now: () => clock,
        sleep: (ms) => {
          slept.push(ms);
          clock += ms;
          return Promise.resolve();
        },
        random: () => 0.5,
      }),
  };
}

describe('retry timeline', () => {
  it('keeps each response as it came, for inspecting it and decoding it again', async () => {
    const result = await play(catalog, 'rate-limit').run();
    const [limited, ok] = result.attempts;
    expect(limited!.response!.status).toBe(429);
    expect(limited!.response!.headers['x-ratelimit-reset']).toBe('1');
    const again = catalog.safeParse(limited!.response!.body, { status: 429, headers: limited!.response!.headers });
    expect(again.success && again.data.code).toBe(limited!.code);
    expect(JSON.parse(ok!.response!.body)).toMatchObject({ ok: true });
  });

  it('does in each vendor’s conflict what the script says: refetch only where the advice is refetch', async () => {
    for (const v of vendors) {
      const steps = scenarioSteps(v.catalog, 'conflict');
      const result = await play(v.catalog, 'conflict').run();
      const refetched = result.attempts.some((a) => a.action === 'refetch');
      expect(refetched, v.id).toBe(steps.some((s) => /refetch/.test(s.note) && s.kind === 'ok'));
      const first = steps[0]!;
      expect(result.attempts[0]!.status, v.id).toBe(first.kind === 'error' ? first.error.status : 409);
    }
  });

  it('backs off on 502 twice, then succeeds', async () => {
    const { run, slept } = play(catalog, 'unavailable');
    const result = await run();
    expect(result.outcome).toBe('success');
    expect(result.attempts.map((a) => [a.status, a.action])).toEqual([
      [502, 'retry'],
      [502, 'retry'],
      [200, 'done'],
    ]);
    expect(slept).toEqual([125, 250]);
    expect(result.attempts[0]).toMatchObject({ code: 'upstream_failed', known: true, category: 'UNAVAILABLE', strategy: 'backoff' });
    expect(result.attempts[1]!.at).toBeGreaterThan(result.attempts[0]!.at);
  });

  it('waits for the rate-limit reset header', async () => {
    const { run, slept } = play(catalog, 'rate-limit');
    const result = await run();
    expect(result.outcome).toBe('success');
    expect(result.attempts[0]).toMatchObject({ status: 429, code: 'quota_exceeded', retryAfterMs: 1000, action: 'retry', delayMs: 1000 });
    expect(slept).toEqual([1000]);
    expect(describeAttempt(result.attempts[0]!)).toBe('#1 429 quota_exceeded RESOURCE_EXHAUSTED → backoff: retry in 1000 ms (server asked 1000 ms)');
  });

  it('refetches once on a conflict', async () => {
    const result = await play(catalog, 'conflict').run();
    expect(result.attempts.map((a) => a.action)).toEqual(['refetch', 'done']);
    expect(result.attempts[0]).toMatchObject({ status: 409, code: 'booking_conflict', strategy: 'refetch' });
  });

  it('stops on a validation failure, with its details', async () => {
    const result = await play(catalog, 'validation').run();
    expect(result.outcome).toBe('failed');
    expect(result.attempts).toHaveLength(1);
    expect(result.attempts[0]).toMatchObject({ status: 400, strategy: 'fix', action: 'stop', details: 3 });
    expect(describeAttempt(result.attempts[0]!)).toMatch(/stop, fix the request/);
  });

  it('retries an HTML gateway page as a status-only error', async () => {
    const result = await play(catalog, 'gateway-html').run();
    expect(result.outcome).toBe('success');
    expect(result.attempts[0]).toMatchObject({ status: 502, code: 'HTTP_502', known: false, category: 'UNAVAILABLE', action: 'retry' });
  });

  it('gives up after maxAttempts, and on network errors', async () => {
    const always = await runScenario({
      catalog,
      url: '/x',
      fetch: () => Promise.resolve(new Response('down', { status: 503 })),
      maxAttempts: 3,
      sleep: () => Promise.resolve(),
    });
    expect(always.outcome).toBe('failed');
    expect(always.attempts.map((a) => a.action)).toEqual(['retry', 'retry', 'stop']);
    const offline = await runScenario({ catalog, url: '/x', fetch: () => Promise.reject(new TypeError('fetch failed')) });
    expect(offline.attempts[0]).toMatchObject({ outcome: 'network', action: 'stop' });
  });

  it('plays every scenario of every vendor to its expected end', async () => {
    for (const v of vendors) {
      for (const s of scenarios) {
        const result = await play(v.catalog, s.id).run();
        const expected = s.id === 'validation' ? 'failed' : 'success';
        expect(result.outcome, `${v.id} ${s.id}: ${result.attempts.map(describeAttempt).join(' | ')}`).toBe(expected);
      }
    }
  });
});
