/**
 * The live demo's scripted scenarios, per vendor: what the mock server answers on each attempt.
 * Generated from each catalog (which code is a 409, which is a 429 ...), so one script serves all
 * vendors; where a vendor documents no such code, the step is what the gateway in front of it sends.
 */
import type { Catalog, EncodeOptions, ErrsError } from '@errs/core';
import { safeParse } from 'zod/v4/core';
import { sampleParams } from './schema-form';

export type Step =
  | { readonly kind: 'error'; readonly error: ErrsError; readonly options?: EncodeOptions; readonly note: string }
  | { readonly kind: 'raw'; readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string; readonly note: string }
  | { readonly kind: 'ok'; readonly note: string };

export interface Scenario {
  readonly id: ScenarioId;
  readonly title: string;
  readonly description: string;
}

export type ScenarioId = 'unavailable' | 'rate-limit' | 'conflict' | 'validation' | 'gateway-html';

export const scenarios: readonly Scenario[] = [
  { id: 'unavailable', title: '502, 502, then success', description: 'A transient failure twice: the client backs off (exponential, jittered) and the third attempt succeeds.' },
  { id: 'rate-limit', title: '429 with a reset header', description: 'Rate limited with X-RateLimit-Reset: the client waits at least that long, then succeeds.' },
  { id: 'conflict', title: 'Concurrency conflict', description: 'Someone else changed the resource: the client does what the advice says (refetch, back off, or stop).' },
  { id: 'validation', title: 'Validation failure, nested details', description: 'The request is wrong: details name each field; retrying unchanged would fail again, so the client stops.' },
  { id: 'gateway-html', title: 'HTML gateway page, then success', description: 'A proxy answers with an HTML 502 page: not the vendor envelope, still a typed status-only error, retried.' },
];

/** The status a step answers with. */
export function stepStatus(step: Step): number {
  return step.kind === 'ok' ? 200 : step.kind === 'raw' ? step.status : step.error.status;
}

/** A scenario's title for a vendor: the conflict names the vendor's own status (409, 412, 400). */
export function scenarioTitle(catalog: Catalog, id: ScenarioId): string {
  const scenario = scenarios.find((s) => s.id === id)!;
  if (id !== 'conflict') return scenario.title;
  return `Concurrency conflict (${stepStatus(scenarioSteps(catalog, id)[0]!)})`;
}

/** A scenario's description for a vendor: for the conflict, what this vendor's advice makes the client do. */
export function scenarioDescription(catalog: Catalog, id: ScenarioId): string {
  const scenario = scenarios.find((s) => s.id === id)!;
  if (id !== 'conflict') return scenario.description;
  const first = scenarioSteps(catalog, id)[0]!;
  if (first.kind !== 'error') return 'The vendor documents no conflict code: the gateway answers 409 and the client backs off and retries.';
  switch (first.error.retry.strategy) {
    case 'refetch':
      return 'Someone else changed the resource: the advice is to refetch, re-apply and retry.';
    case 'backoff':
      return `${first.error.code} is this vendor's conflict: its advice is to back off and retry (it documents no refetch).`;
    default:
      return `${first.error.code} is this vendor's conflict: its advice is "${first.error.retry.strategy}", so the client stops.`;
  }
}

export function isScenarioId(value: string): value is ScenarioId {
  return scenarios.some((s) => s.id === value);
}

const RESET_HEADERS = { 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' };
const GATEWAY_HTML =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n';

/** Params that make `create` accept a code, where the sampler needs help (a regex, a range). */
const PARAM_HINTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'tidewater:sailing_closed': { sailing: 'SKY-1042', cabin: 'deck' },
};

/** An error of a code with example params, or undefined when no example params fit. */
export function exampleError(catalog: Catalog, code: string, options?: Parameters<Catalog['create']>[2]): ErrsError | undefined {
  const info = catalog.get(code);
  if (!info) return undefined;
  const hint = PARAM_HINTS[`${catalog.vendor}:${code}`];
  const candidates = [hint, sampleParams(info.schema).params, {}].filter((p) => p !== undefined);
  for (const params of candidates) {
    try {
      return catalog.create(code, params, options);
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

function topCodes(catalog: Catalog): string[] {
  return catalog.codes.filter((c) => !catalog.get(c)!.nested);
}

/**
 * Example params of any code, nested ones included: a nested code cannot be created on its own (it
 * only travels in another error's details), so its params are checked by its schema alone.
 */
export function exampleParams(catalog: Catalog, code: string): Readonly<Record<string, unknown>> | undefined {
  const info = catalog.get(code);
  if (!info) return undefined;
  if (!info.nested) return exampleError(catalog, code)?.params;
  const hint = PARAM_HINTS[`${catalog.vendor}:${code}`];
  const candidates = [hint, sampleParams(info.schema).params, {}].filter((p) => p !== undefined);
  return candidates.find((params) => info.schema === undefined || safeParse(info.schema, params).success) as Readonly<Record<string, unknown>> | undefined;
}

/** The first code matching the earliest predicate that matches any (and has usable example params). */
export function pickCode(catalog: Catalog, predicates: readonly ((code: string) => boolean)[], codes = topCodes(catalog)): string | undefined {
  for (const predicate of predicates) {
    const code = codes.find((c) => predicate(c) && exampleError(catalog, c) !== undefined);
    if (code !== undefined) return code;
  }
  return undefined;
}

const DETAIL_PATHS = ['order.lines[1].quantity', 'customer.email', 'customer.address.zip'];

function validationStep(catalog: Catalog): Step {
  const get = (c: string) => catalog.get(c)!;
  const code = pickCode(catalog, [
    (c) => get(c).category === 'INVALID_ARGUMENT' && /validation/i.test(c),
    (c) => get(c).category === 'INVALID_ARGUMENT' && /validation/i.test(get(c).message),
    (c) => get(c).category === 'INVALID_ARGUMENT' && /valid/i.test(c),
    (c) => get(c).category === 'INVALID_ARGUMENT' && /valid/i.test(get(c).message),
    (c) => get(c).category === 'INVALID_ARGUMENT',
    (c) => get(c).status === 400 || get(c).status === 422,
  ]);
  if (code === undefined) return { kind: 'raw', status: 400, headers: { 'content-type': 'text/plain' }, body: 'Bad Request', note: 'from the gateway (the vendor documents no validation code)' };
  const nested = catalog.codes.filter((c) => get(c).nested);
  const pool = nested.length > 0 ? nested : topCodes(catalog).filter((c) => c !== code && get(c).category === 'INVALID_ARGUMENT');
  const details: { code: string; params: unknown; path: string }[] = [];
  for (const c of pool) {
    if (details.length >= DETAIL_PATHS.length) break;
    const path: string = DETAIL_PATHS[details.length]!;
    const sample = exampleParams(catalog, c);
    if (!sample) continue;
    // A param naming the field gets the field the detail is about.
    const field = path.split('.').at(-1)!.replace(/\[\d+\]$/, '');
    const named = Object.fromEntries(Object.entries(sample).map(([k, v]) => [k, typeof v === 'string' && /field|attribute|property|name/i.test(k) ? field : v]));
    const fits = get(c).schema === undefined || safeParse(get(c).schema!, named).success;
    details.push({ code: c, params: fits ? named : sample, path });
  }
  const base = exampleError(catalog, code);
  let error: ErrsError | undefined;
  try {
    error = catalog.create(code, base?.params, { details, requestId: 'req-validation-1' });
  } catch {
    error = base;
  }
  // Say what the wire really carries: some envelopes have no place for nested errors.
  const encoded = catalog.encode(error!);
  const back = catalog.safeParse(encoded.body, { status: encoded.status, headers: encoded.headers });
  const carried = back.success ? back.data.details.length : 0;
  const note = carried > 0 ? `${code} with ${carried} nested details` : `${code} (this envelope carries no nested details)`;
  return { kind: 'error', error: error!, note };
}

/** What the mock server answers on each attempt of a scenario (the last step repeats). */
export function scenarioSteps(catalog: Catalog, id: ScenarioId): Step[] {
  const get = (c: string) => catalog.get(c)!;
  const ok = (note = 'success'): Step => ({ kind: 'ok', note });
  switch (id) {
    case 'unavailable': {
      const code = pickCode(catalog, [(c) => get(c).status === 502 && get(c).retryable, (c) => get(c).category === 'UNAVAILABLE' && get(c).retryable]);
      const error = code === undefined ? undefined : exampleError(catalog, code, { status: 502, requestId: 'req-unavailable-1' });
      const documented = code === undefined ? 502 : get(code).status;
      const fail: Step = error
        ? { kind: 'error', error, note: documented === 502 ? `${code}` : `${code} (documented as ${documented}, here sent with 502)` }
        : { kind: 'raw', status: 502, headers: { 'content-type': 'text/plain' }, body: 'Bad Gateway', note: 'from the gateway (the vendor documents no retryable code)' };
      return [fail, fail, ok()];
    }
    case 'rate-limit': {
      const code = pickCode(catalog, [(c) => get(c).status === 429, (c) => get(c).category === 'RESOURCE_EXHAUSTED' && get(c).retryable]);
      const error = code === undefined ? undefined : exampleError(catalog, code, { status: 429 });
      const fail: Step = error
        ? { kind: 'error', error, options: { headers: RESET_HEADERS }, note: `${code} with X-RateLimit-Reset: 1` }
        : { kind: 'raw', status: 429, headers: { 'content-type': 'text/plain', ...RESET_HEADERS }, body: 'Too Many Requests', note: 'from the gateway (the vendor documents no 429 code)' };
      return [fail, ok()];
    }
    case 'conflict': {
      const code = pickCode(catalog, [
        (c) => get(c).category === 'ABORTED' && get(c).status === 409,
        (c) => get(c).category === 'ABORTED',
        (c) => get(c).status === 409 || get(c).status === 412,
      ]);
      const error = code === undefined ? undefined : exampleError(catalog, code, { requestId: 'req-conflict-1' });
      if (!error) return [{ kind: 'raw', status: 409, headers: { 'content-type': 'text/plain' }, body: 'Conflict', note: 'from the gateway (the vendor documents no conflict code)' }, ok('success after backing off')];
      // The script says what the client does with this code's advice: refetch, back off, or stop.
      const fail: Step = { kind: 'error', error, note: `${code} (advice: ${error.retry.strategy})` };
      if (error.retry.strategy === 'refetch') return [fail, ok('success after a refetch')];
      if (error.retryable) return [fail, ok('success after backing off')];
      return [fail];
    }
    case 'validation':
      return [validationStep(catalog)];
    case 'gateway-html':
      return [{ kind: 'raw', status: 502, headers: { 'content-type': 'text/html; charset=utf-8' }, body: GATEWAY_HTML, note: 'an nginx HTML page' }, ok()];
  }
}

/** The web-standard Response of a step: vendor errors through `catalog.toResponse`. */
export function stepResponse(catalog: Catalog, step: Step, attempt: number): Response {
  switch (step.kind) {
    case 'error':
      return catalog.toResponse(step.error, step.options);
    case 'raw':
      return new Response(step.body, { status: step.status, headers: step.headers });
    case 'ok':
      return new Response(JSON.stringify({ ok: true, vendor: catalog.vendor, attempt: attempt + 1 }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
  }
}

/** A scenario's script in words: consecutive repeats collapsed (`2 × X → the request succeeds`). */
export function scriptText(steps: readonly Step[]): string {
  const parts: string[] = [];
  for (let i = 0; i < steps.length; ) {
    let j = i;
    while (j < steps.length && steps[j]!.note === steps[i]!.note) j++;
    const status = stepStatus(steps[i]!);
    parts.push(`${j - i > 1 ? `${j - i} × ` : ''}${status} ${steps[i]!.note}`);
    i = j;
  }
  return parts.join(' → ');
}
