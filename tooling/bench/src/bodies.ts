/**
 * Realistic error bodies per vendor, as JSON text (what arrives on the wire), with the status the
 * transport reports. Shapes are taken from each package's README (wire format) and tests.
 *
 * Kinds: `simple` one documented error; `nested` several nested details (only where the envelope
 * has details: omnia, ayanova, connect); `metadata` (platform, whose envelope has no details: a
 * body with its free-form `metadata`); `unknown` a code the catalog lacks; `foreign` a
 * non-conforming body (another framework's JSON error on the same route).
 */
export type Vendor = 'omnia' | 'ayanova' | 'easydb' | 'connect' | 'platform';
export type Kind = 'simple' | 'nested' | 'metadata' | 'unknown' | 'foreign';

export interface Body {
  kind: Kind;
  status: number;
  text: string;
  /** true when the body is the vendor's envelope (parse gives an ErrsError, safeParse success). */
  valid: boolean;
}

const json = (value: unknown): string => JSON.stringify(value);

export const bodies: Record<Vendor, Body[]> = {
  omnia: [
    { kind: 'simple', status: 404, valid: true, text: json({ code: 'EntityNotFound', message: "Entity 'Customer' with id '5f1c0d2e-9a7b-4c1e-8f3a-2b6d9e0c4a11' was not found." }) },
    {
      kind: 'nested',
      status: 400,
      valid: true,
      text: json({
        code: 'ValidationFailed',
        message: 'Request validation failed.',
        errors: [
          { code: 'RequiredValue', name: '_code', message: 'Attribute value is required.' },
          { code: 'TextMaxLengthMismatch', name: 'description', message: 'Text exceeds the defined length of 50.' },
          { code: 'TypeMismatch', name: 'amount', message: 'Value does not match the attribute type.' },
          { code: 'Duplicated', name: 'email', message: null },
        ],
      }),
    },
    { kind: 'unknown', status: 409, valid: true, text: json({ code: 'EntityLockedByWorkflow', message: 'The entity is locked by a running workflow.', errors: null }) },
    { kind: 'foreign', status: 404, valid: false, text: json({ statusCode: 404, message: 'Cannot GET /api/v1/entities/x', error: 'Not Found' }) },
  ],
  ayanova: [
    { kind: 'simple', status: 404, valid: true, text: json({ error: { code: '2010', message: 'Object not found' } }) },
    {
      kind: 'nested',
      status: 400,
      valid: true,
      text: json({
        error: {
          code: '2200',
          message: 'Object did not pass validation',
          details: [
            { target: 'Name', error: '2201' },
            { target: 'Notes', error: '2202', message: '255' },
            { target: 'Serial', error: '2206' },
            { target: 'CustomerId', error: '2203' },
          ],
        },
      }),
    },
    { kind: 'unknown', status: 400, valid: true, text: json({ error: { code: '2999', message: 'A brand new AyaNova error', target: 'Workorder' } }) },
    { kind: 'foreign', status: 404, valid: false, text: json({ error: { code: 'ResourceNotFound', message: 'The requested resource does not exist.' } }) },
  ],
  easydb: [
    { kind: 'simple', status: 400, valid: true, text: json({ realm: 'user', code: 'error.user.collection_not_found', parameters: { id: '99' } }) },
    {
      kind: 'unknown',
      status: 500,
      valid: true,
      text: json({ realm: 'server', code: 'error.server.brand_new', description: 'Something new went wrong on the server.', uuid: '1b2f7c34-64a5-4f6e-9a3d-0c8e5b1f2a77' }),
    },
    { kind: 'foreign', status: 400, valid: false, text: json({ error: 'Bad Request', message: 'collection id must be numeric' }) },
  ],
  connect: [
    {
      kind: 'simple',
      status: 404,
      valid: true,
      text: json({
        statusCode: 404,
        message: 'Deployment with id=d7e1a6e2-1b0c-4f5e-9a4b-3c2d1e0f9a8b or key=my-deployment does not exist',
        errors: [{ code: 'ResourceNotFound', message: 'Deployment with id=d7e1a6e2-1b0c-4f5e-9a4b-3c2d1e0f9a8b or key=my-deployment does not exist', resourceKey: 'my-deployment' }],
      }),
    },
    {
      kind: 'nested',
      status: 400,
      valid: true,
      text: json({
        statusCode: 400,
        message: 'A duplicate value "my-connector" exists for field key.',
        errors: [
          { code: 'DuplicateField', message: 'A duplicate value "my-connector" exists for field key.', field: 'key', duplicateValue: 'my-connector' },
          { code: 'InvalidJsonInput', message: 'Request body does not contain valid JSON.', detailedErrorMessage: 'actions[0].version: expected integer' },
          { code: 'DeploymentUnsupportedRegion', message: 'Deployment unsupported region mars-1', region: 'mars-1' },
          { code: 'DeploymentMissingGlobalConfigurationKey', message: 'Deployment global configuration requires (secret|standard) with key API_KEY.', configurationKey: 'API_KEY' },
        ],
      }),
    },
    { kind: 'unknown', status: 400, valid: true, text: json({ statusCode: 400, message: 'A brand new error.', errors: [{ code: 'DeploymentBrandNewError', message: 'A brand new error.', hint: 'x' }] }) },
    { kind: 'foreign', status: 404, valid: false, text: json({ statusCode: 404, message: 'Not Found', error: 'Not Found' }) },
  ],
  platform: [
    { kind: 'simple', status: 404, valid: true, text: json({ id: 'err_20241220153235xA1B2C3D4', code: 404, type: 'ResourceNotFound', message: 'Bot 2a6b... not found' }) },
    {
      kind: 'metadata',
      status: 400,
      valid: true,
      text: json({
        id: 'err_20241220153235xA1B2C3D5',
        code: 400,
        type: 'Runtime',
        message: 'The integration failed',
        metadata: { subtype: 'UPSTREAM_PROVIDER_FAILED', integration: 'telegram', attempt: 2 },
      }),
    },
    { kind: 'unknown', status: 418, valid: true, text: json({ id: 'err_20241220153235xA1B2C3D6', code: 418, type: 'TeapotRefused', message: 'A brand new error type' }) },
    { kind: 'foreign', status: 502, valid: false, text: json({ message: 'Internal server error' }) },
  ],
};

/**
 * JSON.parse plus a minimal hand-written check of the envelope: what a careful user would write
 * without errs (no params, no category, no details, no Error object).
 */
type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v: unknown): Rec | undefined => (Array.isArray(v) && isRec(v[0]) ? v[0] : undefined);

export interface Minimal {
  code: string;
  message: string;
  status: number;
}

export const minimal: Record<Vendor, (text: string, status: number) => Minimal | undefined> = {
  omnia(text, status) {
    const o: unknown = JSON.parse(text);
    if (!isRec(o) || typeof o.code !== 'string') return undefined;
    return { code: o.code, message: typeof o.message === 'string' ? o.message : '', status };
  },
  ayanova(text, status) {
    const o: unknown = JSON.parse(text);
    if (!isRec(o) || !isRec(o.error)) return undefined;
    const code = o.error.code;
    if (typeof code !== 'string' && typeof code !== 'number') return undefined;
    const n = Number(code);
    if (!(n >= 2000 && n <= 3000)) return undefined;
    return { code: String(code), message: typeof o.error.message === 'string' ? o.error.message : '', status };
  },
  easydb(text, status) {
    const o: unknown = JSON.parse(text);
    if (!isRec(o) || typeof o.realm !== 'string' || typeof o.code !== 'string') return undefined;
    return { code: o.code, message: typeof o.description === 'string' ? o.description : '', status };
  },
  connect(text, status) {
    const o: unknown = JSON.parse(text);
    if (!isRec(o) || typeof o.statusCode !== 'number') return undefined;
    const e = first(o.errors);
    if (e === undefined || typeof e.code !== 'string') return undefined;
    return { code: e.code, message: typeof e.message === 'string' ? e.message : '', status };
  },
  platform(text, status) {
    const o: unknown = JSON.parse(text);
    if (!isRec(o) || typeof o.type !== 'string' || typeof o.message !== 'string') return undefined;
    return { code: o.type, message: o.message, status: typeof o.code === 'number' ? o.code : status };
  },
};

/**
 * The floor of any parser whose errors are what errs's are: native, with a stack that starts at the
 * parser's caller (its own frames left out), carrying an ErrsError's thirteen own fields. It parses
 * the text, builds the Error with no stack captured, sets the fields, then
 * `Error.captureStackTrace(error, nativeAtCaller)`: on V8 (Node 20) the only way to leave a
 * library's frames out, and one that turns the error into a dictionary-mode object (it redefines
 * `stack`). `JSON.parse + new Error()` is cheaper only because its stack starts inside the parser.
 */
export function nativeAtCaller(text: string): Error {
  const body: unknown = JSON.parse(text);
  const limit = Error.stackTraceLimit;
  (Error as { stackTraceLimit: unknown }).stackTraceLimit = undefined; // no capture in the constructor
  let error: Error & Record<string, unknown>;
  try {
    error = new Error('error', { cause: body }) as Error & Record<string, unknown>;
  } finally {
    Error.stackTraceLimit = limit;
  }
  error.vendor = 'v';
  error.code = 'code';
  error.status = 400;
  error.title = 'title';
  error.params = NONE;
  error.category = 'INVALID_ARGUMENT';
  error.retry = NONE;
  error.retryable = false;
  error.details = [];
  error.known = true;
  error.requestId = undefined;
  error.retryAfterMs = undefined;
  error.raw = body;
  Error.captureStackTrace(error, nativeAtCaller);
  return error;
}
const NONE = Object.freeze({});
