// The schema of each code's body: the envelope's, with the code where the wire carries it as a const
// and the code's params typed where they are. Where the code sits is found from the bodies the
// envelope itself writes (an envelope is three functions, not a schema errs could read a path from).
import type { ErrorInfo } from '../definition.js';
import type { JsonObject } from './json-schema.js';
import { zodToJSONSchema } from './json-schema.js';

type Path = readonly (string | number)[];
// Bodies are small; the bound keeps a pathological envelope from costing a deep walk.
const MAX_DEPTH = 8;

/** The paths in a body whose value is the code (a string, or a number written for a numeric code). */
function pathsOf(value: unknown, code: string, path: Path = [], out: Path[] = []): Path[] {
  if (value === code || (typeof value === 'number' && String(value) === code)) out.push(path);
  else if (path.length < MAX_DEPTH && typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, code, [...path, i], out));
    else for (const [key, item] of Object.entries(value)) pathsOf(item, code, [...path, key], out);
  }
  return out;
}

function valueAt(value: unknown, path: Path): unknown {
  let at = value;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

/** JSON text with object keys sorted: equal for equal JSON values whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function findPaths(value: unknown, target: string, path: Path = [], out: Path[] = []): Path[] {
  if (canonical(value) === target) out.push(path);
  else if (path.length < MAX_DEPTH && typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) value.forEach((item, i) => findPaths(item, target, [...path, i], out));
    else for (const [key, item] of Object.entries(value)) findPaths(item, target, [...path, key], out);
  }
  return out;
}

/**
 * A schema that says only `leaf` at `path` (an object's property, an array's item by position),
 * each step of the path required unless `optional`.
 */
function at(path: Path, leaf: JsonObject, optional = false): JsonObject {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    return { type: 'array', prefixItems: [...Array.from({ length: head }, () => ({})), at(rest, leaf, optional)], ...(optional ? {} : { minItems: head + 1 }) };
  }
  return { type: 'object', properties: { [head!]: at(rest, leaf, optional) }, ...(optional ? {} : { required: [head] }) };
}

/** Two schemas made by {@link at} (or a params object) as one: properties and items merged, required joined. */
function merge(a: JsonObject, b: JsonObject): JsonObject {
  const out: JsonObject = { ...a, ...b };
  if (a.properties !== undefined && b.properties !== undefined) {
    const pa = a.properties as JsonObject;
    const pb = b.properties as JsonObject;
    const properties: JsonObject = { ...pa };
    for (const [key, schema] of Object.entries(pb)) properties[key] = key in pa ? merge(pa[key] as JsonObject, schema as JsonObject) : schema;
    out.properties = properties;
  }
  if (a.required !== undefined || b.required !== undefined) {
    out.required = [...new Set([...((a.required as string[] | undefined) ?? []), ...((b.required as string[] | undefined) ?? [])])];
  }
  if (a.prefixItems !== undefined && b.prefixItems !== undefined) {
    const ia = a.prefixItems as JsonObject[];
    const ib = b.prefixItems as JsonObject[];
    out.prefixItems = Array.from({ length: Math.max(ia.length, ib.length) }, (_, i) => (ia[i] && ib[i] ? merge(ia[i], ib[i]) : (ia[i] ?? ib[i])));
    if (a.minItems !== undefined || b.minItems !== undefined) out.minItems = Math.max(Number(a.minItems ?? 0), Number(b.minItems ?? 0));
  }
  return out;
}

/**
 * A schema without its `default`s: a param's default is what `create` fills in, and may be made
 * afresh on each call (a new UUID), which would make the document differ on every build.
 */
function withoutDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDefaults);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'default').map(([key, item]) => [key, withoutDefaults(item)]));
}

/** One top-level code's example: its entry, its params as created, and the body the envelope wrote. */
export interface CodeBody {
  readonly info: ErrorInfo;
  readonly params: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

/**
 * Where the wire carries the code: the shortest path at which every code's body holds its own code,
 * or undefined when there is none (an envelope that writes no code, or writes it in different places).
 */
export function codePath(bodies: readonly CodeBody[]): Path | undefined {
  let common: Map<string, Path> | undefined;
  for (const { info, body } of bodies) {
    const paths = new Map(pathsOf(body, info.code).map((p) => [JSON.stringify(p), p] as const));
    common = common === undefined ? paths : new Map([...common].filter(([key]) => paths.has(key)));
    if (common.size === 0) return undefined;
  }
  return [...(common?.values() ?? [])].sort((a, b) => a.length - b.length)[0];
}

/**
 * The narrowing a code adds to the envelope's schema: its code as a const at `path`, and its params
 * (as JSON Schema, each optional: the wire may leave any out) where its body carries them: as one
 * object (`{ params: {...} }`), or beside the code (`{ code, id }`). Params the body does not carry
 * (only in the message, or nowhere) are not typed.
 */
export function codeNarrowing({ info, params, body }: CodeBody, path: Path): JsonObject {
  let schema = at(path, { const: valueAt(body, path) });
  const keys = Object.keys(params);
  if (info.schema === undefined || keys.length === 0) return schema;
  const json = withoutDefaults(zodToJSONSchema(info.schema, 'output')) as JsonObject;
  // A params schema with references of its own ($defs) would not resolve inside another document.
  if (json.type !== 'object' || json.properties === undefined || JSON.stringify(json).includes('"$ref"')) return schema;
  const properties = json.properties as JsonObject;
  const typed: JsonObject = { type: 'object', properties };
  const whole = findPaths(body, canonical(params));
  if (whole.length > 0) {
    schema = merge(schema, at(whole[0]!, typed, true));
  } else {
    const parent = path.slice(0, -1);
    const holder = valueAt(body, parent) as Record<string, unknown> | undefined;
    const last = path[path.length - 1];
    const beside = keys.every((k) => k !== last && typeof holder === 'object' && holder !== null && canonical(holder[k]) === canonical(params[k]));
    if (beside) schema = merge(schema, at(parent, { type: 'object', properties: Object.fromEntries(keys.map((k) => [k, properties[k] ?? {}])) }, true));
  }
  return schema;
}
