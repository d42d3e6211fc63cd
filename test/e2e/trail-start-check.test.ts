import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from '../../src/store/open-store.ts';
import { jsonLines, runToEnd } from '../helpers/bot-process.ts';

/**
 * The bot checks its audit trail once it is ready: a register that no longer matches the trail
 * (here a grant written straight into the database) is one warning in the log, with counts only.
 */

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const runShell = (dataDir: string) => runToEnd(process.execPath, ['src/main.ts'], { DATA_DIR: dataDir }, '/policy grant @ann account instagram\n');

describe('the audit trail at start', () => {
  it('warns, without a name or an entry, when the register does not match the trail, and says nothing when it does', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'trail-start-'));
    dirs.push(dataDir);
    const first = await runShell(dataDir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('may now post');
    expect(jsonLines(first.stderr).filter((line) => line.level === 40)).toEqual([]);

    const database = new DatabaseSync(join(dataDir, SQLITE_FILE_NAME));
    database.exec(`insert into account_grants (subject, account, granted_by, granted_at) values ('shell:mallory', 'facebook', 'shell:owner', '2026-01-01T00:00:00.000Z')`);
    database.close();

    const second = await runShell(dataDir);
    expect(second.code).toBe(0);
    // The grant of the first run, given again on the same terms, changes nothing.
    expect(second.stdout).toContain('may already post');
    const warnings = jsonLines(second.stderr).filter((line) => line.level === 40);
    expect(warnings).toEqual([
      expect.objectContaining({
        msg: 'the register does not match the audit trail; run `npm run --silent cli -- audit verify` for the details',
        entries: 2,
        registerDifferences: 1,
        differencesByKind: { 'account-grant:unrecorded': 1 },
      }),
    ]);
    expect(second.stderr).not.toContain('mallory');
  });
});
