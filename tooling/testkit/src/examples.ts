/**
 * One real error body of each vendor (from the issues and vendor docs). Each catalog's contract test
 * feeds it every other vendor's body, which must not be taken for its own envelope.
 */
export const exampleBodies: Readonly<Record<string, unknown>> = {
  omnia: {
    code: 'ValidationFailed',
    message: 'Request validation failed.',
    errors: [{ code: 'RequiredValue', name: '_code', message: 'Attribute value is required.' }],
  },
  ayanova: { error: { code: '2200', message: 'Object did not pass validation', details: [{ target: 'Name', error: '2201' }] } },
  easydb: { realm: 'user', code: 'error.user.collection_not_found', parameters: { id: '99' } },
  connect: { statusCode: 404, message: 'Not found', errors: [{ code: 'ResourceNotFound', message: 'Not found' }] },
  platform: { id: 'err_20241220153235xA1B2C3D4', code: 400, type: 'Runtime', message: 'The integration failed' },
};

/** Every other vendor's example body: what `verifyCatalog(catalog, { foreignBodies })` must refuse. */
export function foreignBodiesFor(vendor: string): unknown[] {
  return Object.entries(exampleBodies)
    .filter(([other]) => other !== vendor)
    .map(([, body]) => body);
}
