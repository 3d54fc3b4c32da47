/**
 * The packages' READMEs and versions, bundled into the page: until a release publishes the packages,
 * there is no npm page to link to, so the page shows the READMEs of the repository itself.
 */
import ayanova from '../../../packages/ayanova/README.md?raw';
import connect from '../../../packages/connect/README.md?raw';
import core from '../../../packages/core/README.md?raw';
import easydb from '../../../packages/easydb/README.md?raw';
import omnia from '../../../packages/omnia/README.md?raw';
import platform from '../../../packages/platform/README.md?raw';
import ayanovaPackage from '../../../packages/ayanova/package.json';
import connectPackage from '../../../packages/connect/package.json';
import corePackage from '../../../packages/core/package.json';
import easydbPackage from '../../../packages/easydb/package.json';
import omniaPackage from '../../../packages/omnia/package.json';
import platformPackage from '../../../packages/platform/package.json';

/** README text by package name. */
export const readmes: Readonly<Record<string, string>> = {
  '@errs/core': core,
  '@errs/omnia': omnia,
  '@errs/ayanova': ayanova,
  '@errs/easydb': easydb,
  '@errs/connect': connect,
  '@errs/platform': platform,
};

const versions: Readonly<Record<string, string>> = Object.fromEntries(
  [corePackage, omniaPackage, ayanovaPackage, easydbPackage, connectPackage, platformPackage].map((p) => [p.name, p.version]),
);

/** The version a package is at in this repository (the name of its packed tarball). */
export function versionOf(pkg: string): string {
  return versions[pkg] ?? corePackage.version;
}

/** A README's place in the repository. */
export function readmePath(pkg: string): string {
  return `packages/${pkg.replace('@errs/', '')}/README.md`;
}
