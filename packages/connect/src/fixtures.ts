// Bodies the vendor's own docs print, shared by the tests (not part of the package: tsup builds index.ts only).

/** vendor-docs/connect.md, "Representations" > ErrorResponse (also current/connect.md §4): two errors of one code. */
export const twoErrors = {
  statusCode: 400,
  message: 'First error message.',
  errors: [
    { code: 'InvalidJsonInput', message: 'First error message.', detailedErrorMessage: '' },
    { code: 'InvalidJsonInput', message: 'Second error message.', detailedErrorMessage: '' },
  ],
};
