// How errs gives its errors a stack that starts at the user's call, not inside errs.

/** A stack captured earlier, at the call of an async method (see {@link traceAt}). */
export interface Trace {
  readonly stack?: string | undefined;
}

/**
 * As a {@link Site}: build a native error without a stack yet; the public method that asked for it
 * gives it one ({@link captureAt}, {@link stackAt}) before handing it out. Why: to skip errs's
 * frames, V8 still walks and summarises each of them (an optimised frame is decoded with every
 * function inlined into it), so a capture deep inside errs costs far more than one made in the
 * public method itself, right above the user's frame.
 */
export const LATER = 'later';

/**
 * Where an error's stack starts. A function: the public method the user called, whose frames and
 * errs's own below it are left out (Error.captureStackTrace's constructorOpt), so the first frame is
 * the user's call. A {@link Trace}: the stack of an async method's call, taken before its first
 * `await` (after it the user's frame is gone). {@link LATER}: the caller captures it itself.
 * `null`: a light error without a stack (`{ stack: false }`).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any function can be a call site
export type Site = Function | Trace | typeof LATER | null;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any function can be a call site
type Capture = (target: object, site?: Function) => void;
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
 * Makes a native error (`make(arg)` calls an Error constructor) whose stack is captured once, at
 * `site` (for {@link LATER}: not yet, see {@link captureAt}). `make` is a function of the module
 * that calls, not a closure made per error: this is the path of every error a catalog gives.
 * Why the limit: Error's constructor would capture a stack of errs's frames that is then thrown away.
 * With Error.stackTraceLimit not a number V8 captures nothing at all (at 0 it still sets up a walk and
 * stores an empty trace), and captureStackTrace takes the one that counts; the user's limit is back
 * by then. Engines without captureStackTrace keep the constructor's own stack.
 */
export function withStack<A, T extends Error>(make: (arg: A) => T, arg: A, site: Exclude<Site, null>): T {
  if (capture === undefined) return make(arg);
  const limit = Error.stackTraceLimit;
  (Error as { stackTraceLimit: unknown }).stackTraceLimit = undefined;
  let error: T;
  try {
    error = make(arg);
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (site !== LATER) stackAt(error, site);
  return error;
}

/**
 * Gives a native error built for {@link LATER} its stack, starting at the caller of `method`, a
 * function on the stack right now: Error.captureStackTrace itself (no frame of its own), or nothing
 * on engines without it (whose errors keep their constructor's stack). Call it in the public method
 * itself: V8 summarises the frames it walks, and each function inlined at the call costs more.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any function can be a call site
export const captureAt: (error: Error, method: Function) => void = capture ?? (() => undefined);

/** Gives a native error built for {@link LATER} its stack: see {@link captureAt} and {@link Trace}. */
export function stackAt(error: Error, site: Exclude<Site, typeof LATER | null>): void {
  if (typeof site === 'function') captureAt(error, site);
  else traceStack(error, site);
}

/** The stack of `trace` as the error's, with the error's own header line, formatted when read. */
function traceStack(error: Error, trace: Trace): void {
  if (capture === undefined) return;
  Object.defineProperty(error, 'stack', {
    get(this: Error): string {
      const frames = trace.stack ?? '';
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
