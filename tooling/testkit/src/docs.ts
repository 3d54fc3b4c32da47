// The vendor docs are the specification, but they are the vendors' text, not ours: they live in
// ../shared/vendor-docs beside the repository (or where ERRS_VENDOR_DOCS says), never in it. A clone
// without them skips the suites that read them, and says where it looked.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

/** Where the vendor docs are looked for: ERRS_VENDOR_DOCS, else ../shared/vendor-docs beside the repository. */
export const vendorDocsDir: string = process.env.ERRS_VENDOR_DOCS ?? fileURLToPath(new URL('../../../../shared/vendor-docs', import.meta.url));

/** Whether the vendor docs are there. */
export const hasVendorDocs: boolean = existsSync(vendorDocsDir);

/** Whether one doc (a path relative to the docs folder, e.g. `current/connect.md`) is there. */
export function hasVendorDoc(file: string): boolean {
  return existsSync(join(vendorDocsDir, file));
}

/** The text of one vendor doc; throws when it is missing (call it inside {@link describeWithDocs}). */
export function readVendorDoc(file: string): string {
  return readFileSync(join(vendorDocsDir, file), 'utf8');
}

/** Why a docs suite is skipped, in one line. */
export const skipReason = `no vendor docs at ${vendorDocsDir} (put them at ../shared/vendor-docs beside the clone, or set ERRS_VENDOR_DOCS)`;

let told = false;

/**
 * A describe block that reads the vendor docs: runs where they are, is skipped (with the reason
 * in its name, and one line on the console) where they are not.
 */
export function describeWithDocs(name: string, body: () => void): void {
  if (!hasVendorDocs && !told) {
    told = true;
    console.warn(`conformance skipped: ${skipReason}`);
  }
  if (hasVendorDocs) describe(name, body);
  else describe.skip(`${name} (skipped: ${skipReason})`, body);
}
