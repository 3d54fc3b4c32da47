import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compile } from './compile.js';

describe('compile', () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it('binds the names to the values and returns what the body returns', () => {
    const add = compile(['a', 'b'], 'return function add(x) { return a + b + x; };', [1, 2]) as (x: number) => number;
    expect(add(3)).toBe(6);
    expect(add.name).toBe('add');
  });

  it('throws what a body that does not compile throws: only an EvalError means compiling is off', () => {
    expect(() => compile([], 'return (', [])).toThrow(SyntaxError);
    expect(() => compile([], 'throw new RangeError("from the body")', [])).toThrow(RangeError);
    // Compiling is still on after a bug in one body.
    expect(compile(['v'], 'return v * 2;', [21])).toBe(42);
  });

  it("compiles nothing under zod's jitless setting, and compiles again once it is off", () => {
    z.config({ jitless: true });
    expect(compile(['v'], 'return v;', [1])).toBeUndefined();
    z.config({ jitless: false });
    expect(compile(['v'], 'return v;', [1])).toBe(1);
  });
});
