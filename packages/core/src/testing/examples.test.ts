import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { EXAMPLE_DATE_TIME, EXAMPLE_UUID, exampleOf, exampleParams } from './examples.js';

// A TypeScript numeric enum, as tsc compiles it: { 0: 'Low', 1: 'High', Low: 0, High: 1 }.
enum Level {
  Low,
  High,
}

describe('exampleOf', () => {
  it('names strings after their key, with fixed UUIDs and instants where a format or key asks', () => {
    const schema = z.object({ id: z.string(), uuid: z.string().min(1), createdAt: z.string(), ref: z.uuid(), when: z.iso.datetime(), mail: z.email() });
    expect(exampleOf(schema)).toEqual({ id: '<id>', uuid: EXAMPLE_UUID, createdAt: EXAMPLE_DATE_TIME, ref: EXAMPLE_UUID, when: EXAMPLE_DATE_TIME, mail: 'user@example.com' });
  });

  it('keeps numbers and lengths within their bounds, and shows optional and defaulted fields', () => {
    const schema = zm.object({
      version: zm.int(),
      port: zm.number().check(zm.int(), zm.minimum(1024), zm.maximum(65535)),
      ratio: z.number().gt(2).lt(3),
      negative: z.number().int().max(-5),
      code: zm.string().check(zm.minLength(12)),
      short: z.string().max(2),
      note: zm.optional(zm.string()),
      retries: z.number().int().default(3),
      kind: zm.enum(['a', 'b']),
      tags: zm.array(zm.literal('x')),
      extra: zm.record(zm.string(), zm.unknown()),
      either: zm.union([zm.boolean(), zm.string()]),
      nothing: zm.nullable(zm.null()),
    });
    expect(exampleOf(schema)).toEqual({
      version: 1,
      port: 1024,
      ratio: 2.5,
      negative: -5,
      code: '<code>xxxxxx',
      short: 'xx',
      note: '<note>',
      retries: 1,
      kind: 'a',
      tags: ['x'],
      extra: { extraKey: '<value>' },
      either: true,
      nothing: null,
    });
  });

  it("takes an enum's first value as zod accepts it, not a numeric enum's reverse mapping", () => {
    expect(exampleOf(z.enum(Level))).toBe(Level.Low);
    expect(exampleOf(zm.object({ level: zm.enum(Level) }))).toEqual({ level: 0 });
  });

  it('gives the same value on every call', () => {
    const schema = z.object({ a: z.string(), b: z.array(z.object({ c: z.number() })) });
    expect(JSON.stringify(exampleOf(schema))).toBe(JSON.stringify(exampleOf(schema)));
  });

  it('throws a TypeError for what it cannot build, rather than an invalid example', () => {
    expect(() => exampleOf(z.bigint())).toThrow(/zod type bigint \(at the root\) is not supported/);
    expect(() => exampleOf(z.object({ a: z.string().refine((s) => s === 'only this') }))).toThrow(/fails its schema/);
    expect(() => exampleOf(z.object({ a: z.cuid2() }))).toThrow(/string format cuid2 \(at a\) has no example/);
  });

  it('gives {} for a code without params', () => {
    expect(exampleParams({ schema: undefined })).toEqual({});
  });
});
