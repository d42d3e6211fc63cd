import { chmodSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { privateCacheDirectory } from '../../../src/private-cache-directory.ts';

const originalTmp = process.env.TMPDIR;
afterEach(() => {
  if (originalTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = originalTmp;
});

/** A fresh system temporary directory for this test (os.tmpdir() reads TMPDIR). */
const freshTmp = (): string => {
  const directory = mkdtempSync(join(tmpdir(), 'private-cache-test-'));
  process.env.TMPDIR = directory;
  return directory;
};

describe('privateCacheDirectory', () => {
  it('makes a private directory of its own', () => {
    const tmp = freshTmp();
    expect(privateCacheDirectory()).toBe(join(tmp, `policy-bot-cache-${userInfo().uid}`));
  });

  it('refuses a link planted at its name, even to a private directory of the same user', () => {
    const tmp = freshTmp();
    const elsewhere = join(tmp, 'somewhere-else');
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, join(tmp, `policy-bot-cache-${userInfo().uid}`));
    expect(privateCacheDirectory()).toBeUndefined();
  });

  it('refuses a directory others may write', () => {
    const tmp = freshTmp();
    const shared = join(tmp, `policy-bot-cache-${userInfo().uid}`);
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    expect(privateCacheDirectory()).toBeUndefined();
  });
});
