import fc from 'fast-check';
import type { Catalog } from '@errs/core';
import { paramsArbitrary } from '@errs/core/testing';

/** One valid wire body per top-level code of a catalog, with generated params. */
export function validBodies(catalog: Catalog): unknown[] {
  return catalog.codes
    .flatMap((code) => catalog.get(code) ?? [])
    .filter((info) => !info.nested)
    .map((info, i) => {
      const params = fc.sample(paramsArbitrary(fc, info), { numRuns: 1, seed: 1000 + i })[0];
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

/**
 * One change of a body: a field dropped, retyped (numbers as strings, strings as numbers...), renamed,
 * or added. Every mutation means something for any container, so none is ever skipped: on an array,
 * `drop` removes an element, `retype` and `swap-type` replace one, `rename` moves one to another
 * place and `extra` inserts one (a JSON array has no named keys, so none is ever given one).
 */
export interface Mutation {
  readonly kind: 'drop' | 'retype' | 'swap-type' | 'rename' | 'extra';
  readonly node: number;
  readonly key: number;
  readonly value: Json;
  readonly name: string;
}

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('drop', 'retype', 'swap-type', 'rename', 'extra'),
  node: fc.nat(),
  key: fc.nat(),
  value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  name: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'length', 'code', 'message', 'type')),
});

function swapType(value: Json): Json {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) + 0 : value.length; // + 0: no -0, which JSON cannot carry
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return Array.isArray(value) ? Object.fromEntries(value.entries()) : Object.values(value);
}

/** A copy no later mutation can share with fast-check's own values or with another body. */
const copyOf = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json;

/** Sets an object's key as JSON.parse would: an own data property, `__proto__` included. */
function setKey(node: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutateArray(node: Json[], m: Mutation): void {
  const at = m.key % (node.length + 1); // where an element goes: any place, the end included
  const i = m.key % Math.max(1, node.length); // an element that is there, if any
  switch (m.kind) {
    case 'drop':
      node.splice(i, 1);
      break;
    case 'retype':
      if (node.length > 0) node[i] = copyOf(m.value);
      break;
    case 'swap-type':
      if (node.length > 0) node[i] = swapType(node[i]!);
      break;
    case 'rename':
      if (node.length > 0) node.splice(m.name.length % node.length, 0, ...node.splice(i, 1));
      break;
    case 'extra':
      node.splice(at, 0, copyOf(m.value));
      break;
  }
}

function mutateObject(node: Record<string, Json>, m: Mutation): void {
  const keys = Object.keys(node);
  const key = keys.length > 0 ? keys[m.key % keys.length]! : undefined;
  switch (m.kind) {
    case 'drop':
      if (key !== undefined) Reflect.deleteProperty(node, key);
      break;
    case 'retype':
      if (key !== undefined) setKey(node, key, copyOf(m.value));
      break;
    case 'swap-type':
      if (key !== undefined) setKey(node, key, swapType(node[key]!));
      break;
    case 'rename':
      if (key !== undefined) {
        const v = node[key]!;
        Reflect.deleteProperty(node, key);
        setKey(node, m.name, v);
      }
      break;
    case 'extra':
      setKey(node, m.name, copyOf(m.value));
      break;
  }
}

/**
 * A deep copy of `body` with the mutations applied. The body and the mutations' values are never
 * touched: each value is copied before it goes in, so fast-check's own values (which it shrinks and
 * prints) and the shared valid bodies stay as they were. The result is always a JSON value: what
 * `JSON.stringify` writes of it parses back to an equal value.
 */
export function mutate(body: unknown, mutations: readonly Mutation[]): Json {
  let copy = copyOf(body as Json);
  for (const m of mutations) {
    const nodes = containers(copy);
    if (nodes.length === 0) {
      copy = copyOf(m.value);
      continue;
    }
    const node = nodes[m.node % nodes.length]!;
    if (Array.isArray(node)) mutateArray(node, m);
    else mutateObject(node, m);
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
