// OMNIA Platform's error body: { code, message, errors?: [{ code, name?, message }] }.
import * as z from 'zod/mini';
import type * as z4 from 'zod/v4/core';
import { mismatch, readWith } from '@errs/core/envelope';
import type { CodeView, Envelope, Mismatch, AnyParams, ReadContext, WireDetail, WireError } from '@errs/core/envelope';

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

// One pattern per code view, made on first use: the core hands the same view on every call, and
// only for the catalog's own codes, so this holds at most one entry per code.
const patterns = new WeakMap<CodeView, Pattern | null>();

function patternOf(view: CodeView): Pattern | null {
  let pattern = patterns.get(view);
  if (pattern !== undefined) return pattern;
  pattern = null;
  if (view.message.includes('{')) {
    const slots: Slot[] = [];
    let source = '^';
    let last = 0;
    for (const m of view.message.matchAll(PLACEHOLDER)) {
      source += `${escape(view.message.slice(last, m.index))}([\\s\\S]*?)`;
      last = m.index + m[0].length;
      slots.push({ name: m[1]!, schema: Object.hasOwn(view.shape, m[1]!) ? view.shape[m[1]!] : undefined });
    }
    source += `${escape(view.message.slice(last))}$`;
    pattern = { regex: new RegExp(source), slots };
  }
  patterns.set(view, pattern);
  return pattern;
}

/** A value read from a message: the text, or the number it spells when the param is not a string. */
function slotValue(slot: Slot, text: string): unknown {
  if (!slot.schema || z.safeParse(slot.schema, text).success) return text;
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? n : text;
}

/** The params a message carries, for codes whose documented message has placeholders. */
function paramsFrom(view: CodeView | undefined, message: string | null | undefined): AnyParams | undefined {
  const pattern = view && patternOf(view);
  if (!pattern || typeof message !== 'string') return undefined;
  const m = pattern.regex.exec(message);
  if (!m) return undefined;
  const params: Record<string, unknown> = {};
  pattern.slots.forEach((slot, i) => {
    params[slot.name] = slotValue(slot, m[i + 1]!);
  });
  return params;
}

function read(data: OmniaBody, context: ReadContext): WireError | Mismatch {
  const list = data.errors ?? [];
  const { lookup } = context;
  const view = lookup(data.code);
  if (context.strict) {
    const isTop = (code: string): boolean => lookup(code)?.nested === false;
    if (view?.nested) return mismatch(`${data.code} only appears inside the errors of ValidationFailed`, ['code']);
    if (list.length > 0 && view?.nested === false && data.code !== 'ValidationFailed') {
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
      params: paramsFrom(lookup(d.code), d.message),
    }),
  );
  return { code: data.code, message: data.message ?? undefined, params: paramsFrom(view, data.message), details };
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
  read: (body, context) => readWith(bodySchema, body, (data) => read(data, context)),
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
