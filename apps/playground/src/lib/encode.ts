/** The encoder's logic: code + form values -> validated params -> the exact wire response. */
import type { Catalog, Encoded } from '@errs/core';

/** What `create` takes as options on any catalog: detail params as plain data, checked by each code's schema. */
export type CreateOptionsOf = NonNullable<Parameters<Catalog['create']>[2]>;
import { encodeCurl } from './curl';
import type { Field, FormValues } from './schema-form';
import { exampleError, exampleParams } from './scenarios';
import { fieldForIssue, formFields, formToParams, paramsToForm, sampleParams, textProblem, validate } from './schema-form';

/** A nested error the user adds to the response's details: its params as JSON text. */
export interface DetailDraft {
  readonly code: string;
  readonly path: string;
  readonly params: string;
}

/** What the encoder sends beside the params. All text, as typed; empty means "leave out". */
export interface EncoderOptions {
  readonly requestId?: string;
  /** Another status than the documented one. */
  readonly status?: string;
  /** Retry-After, in seconds. */
  readonly retryAfter?: string;
  readonly details?: readonly DetailDraft[];
}

/** What the mock server's encode route takes: exactly the arguments of `create`. */
export interface EncodeRequest {
  readonly code: string;
  readonly params: unknown;
  readonly options?: CreateOptionsOf;
}

export type EncodeResult =
  | {
      readonly ok: true;
      readonly params: unknown;
      readonly options: CreateOptionsOf;
      readonly encoded: Encoded;
      readonly wire: string;
      readonly curl: string;
    }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>>; readonly messages: readonly string[] };

/** Codes that can be the error of a response (nested ones only appear inside details). */
export function encodableCodes(catalog: Catalog): string[] {
  return catalog.codes.filter((c) => !catalog.get(c)!.nested);
}

/** Codes to offer as details: the nested ones, or every code where the vendor has none. */
export function detailCodes(catalog: Catalog): string[] {
  const nested = catalog.codes.filter((c) => catalog.get(c)!.nested);
  return nested.length > 0 ? nested : [...catalog.codes];
}

export function fieldsFor(catalog: Catalog, code: string): Field[] {
  return formFields(catalog.get(code)?.schema);
}

/** The options typed beside the params, checked: keys of `errors` are `requestId`, `status`, `retryAfter`, `detail-<n>`. */
export function createOptions(catalog: Catalog, input: EncoderOptions): { options: CreateOptionsOf; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const options: { requestId?: string; status?: number; retryAfterMs?: number; details?: CreateOptionsOf['details'] } = {};
  const requestId = input.requestId?.trim() ?? '';
  if (requestId) options.requestId = requestId;
  const status = input.status?.trim() ?? '';
  if (status) {
    if (/^\d{3}$/.test(status) && Number(status) >= 400 && Number(status) <= 599) options.status = Number(status);
    else errors.status = 'an error status is a whole number from 400 to 599';
  }
  const retryAfter = input.retryAfter?.trim() ?? '';
  if (retryAfter) {
    if (/^\d{1,6}$/.test(retryAfter)) options.retryAfterMs = Number(retryAfter) * 1000;
    else errors.retryAfter = 'seconds, a whole number like 30';
  }
  const details: { code: string; params?: unknown; path?: string }[] = [];
  (input.details ?? []).forEach((d, i) => {
    const info = catalog.get(d.code);
    if (!info) {
      errors[`detail-${i}`] = `no code ${d.code}`;
      return;
    }
    let params: unknown = {};
    if (d.params.trim()) {
      try {
        params = JSON.parse(d.params);
      } catch (cause) {
        errors[`detail-${i}`] = `params: not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`;
        return;
      }
    }
    const checked = validate(info.schema, params);
    if (!checked.ok) {
      errors[`detail-${i}`] = `params: ${checked.messages.join('; ')}`;
      return;
    }
    details.push({ code: d.code, params: checked.params, ...(d.path.trim() ? { path: d.path.trim() } : {}) });
  });
  if (details.length > 0) options.details = details;
  return { options, errors };
}

const LABELS: Readonly<Record<string, string>> = { requestId: 'request id', status: 'status', retryAfter: 'Retry-After' };

/** Validates the form with the code's schema, then creates and encodes the error. */
export function encodeForm(catalog: Catalog, code: string, values: FormValues, origin: string, input: EncoderOptions = {}): EncodeResult {
  const info = catalog.get(code);
  if (!info) return { ok: false, errors: {}, messages: [`${catalog.vendor} has no code ${code}`] };
  const fields = formFields(info.schema);
  const errors: Record<string, string> = {};
  const messages: string[] = [];
  for (const field of fields) {
    const problem = textProblem(field, values[field.path] ?? '');
    if (problem) {
      errors[field.path] = problem;
      messages.push(field.path ? `${field.path}: ${problem}` : problem);
    }
  }
  const params = formToParams(fields, values);
  const checked = validate(info.schema, params);
  if (!checked.ok) {
    for (const [path, message] of Object.entries(checked.errors)) {
      const field = fieldForIssue(fields, path) ?? '';
      if (errors[field] !== undefined) continue;
      errors[field] = message;
      messages.push(path ? `${path}: ${message}` : message);
    }
  }
  const { options, errors: optionErrors } = createOptions(catalog, input);
  for (const [key, message] of Object.entries(optionErrors)) {
    errors[key] = message;
    messages.push(`${LABELS[key] ?? key.replace('detail-', 'detail #')}: ${message}`);
  }
  if (messages.length > 0) return { ok: false, errors, messages };
  try {
    let error = catalog.create(code, params, options);
    let encoded = catalog.encode(error);
    // A vendor that generates an id when the error has none (Platform's `err_...`): pin the one
    // shown, so that the curl line asks for exactly this response.
    if (error.requestId === undefined) {
      const back = catalog.safeParse(encoded.body, { status: encoded.status, headers: encoded.headers });
      const generated = back.success ? back.data.requestId : undefined;
      if (generated !== undefined) {
        error = catalog.create(code, params, { ...options, requestId: generated });
        encoded = catalog.encode(error);
      }
    }
    const wire = typeof encoded.body === 'string' ? encoded.body : JSON.stringify(encoded.body);
    const finalOptions: CreateOptionsOf = error.requestId === undefined ? options : { ...options, requestId: error.requestId };
    return { ok: true, params, options: finalOptions, encoded, wire, curl: encodeCurl(origin, catalog.vendor, { code, params, options: finalOptions }) };
  } catch (cause) {
    return { ok: false, errors: {}, messages: [cause instanceof Error ? cause.message : String(cause)] };
  }
}

/** Form values to start from: example params the code's schema accepts. */
export function exampleValues(catalog: Catalog, code: string): Record<string, string> {
  const info = catalog.get(code);
  const example = exampleError(catalog, code);
  return example ? paramsToForm(formFields(info?.schema), example.params) : sampleParams(info?.schema).values;
}

/** The JSON text of a detail's example params. */
export function exampleDetailParams(catalog: Catalog, code: string): string {
  return JSON.stringify(exampleParams(catalog, code) ?? {});
}
