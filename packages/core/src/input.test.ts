import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, withinDepth } from './input.js';

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

describe('decodeText: what each failure says', () => {
  const reasonOf = (text: string, limits = {}): [string, string] => {
    const decoded = decodeText(text, limits);
    return decoded.success ? ['ok', ''] : [decoded.reason, decoded.message];
  };

  it('classes a JSON value that is no object as not_object, whatever digit or literal it starts with', () => {
    for (const [text, what] of [['0', 'a number'], ['9', 'a number'], [' 42 ', 'a number'], ['-1', 'a number'], ['true', 'a boolean'], ['false', 'a boolean'], ['null', 'null'], ['"x"', 'a string'], ['[1]', 'an array']]) {
      expect(reasonOf(text!)).toEqual(['not_object', `body is ${what!}, not an object`]);
    }
  });

  it('tells an HTML or XML page from other text that is not JSON, quoting its start on one line', () => {
    expect(reasonOf('\n  <html>\n<body>Bad   Gateway</body>')).toEqual(['not_json', 'body is an HTML or XML page: "<html> <body>Bad Gateway</body>"']);
    expect(reasonOf('Service Unavailable')).toEqual(['not_json', 'body is not JSON: "Service Unavailable"']);
    expect(reasonOf(`upstream ${'x'.repeat(100)}`)[1]).toBe(`body is not JSON: "upstream ${'x'.repeat(51)}…"`);
  });

  it('keeps the SyntaxError of a text that starts like JSON but is not, as the cause', () => {
    const decoded = decodeText('{"code": ');
    expect(decoded).toMatchObject({ success: false, reason: 'not_json', message: 'body is not JSON: "{\\"code\\":"' });
    expect(!decoded.success && decoded.cause).toBeInstanceOf(SyntaxError);
  });

  it('says empty for whitespace and a BOM alone, and not for a BOM before text', () => {
    expect(reasonOf('')).toEqual(['empty', 'body is empty']);
    expect(reasonOf('\uFEFF \r\n\t')).toEqual(['empty', 'body is empty']);
    expect(reasonOf('\uFEFFnope')[0]).toBe('not_json');
  });

  it('accepts a text of exactly maxBytes and refuses one character more, naming the limit', () => {
    const body = '{"a":"xx"}';
    expect(reasonOf(body, { maxBytes: body.length })[0]).toBe('ok');
    expect(reasonOf(`${body} `, { maxBytes: body.length })).toEqual(['too_large', `body is larger than ${body.length} bytes`]);
  });
});

describe('preview and the depth walk at their edges', () => {
  it('quotes a line of exactly 60 characters whole, and cuts one of 61 with an ellipsis', () => {
    const sixty = `Bad ${'x'.repeat(56)}`;
    expect(decodeText(sixty)).toMatchObject({ reason: 'not_json', message: `body is not JSON: "${sixty}"` });
    expect(decodeText(`${sixty}y`)).toMatchObject({ reason: 'not_json', message: `body is not JSON: "${sixty}…"` });
  });

  it('quotes the text without the whitespace that ends it', () => {
    expect(decodeText('Service Unavailable \r\n')).toMatchObject({ message: 'body is not JSON: "Service Unavailable"' });
  });

  it('caps a caller\'s depth limit at 1000 levels', () => {
    const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    expect(decodeText(nested(1000), { maxDepth: 5000 }).success).toBe(true);
    expect(decodeText(nested(1001), { maxDepth: 5000 })).toMatchObject({ success: false, reason: 'too_deep', message: 'body is nested deeper than 1000 levels' });
  });
});

describe('withinDepth', () => {
  it('visits at most maxNodes objects: exactly that many pass, one more does not', () => {
    const wide = { a: {}, b: {}, c: [] };
    expect(withinDepth(wide, 5, 4)).toBe(true);
    expect(withinDepth(wide, 5, 3)).toBe(false);
  });

  it('counts only own keys, and no primitives or nulls as levels', () => {
    const inherited = Object.create({ deep: { deeper: { deepest: {} } } }) as object;
    expect(withinDepth(inherited, 1)).toBe(true);
    expect(withinDepth({ a: [1, 'x', null, { b: null }] }, 3)).toBe(true);
    expect(withinDepth({ a: [1, 'x', null, { b: null }] }, 2)).toBe(false);
  });

  it('ends on a cycle', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = [cyclic];
    expect(withinDepth(cyclic, 100)).toBe(false);
  });
});
