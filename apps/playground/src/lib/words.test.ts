import { categories } from '@errs/core';
import { describe, expect, it } from 'vitest';
import { categoryText, inlineCode } from './words';

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

});
