// Deterministic example values from zod schemas: the same value on every run and every machine (no
// randomness, no clock), so that generated documents (an OpenAPI file's examples) are byte-stable and
// verifyCatalog can run without fast-check.
import * as z4 from 'zod/v4/core';
import type { SchemaCheck } from '../schema.js';
import { describeSchema } from '../schema.js';

/** The UUID every example uses where a schema or a key asks for one. */
export const EXAMPLE_UUID = '00000000-0000-4000-8000-000000000000';
/** The instant every example uses where a schema or a key asks for a date or time. */
export const EXAMPLE_DATE_TIME = '2024-01-01T00:00:00.000Z';


const FORMATS: Readonly<Record<string, string>> = {
  uuid: EXAMPLE_UUID,
  guid: EXAMPLE_UUID,
  email: 'user@example.com',
  url: 'https://example.com/',
  datetime: EXAMPLE_DATE_TIME,
  date: EXAMPLE_DATE_TIME.slice(0, 10),
  time: '00:00:00',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
};

function stringExample(format: string | undefined, checks: readonly SchemaCheck[], key: string): string {
  if (format !== undefined) {
    const value = FORMATS[format];
    if (value === undefined) throw new TypeError(`exampleOf: string format ${format} (at ${key || 'the root'}) has no example`);
    return value;
  }
  let min = 0;
  let max = Infinity;
  for (const c of checks) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum!);
    if (c.check === 'max_length') max = Math.min(max, c.maximum!);
    if (c.check === 'length_equals') min = max = c.length!;
  }
  const lower = key.toLowerCase();
  const named = lower === 'uuid' || lower.endsWith('uuid') ? EXAMPLE_UUID : /(?:^|_)(?:date|time|at)$|At$/.test(key) ? EXAMPLE_DATE_TIME : `<${key || 'value'}>`;
  const padded = named.length >= min ? named : named + 'x'.repeat(min - named.length);
  return padded.length <= max ? padded : 'x'.repeat(Math.max(min, max));
}

function numberExample(integer: boolean, checks: readonly SchemaCheck[]): number {
  let min = -Infinity;
  let max = Infinity;
  for (const c of checks) {
    const value = c.value as number;
    if (c.check === 'greater_than') min = Math.max(min, c.inclusive ? value : value + (integer ? 1 : 0.5));
    if (c.check === 'less_than') max = Math.min(max, c.inclusive ? value : value - (integer ? 1 : 0.5));
  }
  const value = Math.min(Math.max(1, min), max);
  return integer ? Math.ceil(value) : value;
}

function build(schema: z4.$ZodType, key: string): unknown {
  const d = describeSchema(schema);
  switch (d.kind) {
    case 'string':
      return stringExample(d.format, d.checks, key);
    case 'number':
      return numberExample(d.integer, d.checks);
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'undefined':
      return undefined;
    case 'enum':
    case 'literal':
      return d.values[0];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      // Optional and defaulted fields are shown with a value: an example should show every field.
      return build(d.inner, key);
    case 'pipe':
      return build(d.in, key);
    case 'array':
      return [build(d.element, key)];
    case 'union':
      return build(d.options[0]!, key);
    case 'record':
      return { [key ? `${key}Key` : 'key']: build(d.value, 'value') };
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [field, inner] of Object.entries(d.shape)) {
        const value = build(inner, field);
        if (value !== undefined) out[field] = value;
      }
      return out;
    }
    case 'unknown':
    case 'any':
      return `<${key || 'value'}>`;
    default:
      throw new TypeError(`exampleOf: zod type ${d.kind} (at ${key || 'the root'}) is not supported`);
  }
}

/**
 * One value the schema accepts, the same on every call: strings are `<name>` after their key (a
 * fixed UUID or instant where a format or a key asks for one), numbers 1 within their bounds,
 * optional fields present, arrays of one. Throws a TypeError for a schema kind it does not cover,
 * or when the value it built fails the schema (a refinement it cannot see).
 */
export function exampleOf(schema: z4.$ZodType, key = ''): unknown {
  const value = build(schema, key);
  const result = z4.safeParse(schema, value);
  if (!result.success) {
    throw new TypeError(`exampleOf: the example ${JSON.stringify(value)} fails its schema: ${result.error.issues.map((i) => i.message).join('; ')}`);
  }
  return value;
}

/** Example params of a code: {@link exampleOf} its params schema, or `{}` for a code without params. */
export function exampleParams(info: { readonly schema: z4.$ZodType | undefined }): Record<string, unknown> {
  return info.schema ? (exampleOf(info.schema) as Record<string, unknown>) : {};
}
