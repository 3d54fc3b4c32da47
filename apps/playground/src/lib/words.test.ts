import { categories } from '@errs/core';
import { describe, expect, it } from 'vitest';
import { categoryText, inlineCode, strategyText, tally } from './words';

describe('words', () => {
  it('explains every category of the core', () => {
    for (const c of categories) expect(categoryText[c], c).toMatch(/\w{3,}/);
  });

  it('splits inline code at backticks', () => {
    expect(inlineCode('Send `Content-Type: application/json`.')).toEqual([
      { text: 'Send ', code: false },
      { text: 'Content-Type: application/json', code: true },
      { text: '.', code: false },
    ]);
    expect(inlineCode('no code')).toEqual([{ text: 'no code', code: false }]);
  });

  it('explains every retry strategy, and counts values most first', () => {
    for (const s of ['backoff', 'refetch', 'fix', 'verify', 'operator']) expect(strategyText[s], s).toMatch(/\w{3,}/);
    expect(tally(['fix', 'backoff', 'fix', 'verify', 'backoff', 'fix'])).toEqual([
      { value: 'fix', count: 3 },
      { value: 'backoff', count: 2 },
      { value: 'verify', count: 1 },
    ]);
  });
});
