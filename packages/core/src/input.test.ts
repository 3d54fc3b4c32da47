import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './input.js';

/** What decodeText must answer, said the slow way: regexes and JSON.parse on every text. */
function reference(text: string): string {
  if (/^[\s\uFEFF]*$/.test(text)) return 'empty';
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return 'not_json';
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? 'ok' : 'not_object';
}

const outcome = (text: string): string => {
  const decoded = decodeText(text);
  return decoded.success ? 'ok' : decoded.reason;
};

// Texts near the edges the scan decides on: leading whitespace of every kind, a BOM, JSON starts.
const piece = fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\uFEFF', '{', '}', '[', ']', '"', '-', '1', 't', 'f', 'n', 'x', '<', ':', ',');
const edgy = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
const jsonish = fc.tuple(edgy, fc.json(), edgy).map(([a, j, b]) => a + j + b);

describe('decodeText', () => {
  it('classifies any text as JSON.parse and the whitespace rule would', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), edgy, jsonish), (text) => {
        expect(outcome(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps the value of a body with a BOM and surrounding whitespace', () => {
    const decoded = decodeText('\uFEFF \n\t{"code":"X"} \r\n');
    expect(decoded).toEqual({ success: true, data: { code: 'X' } });
  });

  it('names an HTML page without running JSON.parse on it', () => {
    const decoded = decodeText('  <!DOCTYPE html><title>502 Bad Gateway</title>');
    expect(decoded.success).toBe(false);
    if (!decoded.success) {
      expect(decoded.reason).toBe('not_json');
      expect(decoded.message).toContain('an HTML or XML page');
      expect(decoded.cause).toBeUndefined();
    }
  });
});

describe('decodeText depth limit', () => {
  const nested = (depth: number, inner = '1'): string => `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`;

  it('accepts exactly maxDepth levels and refuses one more, however the text is padded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(300), fc.constantFrom('{', '[', '}', ']', 'x'), (maxDepth, pad, ch) => {
        // Brackets inside a string lengthen the text and the bracket count, never the nesting.
        const filler = JSON.stringify(ch.repeat(pad));
        expect(decodeText(nested(maxDepth, filler), { maxDepth }).success).toBe(true);
        const deeper = decodeText(nested(maxDepth + 1, filler), { maxDepth });
        expect(deeper.success ? 'ok' : deeper.reason).toBe('too_deep');
      }),
      { numRuns: 500 },
    );
  });

  it('counts arrays as levels too', () => {
    const text = `{"a":${'['.repeat(5)}${']'.repeat(5)}}`;
    expect(decodeText(text, { maxDepth: 6 }).success).toBe(true);
    expect(decodeText(text, { maxDepth: 5 }).success).toBe(false);
  });
});
