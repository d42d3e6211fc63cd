import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writing the start-up caches (private-cache-directory.ts): whole files only, and a bounded number
 * of them. A cache that cannot be written only means the next start does the work again.
 */

/**
 * Writes `data` to `path` through a file of this process's own and a rename, which is atomic: a
 * start running alongside reads the old file or the whole new one. Private to this user (0600).
 * False when it could not be written (nothing partial is left behind, when that can be helped).
 */
export const writeFileAtomically = (path: string, data: string | Uint8Array): boolean => {
  const partial = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, data, { mode: 0o600 });
    renameSync(partial, path);
    return true;
  } catch {
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing was written, or it cannot be removed either.
    }
    return false;
  }
};

/** Removes all but the `keep` newest files of `directory` that `belongs` accepts (best effort: it may race another process). */
export const keepNewest = (directory: string, belongs: (name: string) => boolean, keep: number): void => {
  try {
    const files = readdirSync(directory)
      .filter(belongs)
      .map((name) => ({ name, at: statSync(join(directory, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const { name } of files.slice(keep)) rmSync(join(directory, name), { force: true });
  } catch {
    // Another process removed a file first, or the directory cannot be read: the next write tidies again.
  }
};
