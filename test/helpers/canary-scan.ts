import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Looks for a canary string in files (as bytes: SQLite pages, WAL and SHM included) and in
 * captured logs. ASCII case is ignored, and the canary is looked for in UTF-16LE as well as UTF-8
 * (at any byte offset), so a canary folded to lower case or stored in a UTF-16 database is found.
 */

export interface CanaryHit {
  /** The file (relative to the scanned folder) or the log's name. */
  readonly where: string;
  readonly encoding: 'utf8' | 'utf16le';
  /** The text around the hit, to say what leaked. */
  readonly around: string;
}

/** A copy with ASCII capitals made small, byte by byte (in UTF-8 and in UTF-16LE alike, an ASCII letter is one byte). */
const asciiLowerCase = (bytes: Buffer): Buffer => {
  const lowered = Buffer.from(bytes);
  for (let i = 0; i < lowered.length; i += 1) {
    const byte = lowered[i]!;
    if (byte >= 0x41 && byte <= 0x5a) lowered[i] = byte + 0x20;
  }
  return lowered;
};

/**
 * Searched as bytes, never decoded: with whole files decoded as UTF-16 (at both offsets) the test
 * worker aborted now and then with "double free or corruption" on Node 24.21; as bytes it did not.
 */
const hitsIn = (where: string, bytes: Buffer, canary: string): CanaryHit[] => {
  const haystack = asciiLowerCase(bytes);
  const hits: CanaryHit[] = [];
  for (const encoding of ['utf8', 'utf16le'] as const) {
    const at = haystack.indexOf(Buffer.from(canary.toLowerCase(), encoding));
    const width = encoding === 'utf8' ? 1 : 2;
    if (at !== -1) hits.push({ where, encoding, around: haystack.subarray(Math.max(0, at - 60 * width), at + (canary.length + 60) * width).toString('latin1') });
  }
  return hits;
};

/** Every file under `dir`, recursively (a WAL or SHM file may vanish between listing and reading). */
export const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });

/** Hits of `canary` in every file under `dir` (a file removed while scanning, such as a WAL, is skipped). */
export const scanFiles = (dir: string, canary: string): { readonly files: string[]; readonly hits: CanaryHit[] } => {
  const files: string[] = [];
  const hits: CanaryHit[] = [];
  for (const file of filesUnder(dir)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    files.push(relative(dir, file));
    hits.push(...hitsIn(relative(dir, file), bytes, canary));
  }
  return { files, hits };
};

/** Hits of `canary` in captured log text. */
export const scanText = (where: string, text: string, canary: string): CanaryHit[] => hitsIn(where, Buffer.from(text, 'utf8'), canary);
