import { describe, expect, it } from 'vitest';
import { tidewater } from './custom-catalog';
import { exampleError } from './lib/scenarios';

describe('the custom catalog (core alone)', () => {
  it('round-trips every top-level code', () => {
    const c = tidewater;
    for (const code of c.codes.filter((x) => !c.get(x).nested)) {
      const error = exampleError(c, code)!;
      expect(error, code).toBeDefined();
      const { status, headers, body } = c.encode(error);
      const back = c.safeParse(JSON.stringify(body), { status, headers });
      expect(back.success, code).toBe(true);
      expect([back.data?.code, back.data?.status, back.data?.params], code).toEqual([code, error.status, error.params]);
    }
  });

  it('rejects a foreign body', () => {
    expect(tidewater.safeParse({ fault: { id: '' } }).success).toBe(false);
    expect(tidewater.safeParse({ errors: [] }).success).toBe(false);
  });
});
