// AyaNova's wire format: an `error` object in the Microsoft REST guidelines style.
import type { Envelope, WireDetail, WireView } from '@errs/core/envelope';
import { mismatch, readWith, render } from '@errs/core/envelope';
import * as z from 'zod/mini';

/** All AyaNova API error codes are numbers from 2000 to 3000 (the doc's own words). */
const MIN_CODE = 2000;
const MAX_CODE = 3000;
/** The field-level code whose detail message carries the length limit. */
const LENGTH_EXCEEDED = '2202';

/**
 * The names older v8 servers wrote in `details[].error` (the old "API VALIDATION ERROR CODES" page,
 * current/ayanova-response-format.md D/E), read as the numeric code of the same meaning. AyaNova
 * publishes no such mapping: this one is by meaning (README). InvalidOperation has no field-level
 * counterpart and reads as the top-level 2030 (Invalid operation).
 */
export const legacyDetailCodes: Readonly<Record<string, string>> = Object.freeze({
  RequiredPropertyEmpty: '2201',
  LengthExceeded: '2202',
  InvalidValue: '2203',
  NotUnique: '2206',
  StartDateMustComeBeforeEndDate: '2207',
  ReferentialIntegrity: '2208',
  InvalidOperation: '2030',
});

/** A detail's code: a number of the range, or an old server's name for one. */
function detailCodeOf(value: string | number): string | undefined {
  // Stryker disable next-line ConditionalExpression: Object.hasOwn reads a number as its digits, and no legacy name is digits
  return codeOf(value) ?? (typeof value === 'string' && Object.hasOwn(legacyDetailCodes, value) ? legacyDetailCodes[value] : undefined);
}

const code = z.union([z.string(), z.number()]);
const text = z.optional(z.nullable(z.string()));

/** One field-level entry of `error.details`: the field (`target`) and its code (`error`). */
const detailSchema = z.object({
  target: text,
  error: z.optional(z.nullable(code)),
  message: text,
});

/**
 * zod schema of an AyaNova error body: `{ error: { code, message?, target?, details?: [{ target?, error, message? }] } }`.
 * Lenient as the real server: optional fields may be missing or null, extra fields are allowed,
 * codes may be numeric strings (as sent) or JSON numbers.
 */
export const bodySchema = z.object({
  error: z.object({
    code,
    message: text,
    target: text,
    details: z.optional(z.nullable(z.array(detailSchema))),
  }),
});

/** The body as {@link bodySchema} reads it. */
type Body = z.output<typeof bodySchema>;

/** The code as the catalog keys it ("2200"), or undefined when the value is not an AyaNova code. */
function codeOf(value: string | number): string | undefined {
  const n = typeof value === 'number' ? value : /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= MIN_CODE && n <= MAX_CODE ? String(n) : undefined;
}

/** The length limit a 2202 detail carries in its message: an integer, alone or first (`"255 max"`). */
function limitOf(message: string | null | undefined): number | undefined {
  const m = message == null ? null : /^\s*(-?\d{1,15})(?:\s+\S.*)?\s*$/s.exec(message);
  return m ? Number(m[1]) : undefined;
}

/** The message a detail is written with: the limit for 2202, nothing when it is the documented one. */
function detailMessage(d: WireView['details'][number], lookup: WireView['lookup']): string | undefined {
  if (d.code === LENGTH_EXCEEDED && typeof d.params.limit === 'number') {
    // The server's own wording of the limit (`"255 max"`) when it carries this limit, else the limit alone.
    return limitOf(d.message) === d.params.limit ? d.message : String(d.params.limit);
  }
  const template = lookup(d.code)?.message;
  if (d.message === d.code || (template !== undefined && d.message === render(template, d.params))) return undefined;
  return d.message;
}

/**
 * AyaNova's envelope: reads `error.code` (2000-3000; a value outside that range is not an AyaNova
 * error), `error.message`, `error.target` (as the `target` param) and `error.details[]` (field-level
 * codes with the field name as path); writes exactly that shape.
 */
export const envelope: Envelope<Body> = {
  schema: bodySchema,
  read: (body, context) =>
    readWith(bodySchema, body, ({ error }) => {
      const top = codeOf(error.code);
      if (top === undefined) return mismatch(`not an AyaNova API error code (a number from ${MIN_CODE} to ${MAX_CODE})`, ['error', 'code']);
      const details: WireDetail[] = [];
      const list = error.details ?? [];
      for (let i = 0; i < list.length; i++) {
        const d = list[i]!;
        const raw = d.error ?? undefined;
        const dCode = raw === undefined ? undefined : detailCodeOf(raw);
        if (dCode === undefined) {
          if (context.strict) return mismatch('a detail without an AyaNova field-level code', ['error', 'details', i, 'error']);
          if (raw === undefined) continue;
        }
        // Stryker disable next-line ConditionalExpression: only 2202's schema has a limit; any other code's params drop it
        const limit = dCode === LENGTH_EXCEEDED ? limitOf(d.message) : undefined;
        details.push({
          code: dCode ?? String(raw),
          message: d.message ?? undefined,
          params: limit === undefined ? undefined : { limit },
          // A blank target is the rule of the whole object, not of a property.
          path: d.target == null || d.target === '' ? undefined : d.target,
        });
      }
      return {
        code: top,
        message: error.message ?? undefined,
        params: error.target == null ? undefined : { target: error.target },
        details,
      };
    }),
  write: (e) => {
    // Stryker disable next-line ConditionalExpression: every code's schema types target as an optional string
    const target = typeof e.params.target === 'string' ? e.params.target : undefined;
    return {
      body: {
        error: {
          code: e.code,
          message: e.message,
          ...(target === undefined ? {} : { target }),
          ...(e.details.length === 0
            ? {}
            : {
                details: e.details.map((d) => {
                  const message = detailMessage(d, e.lookup);
                  // `target` is always there, blank for the whole object (as the server writes it).
                  return { target: d.path ?? '', error: d.code, ...(message === undefined ? {} : { message }) };
                }),
              }),
        },
      },
    };
  },
};
