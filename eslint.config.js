// The rules live in the shared config package, so every workspace lints alike.
export { default } from '@errs/eslint-config';
