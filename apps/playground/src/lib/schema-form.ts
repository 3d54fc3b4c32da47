/**
 * Forms generated from a code's zod params schema: its JSON Schema (zod's own `z.toJSONSchema`, on
 * the input side) is walked into a list of fields, the form's text values become params, and the
 * schema itself validates them, so the messages shown are zod's own.
 */
import * as z4 from 'zod/v4/core';

/** One input of a generated form. */
export type Field =
  | { readonly kind: 'string'; readonly path: string; readonly label: string; readonly optional: boolean; readonly hint?: string }
  | { readonly kind: 'number'; readonly path: string; readonly label: string; readonly optional: boolean; readonly integer: boolean }
  | { readonly kind: 'boolean'; readonly path: string; readonly label: string; readonly optional: boolean }
  | { readonly kind: 'enum'; readonly path: string; readonly label: string; readonly optional: boolean; readonly options: readonly (string | number)[] }
  | { readonly kind: 'list'; readonly path: string; readonly label: string; readonly optional: boolean; readonly item: 'string' | 'number' | 'enum'; readonly options?: readonly (string | number)[] }
  | { readonly kind: 'json'; readonly path: string; readonly label: string; readonly optional: boolean; readonly hint: string };

/** The text of every input, keyed by field path (`a.b` for nested objects); checkboxes hold 'true' / 'false'. */
export type FormValues = Readonly<Record<string, string>>;

/** The parts of a JSON Schema (draft 2020-12, as zod writes it) that the forms read. */
interface Json {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, Json>>;
  readonly required?: readonly string[];
  readonly items?: Json | boolean;
  readonly prefixItems?: readonly Json[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly Json[];
  readonly oneOf?: readonly Json[];
  readonly format?: string;
  readonly pattern?: string;
  readonly not?: Json;
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, Json>>;
}

/** A JSON Schema node and the document it belongs to (for its `$ref`s). */
interface Node {
  readonly json: Json;
  readonly root: Json;
}

const ANY: Json = {};
const documents = new WeakMap<z4.$ZodType, Json>();

/** The schema's JSON Schema, for what a user types in (the input side of pipes and defaults). */
function documentOf(schema: z4.$ZodType): Json {
  let json = documents.get(schema);
  if (json === undefined) {
    try {
      json = z4.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
    } catch {
      json = ANY; // a schema zod cannot describe: one JSON input, which zod still validates
    }
    documents.set(schema, json);
  }
  return json;
}

/** Follows `$ref`s into the document's `$defs`, and drops a `null` alternative (nullable is no input of its own). */
function resolve(json: Json, root: Json): Json {
  for (let i = 0; i < 8 && json.$ref !== undefined; i++) {
    const ref = json.$ref;
    const target = ref === '#' ? root : ref.startsWith('#/$defs/') ? root.$defs?.[decodeURIComponent(ref.slice(8))] : undefined;
    json = target ?? ANY;
  }
  const alternatives = json.anyOf ?? json.oneOf;
  if (alternatives) {
    const rest = alternatives.filter((a) => a.type !== 'null');
    if (rest.length === 1 && rest.length < alternatives.length) return resolve(rest[0]!, root);
  }
  if (Array.isArray(json.type)) {
    const types = (json.type as readonly string[]).filter((t) => t !== 'null');
    if (types.length === 1) return { ...json, type: types[0] };
  }
  return json;
}

const node = (json: Json, root: Json): Node => ({ json: resolve(json, root), root });

function enumOptions(json: Json): (string | number)[] | undefined {
  const values = json.enum ?? ('const' in json ? [json.const] : undefined);
  const options = values?.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
  return options && options.length > 0 ? options : undefined;
}

/** Short type text of a schema node, as the catalog table shows it (`string`, `"a" | "b"`, `string[]`, `{ a: string; b: number? }`). */
function typeText({ json, root }: Node, depth = 0): string {
  const options = enumOptions(json);
  if (options) return options.map((o) => JSON.stringify(o)).join(' | ');
  const alternatives = json.anyOf ?? json.oneOf;
  if (alternatives) return alternatives.map((a) => typeText(node(a, root), depth + 1)).join(' | ');
  if (Array.isArray(json.type)) return (json.type as readonly string[]).join(' | ');
  if (json.not !== undefined) return 'never';
  switch (json.type) {
    case undefined:
      return 'unknown';
    case 'array':
      if (json.prefixItems) return 'tuple';
      return typeof json.items === 'object' && depth < 4 ? `${typeText(node(json.items, root), depth + 1)}[]` : 'unknown[]';
    case 'object':
      if (!json.properties) return 'record';
      if (depth >= 4) return 'object';
      return `{ ${Object.entries(json.properties)
        .map(([k, v]) => `${k}: ${typeText(node(v, root), depth + 1)}${json.required?.includes(k) ? '' : '?'}`)
        .join('; ')} }`;
    default:
      return json.type as string;
  }
}

/** The params of a schema as `name: type` texts (empty for a code without params). */
export function paramSummary(schema: z4.$ZodType | undefined): string[] {
  if (!schema) return [];
  const root = documentOf(schema);
  const top = node(root, root);
  const properties = top.json.type === 'object' ? top.json.properties : undefined;
  if (!properties) return [typeText(top)];
  return Object.entries(properties).map(([name, s]) => `${name}${top.json.required?.includes(name) ? '' : '?'}: ${typeText(node(s, root))}`);
}

function fieldsOf({ json, root }: Node, path: string, optional: boolean, out: Field[], depth: number): void {
  const label = path;
  const options = enumOptions(json);
  if (options) {
    out.push({ kind: 'enum', path, label, optional, options });
    return;
  }
  switch (json.type) {
    case 'string': {
      // A format where zod names one (email, uuid, date-time, ...); a bare pattern is a regex.
      const hint = json.format ?? (json.pattern === undefined ? undefined : 'regex');
      out.push(hint ? { kind: 'string', path, label, optional, hint } : { kind: 'string', path, label, optional });
      return;
    }
    case 'number':
    case 'integer':
      out.push({ kind: 'number', path, label, optional, integer: json.type === 'integer' });
      return;
    case 'boolean':
      out.push({ kind: 'boolean', path, label, optional });
      return;
    case 'object':
      if (depth < 4 && json.properties) {
        for (const [name, s] of Object.entries(json.properties)) {
          fieldsOf(node(s, root), path ? `${path}.${name}` : name, optional || !json.required?.includes(name), out, depth + 1);
        }
        return;
      }
      break;
    case 'array': {
      if (json.prefixItems || typeof json.items !== 'object') break;
      const element = node(json.items, root).json;
      const elementOptions = enumOptions(element);
      if (elementOptions) {
        out.push({ kind: 'list', path, label, optional, item: 'enum', options: elementOptions });
        return;
      }
      if (element.type === 'string' || element.type === 'number' || element.type === 'integer') {
        out.push({ kind: 'list', path, label, optional, item: element.type === 'string' ? 'string' : 'number' });
        return;
      }
      break;
    }
  }
  out.push({ kind: 'json', path, label, optional, hint: jsonHint(json) });
}

/** What a JSON input takes, in words. */
function jsonHint(json: Json): string {
  if (json.type === 'object') {
    const keys = Object.keys(json.properties ?? {});
    return keys.length > 0 ? `a JSON object with ${keys.join(', ')}` : 'a JSON object (any keys)';
  }
  if (json.type === 'array') return 'a JSON array';
  if (typeof json.type === 'string') return `JSON (${json.type})`;
  return 'any JSON value';
}

/** The fields of a params schema (none when the code has no params). */
export function formFields(schema: z4.$ZodType | undefined): Field[] {
  if (!schema) return [];
  const out: Field[] = [];
  const root = documentOf(schema);
  const top = node(root, root);
  if (top.json.type === 'object' && top.json.properties) {
    for (const [name, s] of Object.entries(top.json.properties)) fieldsOf(node(s, root), name, !top.json.required?.includes(name), out, 1);
  } else {
    fieldsOf(top, '', false, out, 0);
  }
  return out;
}

function convertNumber(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return text;
  // Only plain decimal digits are a number (`Number` would take 0x10, 1e3 and ' '); other text
  // stays text, and zod says what it expected.
  return NUMBER_TEXT.test(trimmed) ? Number(trimmed) : text;
}

function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function valueOf(field: Field, text: string): unknown {
  switch (field.kind) {
    case 'string':
      return text;
    case 'number':
      return convertNumber(text);
    case 'boolean':
      return text === 'true';
    case 'enum': {
      const option = field.options.find((o) => String(o) === text);
      return option ?? text;
    }
    case 'list':
      return splitList(text).map((item) => {
        if (field.item === 'number') return convertNumber(item);
        if (field.item === 'enum') return field.options?.find((o) => String(o) === item) ?? item;
        return item;
      });
    case 'json':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      Object.defineProperty(node, key, { value: created, enumerable: true, writable: true, configurable: true });
      node = created;
    }
  }
  Object.defineProperty(node, keys.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
}

function getPath(source: unknown, path: string): unknown {
  let node = source;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * The params the form's values stand for. An empty optional input is left out; an empty required
 * one is kept (as '' for text) so that zod reports it.
 */
export function formToParams(fields: readonly Field[], values: FormValues): unknown {
  if (fields.length === 1 && fields[0]!.path === '') return valueOf(fields[0]!, values[''] ?? '');
  const params: Record<string, unknown> = {};
  for (const field of fields) {
    const text = values[field.path] ?? '';
    if (field.kind === 'boolean') {
      if (text === '' && field.optional) continue;
      setPath(params, field.path, text === 'true');
      continue;
    }
    if (text.trim() === '') {
      if (field.optional) continue;
      if (field.kind === 'string') setPath(params, field.path, text);
      continue;
    }
    setPath(params, field.path, valueOf(field, text));
  }
  return params;
}

function textOf(field: Field, value: unknown): string {
  if (value === undefined) return '';
  if (field.kind === 'list' && Array.isArray(value)) return value.map(String).join(', ');
  if (field.kind === 'json') return JSON.stringify(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The form values showing a params object (the reverse of {@link formToParams}). */
export function paramsToForm(fields: readonly Field[], params: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) values[field.path] = textOf(field, field.path === '' ? params : getPath(params, field.path));
  return values;
}

/** Result of validating a form's params with the code's schema. */
export type Validation =
  | { readonly ok: true; readonly params: unknown }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>>; readonly messages: readonly string[] };

/** Validates params with the schema itself: zod's messages, keyed by issue path ('' for the whole). */
export function validate(schema: z4.$ZodType | undefined, params: unknown): Validation {
  if (!schema) return { ok: true, params: {} };
  const result = z4.safeParse(schema, params);
  if (result.success) return { ok: true, params: result.data };
  const errors: Record<string, string> = {};
  const messages: string[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    const message = plainMessage(issue);
    errors[path] ??= message;
    messages.push(path ? `${path}: ${message}` : message);
  }
  return { ok: false, errors, messages };
}

const NOUNS: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a JSON object',
  record: 'a JSON object',
};

/**
 * An issue in plain words. Only zod's default English messages are reworded (a schema's own message,
 * like "a sailing looks like ABC-1234", is kept as written).
 */
export function plainMessage(issue: z4.$ZodIssue): string {
  const m = issue.message;
  if (issue.code === 'invalid_type' && m.startsWith('Invalid input: expected')) {
    if (/received undefined$/.test(m)) return 'required';
    return `enter ${NOUNS[issue.expected] ?? issue.expected}`;
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && /^Too (small|big): expected/.test(m)) {
    const small = issue.code === 'too_small';
    const limit = Number(small ? issue.minimum : issue.maximum);
    const inclusive = issue.inclusive !== false;
    if (issue.origin === 'string') return small && limit === 1 ? 'required' : `${small ? 'at least' : 'at most'} ${limit} characters`;
    if (issue.origin === 'array' || issue.origin === 'set') return `${small ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}`;
    if (small) return inclusive ? `must be at least ${limit}` : `must be more than ${limit}`;
    return inclusive ? `must be at most ${limit}` : `must be less than ${limit}`;
  }
  if (issue.code === 'invalid_value' && /^Invalid (option|input): expected/.test(m)) {
    return issue.values.length === 1 ? `must be ${JSON.stringify(issue.values[0])}` : `choose one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_format' && /^Invalid /.test(m) && issue.format !== 'regex') return `not a valid ${issue.format}`;
  return m;
}

const INTEGER_TEXT = /^-?\d+$/;
const NUMBER_TEXT = /^-?(\d+(\.\d+)?|\.\d+)$/;

/**
 * What is wrong with a field's text before zod sees it: numbers in plain decimal digits only (no
 * `0x10`, `1e3` or `12abc`, which `Number` would take), JSON that parses. Undefined when fine.
 */
export function textProblem(field: Field, text: string): string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const number = (item: string, integer: boolean) => {
    if (integer ? INTEGER_TEXT.test(item) : NUMBER_TEXT.test(item)) return undefined;
    return integer ? 'enter a whole number in decimal digits, like 42' : 'enter a number in decimal digits, like 42 or 4.5';
  };
  if (field.kind === 'number') return number(t, field.integer);
  if (field.kind === 'list' && field.item === 'number') {
    for (const item of splitList(t)) {
      const problem = number(item, false);
      if (problem) return `${JSON.stringify(item)}: ${problem}`;
    }
  }
  if (field.kind === 'json') {
    try {
      JSON.parse(t);
    } catch (cause) {
      return `not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`;
    }
  }
  return undefined;
}

/** The field an issue path belongs to: the longest field path that is a prefix of it. */
export function fieldForIssue(fields: readonly Field[], issuePath: string): string | undefined {
  let best: string | undefined;
  for (const f of fields) {
    if (issuePath === f.path || issuePath.startsWith(`${f.path}.`) || f.path === '') {
      if (best === undefined || f.path.length > best.length) best = f.path;
    }
  }
  return best;
}

const SAMPLE_STRINGS: Readonly<Record<string, string>> = {
  email: 'ada@example.com',
  uuid: '3f2b8c1e-7d4a-4e2b-9c1f-5a6b7c8d9e0f',
  url: 'https://example.com/item/42',
  datetime: '2026-11-23T10:00:00Z',
  date: '2026-11-23',
  time: '10:00:00',
};

/** Sample values for common param names: plausible, never the name itself. */
const SAMPLE_NAMES: Readonly<Record<string, string>> = {
  port: 'Rosslare',
  harbour: 'Rosslare',
  city: 'Lisbon',
  country: 'PT',
  currency: 'EUR',
  locale: 'en-GB',
  language: 'en',
  key: 'summer-sale',
  type: 'product',
  value: '42',
  reason: 'maintenance',
  message: 'Something went wrong',
  method: 'POST',
  url: 'https://example.com/item/42',
  region: 'eu-west-1',
};

function sampleOf(field: Field): string {
  switch (field.kind) {
    case 'string': {
      if (field.hint && SAMPLE_STRINGS[field.hint]) return SAMPLE_STRINGS[field.hint]!;
      const name = field.path.split('.').at(-1)!.toLowerCase();
      if (SAMPLE_NAMES[name]) return SAMPLE_NAMES[name];
      if (/(^|_)id$|id$/i.test(name)) return 'a1b2c3';
      if (/field|attribute|property|path/.test(name)) return 'name';
      if (/email/.test(name)) return 'ada@example.com';
      if (/version/.test(name)) return '3';
      if (/name/.test(name)) return 'Ada';
      // Not the param's own name: a template like "port {port}" would read "port port".
      return 'example';
    }
    case 'number':
      return /max|limit|length/i.test(field.path) ? '64' : '3';
    case 'boolean':
      return 'true';
    case 'enum':
      return String(field.options[0] ?? '');
    case 'list':
      return field.item === 'number' ? '1, 2' : field.item === 'enum' ? String(field.options?.[0] ?? '') : 'a, b';
    case 'json':
      return '{}';
  }
}

/**
 * Example params for a schema, as form values and as params: every required field gets a plausible
 * value; `valid` says whether the schema accepts them (a regex the sampler cannot guess may not).
 */
export function sampleParams(schema: z4.$ZodType | undefined): { values: Record<string, string>; params: unknown; valid: boolean } {
  const fields = formFields(schema);
  const values: Record<string, string> = {};
  for (const f of fields) values[f.path] = f.optional ? '' : sampleOf(f);
  const params = formToParams(fields, values);
  return { values, params, valid: validate(schema, params).ok };
}
