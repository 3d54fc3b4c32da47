/** The encoder's logic: code + form values -> validated params -> the exact wire response. */
import type { Encoded } from '@errs/core';
import type { AnyCatalog } from './catalog-types';
import { encodeCurl } from './curl';
import type { Field, FormValues } from './schema-form';
import { exampleError } from './scenarios';
import { fieldForIssue, formFields, formToParams, paramsToForm, sampleParams, validate } from './schema-form';

export type EncodeResult =
  | { readonly ok: true; readonly params: unknown; readonly encoded: Encoded; readonly wire: string; readonly curl: string }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>>; readonly messages: readonly string[] };

/** Codes that can be the error of a response (nested ones only appear inside details). */
export function encodableCodes(catalog: AnyCatalog): string[] {
  return catalog.codes.filter((c) => !catalog.get(c)!.nested);
}

export function fieldsFor(catalog: AnyCatalog, code: string): Field[] {
  return formFields(catalog.get(code)?.params);
}

/** Validates the form with the code's schema, then creates and encodes the error. */
export function encodeForm(catalog: AnyCatalog, code: string, values: FormValues, origin: string, requestId = ''): EncodeResult {
  const info = catalog.get(code);
  if (!info) return { ok: false, errors: {}, messages: [`unknown code ${code}`] };
  const fields = formFields(info.params);
  const params = formToParams(fields, values);
  const checked = validate(info.params, params);
  if (!checked.ok) {
    const errors: Record<string, string> = {};
    for (const [path, message] of Object.entries(checked.errors)) {
      const field = fieldForIssue(fields, path) ?? '';
      errors[field] ??= message;
    }
    return { ok: false, errors, messages: checked.messages };
  }
  try {
    const error = catalog.create(code, params, requestId.trim() ? { requestId: requestId.trim() } : {});
    const encoded = catalog.encode(error);
    const wire = typeof encoded.body === 'string' ? encoded.body : JSON.stringify(encoded.body);
    return { ok: true, params, encoded, wire, curl: encodeCurl(origin, catalog.vendor, code, params) };
  } catch (cause) {
    return { ok: false, errors: {}, messages: [cause instanceof Error ? cause.message : String(cause)] };
  }
}

/** Form values to start from: example params the code's schema accepts. */
export function exampleValues(catalog: AnyCatalog, code: string): Record<string, string> {
  const info = catalog.get(code);
  const example = exampleError(catalog, code);
  return example ? paramsToForm(formFields(info?.params), example.params) : sampleParams(info?.params).values;
}
