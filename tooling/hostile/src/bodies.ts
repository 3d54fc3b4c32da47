import fc from 'fast-check';
import type { Catalog } from '@errs/core';
import { paramsArbitrary } from '@errs/testkit';

/** One valid wire body per top-level code of a catalog, with generated params. */
export function validBodies(catalog: Catalog): unknown[] {
  return catalog.codes
    .flatMap((code) => catalog.get(code) ?? [])
    .filter((info) => !info.nested)
    .map((info, i) => {
      const params = fc.sample(paramsArbitrary(info), { numRuns: 1, seed: 1000 + i })[0];
      return JSON.parse(JSON.stringify(catalog.encode(catalog.create(info.code, params)).body)) as unknown;
    });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object or array inside a value, root first. */
export function containers(value: unknown): (Json[] | Record<string, Json>)[] {
  const out: (Json[] | Record<string, Json>)[] = [];
  const visit = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    out.push(v as Json[]);
    for (const child of Object.values(v)) visit(child);
  };
  visit(value);
  return out;
}

/** One change of a body: a field dropped, retyped (numbers as strings, strings as numbers...), renamed, or added. */
export interface Mutation {
  readonly kind: 'drop' | 'retype' | 'swap-type' | 'rename' | 'extra';
  readonly node: number;
  readonly key: number;
  readonly value: unknown;
  readonly name: string;
}

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('drop', 'retype', 'swap-type', 'rename', 'extra'),
  node: fc.nat(),
  key: fc.nat(),
  value: fc.jsonValue({ maxDepth: 3 }),
  name: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'code', 'message', 'type')),
});

function swapType(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value.length;
  if (typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  return Array.isArray(value) ? Object.fromEntries(value.entries()) : Object.values(value);
}

/** A deep copy of `body` with the mutations applied (keys set with defineProperty: no prototype games). */
export function mutate(body: unknown, mutations: readonly Mutation[]): unknown {
  const copy = JSON.parse(JSON.stringify(body)) as unknown;
  for (const m of mutations) {
    const nodes = containers(copy);
    if (nodes.length === 0) return m.value;
    const node = nodes[m.node % nodes.length]! as Record<string, unknown>;
    const keys = Object.keys(node);
    const key = keys.length ? keys[m.key % keys.length]! : undefined;
    // Reflect: a key no JSON value can carry (an array's `length`) is refused, not thrown; the mutation is skipped.
    const set = (k: string, v: unknown) => Reflect.defineProperty(node, k, { value: v, enumerable: true, writable: true, configurable: true });
    switch (m.kind) {
      case 'drop':
        if (key !== undefined) Reflect.deleteProperty(node, key);
        break;
      case 'retype':
        if (key !== undefined) set(key, m.value);
        break;
      case 'swap-type':
        if (key !== undefined) set(key, swapType(node[key]));
        break;
      case 'rename':
        if (key !== undefined) {
          const v = node[key];
          Reflect.deleteProperty(node, key);
          set(m.name, v);
        }
        break;
      case 'extra':
        set(m.name, m.value);
        break;
    }
  }
  return copy;
}

/** Error pages that gateways and proxies send instead of the vendor's body. */
export const gatewayPages: readonly string[] = [
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
  '<!DOCTYPE html>\n<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->\n<head><title>example.com | 524: A timeout occurred</title></head><body><div id="cf-wrapper">Cloudflare Ray ID: 7d2a</div></body></html>',
  '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>awselb/2.0</center>\r\n</body>\r\n</html>',
  '<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\nReference&#32;&#35;18&#46;abc\n</BODY>\n</HTML>',
  '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
  'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
  '{"message":"Internal server error"}',
  '{"errors":[{"status":"502","title":"Bad Gateway"}]}',
];
