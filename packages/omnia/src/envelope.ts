// OMNIA Platform's error body: { code, message, errors?: [{ code, name?, message }] }.
import * as z from 'zod/mini';
import type * as z4 from 'zod/v4/core';
import { mismatch, readWith } from '@errs/core/envelope';
import type { Envelope, Mismatch, Params, WireDetail, WireError } from '@errs/core/envelope';
import { errors } from './catalog.js';

/** One nested error of a `ValidationFailed` body: `name` is the attribute or element it is about. */
const detailSchema = z.object({
  code: z.string().check(z.minLength(1)),
  name: z.optional(z.nullable(z.string())),
  message: z.optional(z.nullable(z.string())),
});

/**
 * zod schema of an OMNIA Platform error body, as lenient as the vendor's own clients: `errors` and a
 * detail's `name` and `message` may be missing or `null` (as .NET serialises unset members), `message`
 * may be `null`, and unknown extra members are allowed (and ignored).
 */
export const bodySchema = z.object({
  code: z.string().check(z.minLength(1)),
  message: z.nullable(z.string()),
  errors: z.optional(z.nullable(z.array(detailSchema))),
});

/** An OMNIA Platform error body, as {@link bodySchema} reads it. */
export type OmniaBody = z.infer<typeof bodySchema>;

// OMNIA bodies carry no params: where a documented message has a placeholder, the value is in the
// message itself ("... defined length of 50."). Each such template becomes a pattern that reads it back.
interface Slot {
  readonly name: string;
  readonly schema: z4.$ZodType | undefined;
}
interface Pattern {
  readonly regex: RegExp;
  readonly slots: readonly Slot[];
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new Map<string, Pattern>();
for (const [code, def] of Object.entries(errors) as [string, { message: string; params?: z4.$ZodType }][]) {
  if (!def.message.includes('{')) continue;
  const shape = (def.params?._zod.def as { shape?: Record<string, z4.$ZodType> } | undefined)?.shape;
  const slots: Slot[] = [];
  let source = '^';
  let last = 0;
  for (const m of def.message.matchAll(PLACEHOLDER)) {
    source += `${escape(def.message.slice(last, m.index))}([\\s\\S]*?)`;
    last = m.index + m[0].length;
    slots.push({ name: m[1]!, schema: shape?.[m[1]!] });
  }
  source += `${escape(def.message.slice(last))}$`;
  patterns.set(code, { regex: new RegExp(source), slots });
}

/** A value read from a message: the text, or the number it spells when the param is not a string. */
function slotValue(slot: Slot, text: string): unknown {
  if (!slot.schema || z.safeParse(slot.schema, text).success) return text;
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? n : text;
}

/** The params a message carries, for codes whose documented message has placeholders. */
function paramsFrom(code: string, message: string | null | undefined): Params | undefined {
  const pattern = patterns.get(code);
  if (!pattern || typeof message !== 'string') return undefined;
  const m = pattern.regex.exec(message);
  if (!m) return undefined;
  const params: Record<string, unknown> = {};
  pattern.slots.forEach((slot, i) => {
    params[slot.name] = slotValue(slot, m[i + 1]!);
  });
  return params;
}

const isNested = (code: string): boolean => (errors as Partial<Record<string, { nested?: boolean }>>)[code]?.nested === true;
const isTop = (code: string): boolean => Object.hasOwn(errors, code) && !isNested(code);

function read(data: OmniaBody, strict: boolean): WireError | Mismatch {
  const list = data.errors ?? [];
  if (strict) {
    if (isNested(data.code)) return mismatch(`${data.code} only appears inside the errors of ValidationFailed`, ['code']);
    if (list.length > 0 && isTop(data.code) && data.code !== 'ValidationFailed') {
      return mismatch(`${data.code} carries no nested errors`, ['errors']);
    }
    const top = list.findIndex((d) => isTop(d.code));
    if (top >= 0) return mismatch(`${list[top]!.code} is not a nested error code`, ['errors', top, 'code']);
  }
  const details = list.map(
    (d): WireDetail => ({
      code: d.code,
      message: d.message ?? undefined,
      path: d.name ?? undefined,
      params: paramsFrom(d.code, d.message),
    }),
  );
  return { code: data.code, message: data.message ?? undefined, params: paramsFrom(data.code, data.message), details };
}

/**
 * OMNIA Platform's wire format. Reading: `code` (a non-empty string) and `message` (a string or
 * `null`) are required, so other vendors' bodies are not mistaken for OMNIA's; `errors[].name`
 * becomes the detail's `path`; params are read back from messages with placeholders. With
 * `strict`, a nested-only code at the top level, nested errors on a code other than
 * `ValidationFailed`, and a top-level code among the nested errors are rejected.
 * Writing: `{ code, message }`, plus `errors: [{ code, name?, message }]` when there are details.
 */
export const envelope: Envelope<OmniaBody> = {
  schema: bodySchema,
  read: (body, context) => readWith(bodySchema, body, (data) => read(data, context.strict)),
  write: (e) => ({
    body: {
      code: e.code,
      message: e.message,
      ...(e.details.length > 0
        ? { errors: e.details.map((d) => ({ code: d.code, ...(d.path === undefined ? {} : { name: d.path }), message: d.message })) }
        : {}),
    },
  }),
};
