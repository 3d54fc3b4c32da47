// `create`: a new error of a top-level code, its params and its details' params checked by their schemas.
import type { AnyCreateOptions } from './catalog-type.js';
import type { Core } from './entries.js';
import { carriersOf } from './entries.js';
import type { ErrsDetail, ErrsError } from './error.js';
import { errorAt } from './error.js';
import { checkParams } from './params.js';
import { LATER } from './stack.js';
import { fill } from './template.js';

function detailOf(core: Core, d: NonNullable<AnyCreateOptions['details']>[number]): ErrsDetail {
  const entry = core.entries.get(d.code);
  if (!entry) throw new TypeError(`${core.vendor}: unknown detail code ${JSON.stringify(d.code)}`);
  const params = checkParams(core.vendor, `detail ${d.code}`, entry, d.params);
  return {
    code: d.code,
    message: d.message ?? fill(entry.template, params),
    params,
    ...(d.path === undefined ? {} : { path: d.path }),
    known: true,
  };
}

/**
 * Throws a TypeError for a code the catalog lacks, a nested-only code (naming its carriers) and
 * params that fail. The error has no stack yet: the public method gives it one (see captureAt).
 */
export function create(core: Core, code: string, params: unknown, options: AnyCreateOptions): ErrsError {
  const { vendor, entries } = core;
  const entry = entries.get(code);
  if (!entry) throw new TypeError(`${vendor}: unknown error code ${JSON.stringify(code)}`);
  if (entry.info.nested) {
    const carriers = carriersOf(entries, entry);
    throw new TypeError(
      `${vendor}: ${code} appears only nested in the details of ${carriers.join(', ') || 'another error'}; ` +
        `create one of those with { details: [{ code: ${JSON.stringify(code)} }] }`,
    );
  }
  const checked = checkParams(vendor, code, entry, params);
  const details = (options.details ?? []).map((d) => detailOf(core, d));
  return errorAt(
    {
      vendor,
      code,
      status: options.status ?? entry.def.status,
      message: options.message ?? fill(entry.template, checked),
      title: entry.info.title,
      params: checked,
      category: entry.def.category,
      retry: entry.info.retry,
      details,
      known: true,
      requestId: options.requestId,
      retryAfterMs: options.retryAfterMs,
      cause: options.cause,
    },
    LATER,
  );
}
