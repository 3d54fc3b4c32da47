import { catalog as ayanova } from '@errs/ayanova';
import { docs as ayanovaDocs } from '@errs/ayanova/docs';
import { catalog as connect } from '@errs/connect';
import { docs as connectDocs } from '@errs/connect/docs';
import { catalog as easydb } from '@errs/easydb';
import { docs as easydbDocs } from '@errs/easydb/docs';
import { catalog as omnia } from '@errs/omnia';
import { docs as omniaDocs } from '@errs/omnia/docs';
import { catalog as platform } from '@errs/platform';
import { docs as platformDocs } from '@errs/platform/docs';
import { tidewater, tidewaterDocs } from './custom-catalog';
import type { Catalog, ErrorDefs, ErrorDocs } from '@errs/core';

/** One catalog the playground shows. */
export interface VendorEntry {
  readonly id: string;
  readonly label: string;
  readonly pkg: string;
  readonly blurb: string;
  readonly catalog: Catalog;
  /** The codes' documentation texts (the package's `/docs`), which the catalog does not carry. */
  readonly docs: ErrorDocs<ErrorDefs>;
  readonly custom?: boolean;
}

/** The five vendor packages and the custom catalog, in the switcher's order. */
export const vendors: readonly VendorEntry[] = [
  { id: 'omnia', label: 'OMNIA', pkg: '@errs/omnia', blurb: 'OMNIA Platform API', catalog: omnia, docs: omniaDocs },
  { id: 'ayanova', label: 'AyaNova', pkg: '@errs/ayanova', blurb: 'AyaNova v8 API (numeric codes 2000-3000)', catalog: ayanova, docs: ayanovaDocs },
  { id: 'easydb', label: 'easydb', pkg: '@errs/easydb', blurb: 'easydb 5 API', catalog: easydb, docs: easydbDocs },
  { id: 'connect', label: 'Connect', pkg: '@errs/connect', blurb: 'commercetools Connect API', catalog: connect, docs: connectDocs },
  { id: 'platform', label: 'Platform', pkg: '@errs/platform', blurb: 'Botpress Cloud API', catalog: platform, docs: platformDocs },
  {
    id: 'tidewater',
    label: 'Tidewater (custom)',
    pkg: '@errs/core',
    blurb: 'An invented ferry-booking API, declared in this playground with @errs/core alone',
    catalog: tidewater,
    docs: tidewaterDocs,
    custom: true,
  },
];

/** The entry of a vendor id (the first one for an unknown id). */
export function vendorById(id: string): VendorEntry {
  return vendors.find((v) => v.id === id) ?? vendors[0]!;
}
