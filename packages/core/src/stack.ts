// How errs gives its errors a stack that starts at the user's call, not inside errs.

/** A stack captured earlier, at the call of an async method (see {@link traceAt}). */
export interface Trace {
  readonly stack?: string | undefined;
}

/**
 * Where an error's stack starts. A function: the public method the user called, whose frames and
 * errs's own below it are left out (Error.captureStackTrace's constructorOpt), so the first frame is
 * the user's call. A {@link Trace}: the stack of an async method's call, taken before its first
 * `await` (after it the user's frame is gone). `null`: a light error without a stack (`{ stack: false }`).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any function can be a call site
export type Site = Function | Trace | null;

type Capture = (target: object, site?: Site) => void;
const capture = (Error as { captureStackTrace?: Capture }).captureStackTrace;

/** The stack at the call of `method` (an async one), for the error it settles with later. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any function can be a call site
export function traceAt(method: Function): Trace {
  if (capture === undefined) return new Error();
  const trace = {};
  capture(trace, method); // captured now, formatted only if someone reads the error's stack
  return trace;
}

/**
 * Makes a native error (`make` calls an Error constructor) whose stack is captured once, at `site`.
 * Why the limit: Error's constructor would capture a stack of errs's frames that is then thrown away;
 * with Error.stackTraceLimit at 0 it captures nothing, and captureStackTrace takes the one that counts.
 * Engines without captureStackTrace keep the constructor's own stack.
 */
export function withStack<T extends Error>(make: () => T, site: Exclude<Site, null>): T {
  if (capture === undefined) return make();
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let error: T;
  try {
    error = make();
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (typeof site === 'function') capture(error, site);
  else {
    Object.defineProperty(error, 'stack', {
      get(this: Error): string {
        const frames = site.stack ?? '';
        const at = frames.indexOf('\n');
        return `${this.name}: ${this.message}${at === -1 ? '' : frames.slice(at)}`;
      },
      set(this: Error, value: unknown) {
        Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
      },
      configurable: true,
      enumerable: false,
    });
  }
  return error;
}
