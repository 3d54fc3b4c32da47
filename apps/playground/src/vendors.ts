import { catalog as ayanova } from '@errs/ayanova';
import { catalog as connect } from '@errs/connect';
import { catalog as easydb } from '@errs/easydb';
import { catalog as omnia } from '@errs/omnia';
import { catalog as platform } from '@errs/platform';
import { tidewater } from './custom-catalog';
import type { Catalog } from '@errs/core';

/** One catalog the playground shows. */
export interface VendorEntry {
  readonly id: string;
  readonly label: string;
  readonly pkg: string;
  readonly blurb: string;
  readonly catalog: Catalog;
  readonly custom?: boolean;
}

/** The five vendor packages and the custom catalog, in the switcher's order. */
export const vendors: readonly VendorEntry[] = [
  { id: 'omnia', label: 'OMNIA', pkg: '@errs/omnia', blurb: 'OMNIA Platform API', catalog: omnia },
  { id: 'ayanova', label: 'AyaNova', pkg: '@errs/ayanova', blurb: 'AyaNova v8 API (numeric codes 2000-3000)', catalog: ayanova },
  { id: 'easydb', label: 'easydb', pkg: '@errs/easydb', blurb: 'easydb 5 API', catalog: easydb },
  { id: 'connect', label: 'Connect', pkg: '@errs/connect', blurb: 'commercetools Connect API', catalog: connect },
  { id: 'platform', label: 'Platform', pkg: '@errs/platform', blurb: 'Botpress Cloud API', catalog: platform },
  {
    id: 'tidewater',
    label: 'Tidewater (custom)',
    pkg: '@errs/core',
    blurb: 'An invented ferry-booking API, declared in this playground with @errs/core alone',
    catalog: tidewater,
    custom: true,
  },
];

/** The entry of a vendor id (the first one for an unknown id). */
export function vendorById(id: string): VendorEntry {
  return vendors.find((v) => v.id === id) ?? vendors[0]!;
}
