import type { ParseFailureReason } from './parse-error.js';

/** Limits on untrusted input. */
export interface InputLimits {
  /** Largest body read, in bytes (characters for strings). Default 1 MiB. */
  readonly maxBytes?: number;
  /** Deepest nesting of objects and arrays accepted. Default 64, at most 1000. */
  readonly maxDepth?: number;
}

export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;
const MAX_DEPTH_CAP = 1000;

/** What decoding untrusted input gives: a JSON value, or why there is none (`success` as zod's safeParse). */
export type Decoded<T = unknown> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly reason: ParseFailureReason; readonly message: string; readonly cause?: unknown };

const fail = (reason: ParseFailureReason, message: string, cause?: unknown): Decoded<never> => ({
  success: false,
  reason,
  message,
  ...(cause === undefined ? {} : { cause }),
});

const WHITESPACE_ONLY = /^[\s\uFEFF]*$/;

function notJson(source: string, cause?: unknown): Decoded<never> {
  const what = source.trimStart().startsWith('<') ? 'an HTML or XML page' : 'not JSON';
  return fail('not_json', `body is ${what}: ${preview(source)}`, cause);
}

/** Whether a character code can start a JSON value: `{ [ " -`, a digit, `t f n`. */
const startsJson = (c: number): boolean =>
  c === 123 || c === 34 || c === 91 || (c >= 48 && c <= 57) || c === 45 || c === 116 || c === 102 || c === 110;

/** Text -> JSON value, within the limits: BOM and surrounding whitespace are tolerated. */
export function decodeText(text: string, limits: InputLimits = {}): Decoded {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (text.length > maxBytes) return fail('too_large', `body is larger than ${maxBytes} bytes`);
  const bom = text.charCodeAt(0) === 0xfeff;
  let i = bom ? 1 : 0;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
  const source = bom ? text.slice(1) : text;
  // A body that cannot start a JSON value (an HTML page, plain text) is refused before JSON.parse,
  // whose SyntaxError would cost more than a whole parse. A scan, not a regex: this runs on every parse.
  if (!startsJson(c)) return WHITESPACE_ONLY.test(text) ? fail('empty', 'body is empty') : notJson(source);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (cause) {
    return notJson(source, cause);
  }
  return checkValue(value, limits, depthBound(source, maxDepthOf(limits)));
}

// The check recurses once per level: a cap keeps any caller's limit far from the stack's.
const maxDepthOf = (limits: InputLimits): number => Math.min(limits.maxDepth ?? DEFAULT_MAX_DEPTH, MAX_DEPTH_CAP);

/**
 * An upper bound of the nesting of the JSON value a text holds, as far as `max` needs it: each
 * level takes an opening bracket (and two characters). Counting brackets with indexOf (a native
 * scan) costs less than walking the parsed value; brackets inside strings only make it larger.
 */
function depthBound(text: string, max: number): number {
  if (text.length <= 2 * max) return text.length >> 1;
  let n = 0;
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) if (++n > max) return Infinity;
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) if (++n > max) return Infinity;
  return n;
}

/**
 * A JSON-ish value -> itself, when it is an object within the depth limit. `depthBound`, an upper
 * bound of the value's nesting known otherwise (from the text it was parsed from), spares the walk
 * when it is within the limit.
 */
export function checkValue(value: unknown, limits: InputLimits = {}, depthBound = Infinity): Decoded {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('not_object', `body is ${describe(value)}, not an object`);
  }
  const maxDepth = maxDepthOf(limits);
  if (depthBound > maxDepth && !withinDepth(value, maxDepth)) return fail('too_deep', `body is nested deeper than ${maxDepth} levels`);
  return { success: true, data: value };
}

/**
 * Whether a value nests at most `maxDepth` levels. The recursion is bounded by `maxDepth` itself, so
 * a hostile value cannot exhaust the stack; the number of nodes visited is bounded too, so a cyclic
 * or huge object ends it as well.
 */
export function withinDepth(root: object, maxDepth: number, maxNodes = 1_000_000): boolean {
  let budget = maxNodes;
  const visit = (node: object, depth: number): boolean => {
    if (depth > maxDepth || --budget < 0) return false;
    if (Array.isArray(node)) {
      for (const child of node as unknown[]) if (typeof child === 'object' && child !== null && !visit(child, depth + 1)) return false;
    } else {
      for (const key in node) {
        const child = (node as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null && Object.hasOwn(node, key) && !visit(child, depth + 1)) return false;
      }
    }
    return true;
  };
  return visit(root, 1);
}

/** The first characters of a text, one line, for messages. */
export function preview(text: string, max = 60): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return JSON.stringify(line.length > max ? `${line.slice(0, max)}…` : line);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
