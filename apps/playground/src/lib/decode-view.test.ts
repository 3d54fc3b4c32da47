import { describe, expect, it } from 'vitest';
import { vendorById, vendors } from '../vendors';
import { scenarioSteps } from './scenarios';
import { decodeView, MAX_CHARS, MAX_ROWS } from './decode-view';

describe('decodeView', () => {
  it('cuts a huge result to what the page shows, keeping the counts', () => {
    const omnia = vendorById('omnia').catalog;
    const step = scenarioSteps(omnia, 'validation')[0]!;
    if (step.kind !== 'error') throw new Error('no validation error');
    const one = step.error.details[0]!;
    const details = Array.from({ length: 3000 }, (_, i) => ({ code: one.code, params: one.params, path: `lines[${i}].qty` }));
    const { status, body } = omnia.encode(omnia.create(step.error.code, step.error.params, { details }));
    const view = decodeView(omnia, vendors, JSON.stringify(body), String(status), '');
    expect(view.ok).toBe(true);
    if (!view.ok) return;
    expect(view.detailCount).toBe(3000);
    expect(view.details).toHaveLength(MAX_ROWS);
    expect(view.details[1]!.path).toBe('lines[1].qty');
    expect(view.problem.text.length).toBe(MAX_CHARS);
    expect(view.problem.length).toBeGreaterThan(MAX_CHARS);
    // plain data: it crosses to and from a worker
    expect(structuredClone(view)).toEqual(view);
  });

  it('explains a body that is not the envelope, with the fallback a client gets', () => {
    const view = decodeView(vendorById('connect').catalog, vendors, '<html></html>', '502', 'retry-after: 3');
    expect(view.ok).toBe(false);
    if (view.ok) return;
    expect(view.reason).toBe('not_json');
    expect(view.fallback).toMatchObject({ code: 'HTTP_502', retryAfterMs: 3000 });
    expect(view.detected).toEqual([]);
  });
});
