import { categories } from '@errs/core';
import { describe, expect, it } from 'vitest';
import { article, categoryText, inlineCode } from './words';

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

  it('picks the article by the first letter', () => {
    expect(`${article('OMNIA')} OMNIA`).toBe('an OMNIA');
    expect(`${article('easydb')} easydb`).toBe('an easydb');
    expect(`${article('Connect')} Connect`).toBe('a Connect');
  });
});
