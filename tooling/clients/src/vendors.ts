// The five vendor packages, typed as the plain contract.
import { catalog as ayanova } from '@errs/ayanova';
import { catalog as connect } from '@errs/connect';
import type { Catalog } from '@errs/core';
import { catalog as easydb } from '@errs/easydb';
import { catalog as omnia } from '@errs/omnia';
import { catalog as platform } from '@errs/platform';

export const vendors: readonly Catalog[] = [omnia, ayanova, easydb, connect, platform];
export { connect, platform };
