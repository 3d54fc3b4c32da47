// The OpenAPI 3.1 document of a catalog's error responses: what each vendor package ships as
// openapi.json, and what a team's own catalog gets the same way.
import { lookup } from './lookup.js';
import type { CatalogOf } from '../catalog-type.js';
import type { CodeOf, ErrorDefs, ErrorDocs } from '../definition.js';
import type { CodeBody } from './code-schemas.js';
import { codeNarrowing, codePath } from './code-schemas.js';
import { exampleErrors } from './examples.js';
import type { ExampleParams } from './examples.js';
import type { JsonObject } from './json-schema.js';
import { toJSONSchema } from './json-schema.js';

/** Options of {@link toOpenAPI}. */
export interface OpenAPIOptions<E extends ErrorDefs = ErrorDefs> {
  /** `info.title` (default `<vendor> error responses`). */
  readonly title?: string | undefined;
  /** `info.version` (default `0.0.0`): your API's or your package's version. */
  readonly version?: string | undefined;
  /** `info.description` (default: a sentence naming the catalog, and how to reference a response). */
  readonly description?: string | undefined;
  /** The document's `servers`, each a URL or an OpenAPI Server Object (default: none). */
  readonly servers?: readonly (string | { readonly url: string; readonly description?: string })[] | undefined;
  /** The codes to document (default: every code). Nested codes are in the schemas, never a response of their own. */
  readonly codes?: readonly CodeOf<E>[] | undefined;
  /** The documentation texts (`@errs/<vendor>/docs`): each code's description goes with its example. */
  readonly docs?: ErrorDocs<E> | undefined;
  /** Params of the examples of codes whose schema has no example of its own (see {@link exampleErrors}). */
  readonly params?: ExampleParams<E> | undefined;
  /** The npm package that ships the document (`@errs/connect`): named in the texts, and in the `$id` of the envelope's schema. */
  readonly package?: string | undefined;
  /**
   * Give each code a schema of its own (`<Name>.<code>`: its code as a const, its params typed) and
   * each response the union of its codes' schemas, so that generated clients (openapi-typescript)
   * get one type per code (default true). Where the envelope writes no code that a schema can pin,
   * or `false`: each response's schema is the envelope's.
   */
  readonly union?: boolean | undefined;
}

/** The `components.schemas` key of a catalog's error body: `ConnectError` for connect. */
export function schemaName(vendor: string): string {
  return `${vendor.charAt(0).toUpperCase()}${vendor.slice(1)}Error`.replace(/[^A-Za-z0-9._-]/g, '_');
}

const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

function contentTypeOf(headers: Readonly<Record<string, string>>): string {
  const value = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? 'application/json';
  return value.split(';')[0]!.trim();
}

/** A key for each code's schema: `<Name>.<code>`, with characters a component key cannot hold replaced, and kept apart. */
function codeSchemaNames(name: string, codes: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>([name, `Known${name}`]);
  for (const code of codes) {
    const base = `${name}.${code.replace(/[^A-Za-z0-9._-]/g, '_')}`;
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
    taken.add(key);
    names.set(code, key);
  }
  return names;
}

/**
 * The OpenAPI 3.1 document of a catalog's error responses, the same on every call:
 * - `components.schemas.<Name>`: the body's JSON Schema (as {@link toJSONSchema} gives it, less its `$schema` and `$id`);
 * - `components.responses.<status>`: one response per status, with one example per top-level code of
 *   that status, named by the code: the body exactly as `catalog.encode` writes the code's
 *   {@link exampleErrors | example error};
 * - with `union` (the default), where the envelope writes the code: `components.schemas.<Name>.<code>`
 *   per top-level code (the envelope's schema, the code a const, its params typed),
 *   `Known<Name>` (their union, with a discriminator where the code is a top-level property), and
 *   each response's schema the union of its codes'.
 *
 * A body with a code the catalog lacks still fits `<Name>`: use it where a validator must accept new
 * vendor codes. Reference a response from your own spec with
 * `$ref: './node_modules/<package>/openapi.json#/components/responses/404'`.
 */
export function toOpenAPI<V extends string, E extends ErrorDefs>(catalog: CatalogOf<V, E>, options: OpenAPIOptions<E> = {}): JsonObject {
  const name = schemaName(catalog.vendor);
  const docs: Readonly<Record<string, { readonly description?: string } | undefined>> = options.docs ?? {};
  const { $schema: _dialect, $id: _id, ...envelope } = toJSONSchema(catalog, { package: options.package, codes: options.codes });

  const bodies: (CodeBody & { contentType: string; example: JsonObject })[] = [];
  for (const error of exampleErrors(catalog, { codes: options.codes, params: options.params })) {
    const info = lookup(catalog, error.code)!;
    const description = Object.hasOwn(docs, error.code) ? docs[error.code]?.description : undefined;
    const { headers, body } = catalog.encode(error);
    const value: unknown = JSON.parse(JSON.stringify(body));
    const example = { summary: error.message, ...(description ? { description } : {}), value };
    bodies.push({ info, params: error.params, body: value, contentType: contentTypeOf(headers), example });
  }

  const path = options.union === false || bodies.length === 0 ? undefined : codePath(bodies);
  const names = codeSchemaNames(name, bodies.map((b) => b.info.code));
  const schemas: JsonObject = { [name]: envelope };
  const discriminated = path !== undefined && path.length === 1 && typeof path[0] === 'string' && bodies.every((b) => typeof (b.body as JsonObject)[path[0] as string] === 'string');
  // The union of some codes' schemas: a plain reference for one code.
  const union = (of: readonly CodeBody[]): JsonObject => {
    if (of.length === 1) return ref(names.get(of[0]!.info.code)!);
    return {
      oneOf: of.map((b) => ref(names.get(b.info.code)!)),
      ...(discriminated
        ? { discriminator: { propertyName: path[0], mapping: Object.fromEntries(of.map((b) => [String((b.body as JsonObject)[path[0] as string]), `#/components/schemas/${names.get(b.info.code)!}`])) } }
        : {}),
    };
  };
  if (path !== undefined) {
    for (const b of bodies) schemas[names.get(b.info.code)!] = { description: b.info.message, allOf: [ref(name), codeNarrowing(b, path)] };
    schemas[`Known${name}`] = { description: `Any documented error body of ${catalog.vendor}, one schema per code.`, ...union(bodies) };
  }

  const byStatus = new Map<number, Map<string, typeof bodies>>();
  for (const b of bodies) {
    const content = byStatus.get(b.info.status) ?? new Map<string, typeof bodies>();
    byStatus.set(b.info.status, content);
    content.set(b.contentType, [...(content.get(b.contentType) ?? []), b]);
  }
  const responses: JsonObject = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const content = byStatus.get(status)!;
    const all = [...content.values()].flat();
    responses[String(status)] = {
      description: `Status ${status} of ${catalog.vendor}: ${all.map((b) => b.info.code).join(', ')}.`,
      content: Object.fromEntries(
        [...content].map(([contentType, of]) => [
          contentType,
          { schema: path === undefined ? ref(name) : union(of), examples: Object.fromEntries(of.map((b) => [b.info.code, b.example])) },
        ]),
      ),
    };
  }

  const where = options.package === undefined ? 'its errs catalog' : options.package;
  const file = options.package === undefined ? './openapi.json' : `./node_modules/${options.package}/openapi.json`;
  return {
    openapi: '3.1.0',
    info: {
      title: options.title ?? `${catalog.vendor} error responses`,
      version: options.version ?? '0.0.0',
      description:
        options.description ??
        `Every documented error response of ${catalog.vendor}, as ${where} reads and writes it. Reference a response from your own spec: $ref: '${file}#/components/responses/404'.`,
    },
    ...(options.servers === undefined ? {} : { servers: options.servers.map((s) => (typeof s === 'string' ? { url: s } : { ...s })) }),
    components: { schemas, responses },
  };
}
