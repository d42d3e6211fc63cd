import { lstatSync, mkdirSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * The directory where start-up caches (parsed policies, pattern analyses) are kept between runs:
 * one per user under the system's temporary directory. It must belong to this user and be
 * private, and be a directory rather than a link to one, or it is not used: a file someone else
 * could write must never steer the bot.
 */
export const privateCacheDirectory = (): string | undefined => {
  try {
    const directory = join(tmpdir(), `policy-bot-cache-${userInfo().uid}`);
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    // lstat, not stat: a link planted at this name (someone else's /tmp entry) is refused, not followed.
    const stats = lstatSync(directory);
    const uid = process.getuid?.();
    if (!stats.isDirectory() || (uid !== undefined && stats.uid !== uid) || (stats.mode & 0o077) !== 0) return undefined;
    return directory;
  } catch {
    return undefined;
  }
};
