// Sentry's own types are not imported, not even as types: an event and a hint are written here by
// the few fields read and written, so that every Sentry JavaScript SDK (@sentry/node, /browser,
// /bun, /deno, /cloudflare, v8 on) accepts these functions, and a project that installs only its
// SDK (with pnpm, @sentry/core is then not resolvable from here) type-checks.
import { isErrsError } from '../brand.js';
import { codeName } from './error-type.js';

/** The fields of a Sentry event that errs reads and writes. Every Sentry SDK's `Event` is one. */
export interface SentryEventLike {
  fingerprint?: string[] | undefined;
  tags?: { [key: string]: unknown } | undefined;
  contexts?: { [key: string]: unknown } | undefined;
}

/** The field of a Sentry `EventHint` that errs reads: what was captured. */
export interface SentryHintLike {
  originalException?: unknown;
}

/** Options of {@link errsBeforeSend} and {@link errsIntegration}. */
export interface ErrsSentryOptions {
  /** Put the decoded body the error was parsed from (`raw`) in the `errs` context. Default false. */
  readonly raw?: boolean | undefined;
  /** Put a 5xx error's own message, details and cause in the `errs` context (see `toJSON`). Default false. */
  readonly expose?: boolean | undefined;
}

/** A Sentry integration: `Sentry.init({ integrations: [errsIntegration()] })`. */
export interface ErrsIntegration {
  readonly name: 'Errs';
  processEvent<E extends SentryEventLike>(event: E, hint: SentryHintLike): E;
}

/** What errsIntegration and errsBeforeSend do to an event (see errsIntegration). */
function enrich<E extends SentryEventLike>(event: E, hint: SentryHintLike | undefined, options: ErrsSentryOptions): E {
  let tags: Record<string, string>;
  let context: object;
  let fingerprint: string[];
  try {
    const error = hint?.originalException;
    if (!isErrsError(error)) return event;
    const code = codeName(error);
    fingerprint = ['{{ default }}', error.vendor, code];
    tags = {
      'errs.vendor': error.vendor,
      'errs.code': code,
      'errs.category': error.category,
      'errs.status': String(error.status),
      'errs.known': String(error.known),
    };
    context = error.toJSON({ raw: options.raw === true, expose: options.expose === true });
  } catch {
    return event; // a hostile exception (a Proxy that claims the brand): the event as Sentry made it
  }
  if (event.fingerprint === undefined || event.fingerprint.length === 0) event.fingerprint = fingerprint;
  event.tags = { ...event.tags, ...tags };
  event.contexts = { ...event.contexts, errs: context };
  return event;
}

/**
 * A `beforeSend` that groups and tags every ErrsError by vendor and code (see {@link errsIntegration}
 * for what it adds): `Sentry.init({ beforeSend: errsBeforeSend() })`. Sentry takes one `beforeSend`;
 * to keep yours, call this one in it, or use {@link errsIntegration}, which leaves `beforeSend` free.
 */
export function errsBeforeSend(options: ErrsSentryOptions = {}): <E extends SentryEventLike>(event: E, hint: SentryHintLike) => E {
  return (event, hint) => enrich(event, hint, options);
}

/**
 * The same as {@link errsBeforeSend}, as a Sentry integration, Sentry's way for a library to add to
 * events (`zodErrorsIntegration`, `extraErrorDataIntegration`), so that `beforeSend` stays yours:
 * `Sentry.init({ integrations: [errsIntegration()] })`. It runs before `beforeSend`, which sees its
 * fingerprint, tags and context. For an event whose captured exception is an ErrsError it sets:
 * - `fingerprint`: `['{{ default }}', vendor, code]`, so that one call site failing with two codes
 *   makes two issues, and each code of a vendor its own issue (Sentry's default groups by stack
 *   alone). A fingerprint set already (`scope.setFingerprint`) is kept. A code the catalog lacks
 *   that does not read as an identifier is `_OTHER`, so that a broken server cannot open an issue
 *   per request.
 * - `tags` to filter and search by: `errs.vendor`, `errs.code`, `errs.category`, `errs.status`,
 *   `errs.known`.
 * - an `errs` context: the error's `toJSON()` (code, status, params, details, request id, retry
 *   advice), without `raw` unless `{ raw: true }`, and with a 5xx's own message, details and cause only with
 *   `{ expose: true }` (the exception's own value, which Sentry shows as the title, is the
 *   message).
 *
 * Any other event is left as it is.
 */
export function errsIntegration(options: ErrsSentryOptions = {}): ErrsIntegration {
  return { name: 'Errs', processEvent: (event, hint) => enrich(event, hint, options) };
}
