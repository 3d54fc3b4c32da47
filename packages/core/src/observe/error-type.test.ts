import { describe, expect, it } from 'vitest';
import { acme, acmeEnvelope } from '../testing/acme.js';
import { defineCatalog } from '../index.js';
import { codeName, errorType, OTHER } from './error-type.js';

describe('errorType', () => {
  it('is _OTHER for a function, even a named one', () => {
    function checkout() {
      return undefined;
    }
    expect(errorType(checkout)).toBe('_OTHER');
    expect(OTHER).toBe('_OTHER');
  });

  it("names a subclass of Error by its class, but not a subclass of another error class", () => {
    class QuotaError extends Error {}
    class OffsetError extends RangeError {}
    expect(errorType(new QuotaError('x'))).toBe('QuotaError');
    expect(errorType(new OffsetError('x'))).toBe('RangeError');
  });

  it("keeps 'Error' where the class name is no identifier or there is no class", () => {
    expect(errorType({ name: 'Error', constructor: { name: 'not an identifier' } })).toBe('Error');
    expect(errorType({ name: 'Error', constructor: { name: 42 } })).toBe('Error');
    expect(errorType(Object.assign(Object.create(null) as object, { name: 'Error' }))).toBe('Error');
  });

  it('is _OTHER for a name that is no string or no identifier, and takes one with a colon', () => {
    expect(errorType({ name: 42 })).toBe('_OTHER');
    expect(errorType({ name: 'Bad name' })).toBe('_OTHER');
    expect(errorType({ name: '' })).toBe('_OTHER');
    expect(errorType({ name: 'grpc:Unavailable' })).toBe('grpc:Unavailable');
    expect(errorType({ name: 'x'.repeat(64) })).toBe('x'.repeat(64));
    expect(errorType({ name: 'x'.repeat(65) })).toBe('_OTHER');
  });
});

describe('codeName', () => {
  it("keeps a catalog's own code as it is, identifier or not", () => {
    const spaced = defineCatalog({ vendor: 'spaced', envelope: acmeEnvelope, errors: { 'order gone': { status: 410, message: 'Gone.', category: 'NOT_FOUND' } } });
    expect(codeName(spaced.create('order gone'))).toBe('order gone');
  });

  it('keeps a code the catalog lacks of exactly 64 identifier characters, with colons', () => {
    expect(codeName(acme.parse({ error: { type: 'y'.repeat(64), message: 'm' } }, { status: 400 }))).toBe('y'.repeat(64));
    expect(codeName(acme.parse({ error: { type: 'ns:quota', message: 'm' } }, { status: 429 }))).toBe('ns:quota');
  });
});
