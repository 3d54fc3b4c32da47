import { describe, expect, it } from 'vitest';
import { MAX_URL_BODY, readHash, writeHash } from './url-state';

describe('url state', () => {
  it('round-trips every key, with characters a URL must escape', () => {
    const state = {
      vendor: 'connect',
      panel: 'encoder' as const,
      body: '{"a": "b & c = d # e"}\n',
      status: '409',
      headers: 'x-request-id: r-1\nretry-after: 3',
      code: 'ConcurrentModification',
      params: '{"expectedVersion":3}',
      search: 'status:4 conflict',
      detail: 'InvalidInput',
      scenario: 'rate-limit',
    };
    expect(readHash(writeHash(state))).toEqual(state);
  });

  it('reads the old #vendor= links', () => {
    expect(readHash('#vendor=easydb')).toEqual({ vendor: 'easydb' });
  });

  it('drops an unknown panel, empty values and a body too long for a link', () => {
    expect(readHash('#panel=nowhere&vendor=omnia')).toEqual({ vendor: 'omnia' });
    expect(writeHash({ vendor: 'omnia', search: '' })).toBe('#vendor=omnia');
    expect(writeHash({ vendor: 'omnia', body: 'x'.repeat(MAX_URL_BODY + 1) })).toBe('#vendor=omnia');
  });
});
