// What every client integration shares (the public ones are @errs/core/client): the catalog's error for what a client threw or gave
// (fromError's, with the client's error as cause), and a stack that starts in the user's code.
import type { Catalog, CatalogError } from '../catalog-type.js';
import type { ErrorDefs } from '../definition.js';
import type { ErrsError } from '../error.js';
import type { FromErrorOptions } from '../from-error.js';
import type { Trace } from '../stack.js';
import { stackAt, traceAt } from '../stack.js';

/** Options of every client integration: those of `fromError` (`maxBytes`, `strict`, `stack`, ...), for every error it reads. */
export type ClientOptions = FromErrorOptions;

/** A stack captured at a call, to be the stack of an error made later (see {@link captureTrace}). */
export type { Trace } from '../stack.js';

/** The error type of a catalog: what its `fromError` gives. */
export type ErrorOf<C extends Catalog> = C extends { fromError(thrown: unknown, options?: FromErrorOptions): Promise<infer E> } ? E : CatalogError<ErrorDefs>;

// Frames of the runtime itself: Node's and Bun's internals, Deno's extensions, V8's builtins, Promise.all's index.
const RUNTIME = /\((?:node|bun|ext):|\bat (?:node|bun|ext):|<anonymous>|\(index \d+\)|\(native\)/;

/** Frames of the named packages: in node_modules (pnpm's store too), or pre-bundled by Vite. */
function packageFrames(packages: readonly string[]): RegExp | undefined {
  if (packages.length === 0) return undefined;
  const names = packages.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('/', '[\\\\/_]')).join('|');
  return new RegExp(String.raw`[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:${names})[\\/]|[\\/]\.vite[\\/]deps[\\/](?:${names})\.js`);
}

/** A stack without its first frames of the client and the runtime, so that it starts in the user's code; all of it where nothing else is left. */
function fromUser(stack: string | undefined, client: RegExp | undefined): string | undefined {
  if (stack === undefined) return undefined;
  const lines = stack.split('\n');
  let first = 1; // line 0 is the header
  while (first < lines.length && (RUNTIME.test(lines[first]!) || client?.test(lines[first]!) === true)) first++;
  return first === lines.length ? stack : [lines[0], ...lines.slice(first)].join('\n');
}

/**
 * The stack at the call of `site` (a function on the stack right now: a client's hook, say), without
 * the frames of the `packages` named (the client's own) and of the runtime that come first: so that
 * it starts in the user's code. Where the client's hook runs after an `await`, V8's async stack
 * traces still lead back to the user's call. Formatted only when read.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any function can be a call site
export function captureTrace(site: Function, packages: readonly string[] = []): Trace {
  const trace = traceAt(site);
  const client = packageFrames(packages);
  let stack: string | undefined | null = null;
  return {
    get stack() {
      if (stack === null) stack = fromUser(trace.stack, client);
      return stack;
    },
  };
}

/**
 * {@link captureTrace} at `site`, or none where the options turn stacks off (`stack: false`): every
 * client's hook takes its trace here, so a stack is taken only when its error will carry it.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any function can be a call site
export function traceFor(options: ClientOptions, site: Function, packages?: readonly string[]): Trace | undefined {
  // Stryker disable next-line ConditionalExpression: clientError ignores a trace under stack: false; taking one anyway changes only the cost
  return options.stack === false ? undefined : captureTrace(site, packages);
}

/** How {@link clientError} makes its error. */
export interface ClientErrorOptions extends ClientOptions {
  /** The error's `cause`: the client's error (default: what fromError left there). */
  readonly cause?: unknown;
  /** The error's stack (default: fromError's, which starts where clientError was called). */
  readonly trace?: Trace | undefined;
}

/**
 * The catalog's error for what a client threw or gave: `catalog.fromError(thrown)`, the same error
 * (code, status, params, known, requestId, retryAfterMs, details), with `cause` and the stack of
 * `trace` when given. An error that fromError gives back as it is (one of the catalog's: mapped on an
 * earlier attempt, or thrown by your own code) is left as it is. Never rejects.
 */
export async function clientError<C extends Catalog>(catalog: C, thrown: unknown, options: ClientErrorOptions = {}): Promise<ErrorOf<C>> {
  const { cause, trace, ...read } = options;
  const error: ErrsError = await catalog.fromError(thrown, read);
  if (error === thrown) return error as ErrorOf<C>;
  // `cause` as native errors have it: own, writable, not enumerable.
  if ('cause' in options) Object.defineProperty(error, 'cause', { value: cause, writable: true, configurable: true, enumerable: false });
  if (trace !== undefined && read.stack !== false) stackAt(error, trace);
  return error as ErrorOf<C>;
}

/**
 * For a promise of any client that has no hook of its own (a vendor's SDK): `.catch(rethrow(catalog))`
 * rejects with the catalog's error for whatever it rejected with, the client's error as `cause`.
 * Its stack starts at your `await` (V8's async stack trace).
 */
export function rethrow(catalog: Catalog, options: ClientOptions = {}): (thrown: unknown) => Promise<never> {
  const onRejected = async (thrown: unknown): Promise<never> => {
    const trace = traceFor(options, onRejected);
    throw await clientError(catalog, thrown, { ...options, cause: thrown, trace });
  };
  return onRejected;
}

/** A status that says a request failed (4xx, 5xx). 1xx to 3xx, and opaque responses (status 0), are no failure. */
export const isFailure = (status: number): boolean => status >= 400;
