// A minimal reader for the .tgz files `pnpm pack` writes (ustar, with pax and GNU long names
// handled), so the check needs neither a `tar` binary nor a dependency to unpack them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const BLOCK = 512;

/** @param {Buffer} buf @param {number} start @param {number} length */
function text(buf, start, length) {
  const slice = buf.subarray(start, start + length);
  const end = slice.indexOf(0);
  return slice.subarray(0, end === -1 ? slice.length : end).toString('utf8');
}

/** @param {Buffer} buf @param {number} start @param {number} length */
function octal(buf, start, length) {
  const s = text(buf, start, length).trim();
  return s === '' ? 0 : Number.parseInt(s, 8);
}

/** @param {Buffer} data */
function paxPath(data) {
  // Records are "<len> <key>=<value>\n".
  let i = 0;
  let found;
  while (i < data.length) {
    const space = data.indexOf(0x20, i);
    if (space === -1) break;
    const len = Number.parseInt(data.subarray(i, space).toString('utf8'), 10);
    if (!Number.isFinite(len) || len <= 0) break;
    const record = data.subarray(space + 1, i + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (record.slice(0, eq) === 'path') found = record.slice(eq + 1);
    i += len;
  }
  return found;
}

/**
 * The regular files of a gzipped tarball, their first path segment ("package/") removed.
 * @param {Buffer} tgz
 * @returns {{ path: string, mode: number, data: Buffer }[]}
 */
export function readTarball(tgz) {
  const buf = gunzipSync(tgz);
  /** @type {{ path: string, mode: number, data: Buffer }[]} */
  const files = [];
  let offset = 0;
  /** @type {string | undefined} */
  let longName;
  while (offset + BLOCK <= buf.length) {
    const header = buf.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 0x30);
    const body = buf.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      longName = paxPath(body) ?? longName;
      continue;
    }
    if (type === 'L') {
      longName = text(body, 0, body.length);
      continue;
    }
    if (type === 'g') continue;
    const magic = text(header, 257, 6);
    const prefix = magic.startsWith('ustar') ? text(header, 345, 155) : '';
    const name = longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    longName = undefined;
    if (type !== '0' && type !== '\0' && type !== '7') continue; // directories, links: not in npm tarballs
    const rel = name.split('/').slice(1).join('/');
    if (rel === '') continue;
    files.push({ path: rel, mode: octal(header, 100, 8), data: Buffer.from(body) });
  }
  return files;
}

/**
 * Unpacks a tarball into `dir`, as a package manager installs it into node_modules/<name>.
 * @param {Buffer} tgz
 * @param {string} dir
 */
export function extractTarball(tgz, dir) {
  const root = path.resolve(dir);
  for (const file of readTarball(tgz)) {
    const target = path.resolve(root, file.path);
    if (!target.startsWith(root + path.sep)) throw new Error(`tarball entry escapes its folder: ${file.path}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.data, { mode: file.mode & 0o777 || 0o644 });
  }
}
