import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/policy/audit-chain.ts';
import type { AuditEntry } from '../../src/policy/audit-records.ts';
import { openStore, SQLITE_FILE_NAME } from '../../src/store/open-store.ts';

/** The admin CLI's store commands, run as an operator would: `npm run --silent cli -- …` with a DATA_DIR. */
const cli = (dataDir: string, ...args: string[]) => {
  const result = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const owner = { platform: 'slack', userId: 'UOWNER1' } as const;

const populate = async (dataDir: string) => {
  const store = await openStore({ dataDir });
  await store.audit.append({ platform: 'system', userId: 'bot' }, { action: 'policy-loaded', policyVersion: 'abcdef0123456789' });
  await store.grants.grantAccount(owner, { subject: 'slack:UANN0001', account: 'instagram', reason: 'runs the page, "weekdays"' });
  await store.grants.approveApp(owner, { app: 'Canva', expiresAt: '2099-01-01T00:00:00Z' });
  await store.acknowledgements.acknowledge({ platform: 'discord', userId: '81234567890123456' }, 'abcdef0123456789');
  await store.close();
};

const tamper = (dataDir: string, statement: string) => {
  const database = new DatabaseSync(join(dataDir, SQLITE_FILE_NAME));
  database.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  database.exec(statement);
  database.close();
};

describe('admin CLI: audit and grants', () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-cli-'));
    dirs.push(dir);
    return dir;
  };
  let dataDir: string;
  beforeAll(async () => {
    dataDir = freshDir();
    await populate(dataDir);
  });
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('audit verify: exit 0 with "ok: N entries", then the head to keep outside the database', async () => {
    const result = cli(dataDir, 'audit', 'verify');
    const store = await openStore({ dataDir });
    const last = (await store.audit.all()).at(-1)!;
    await store.close();
    expect(result).toMatchObject({ code: 0, stdout: `ok: 4 entries\nhead: 4:${last.hash}\n` });
    // Checked against that head, the same trail passes.
    expect(cli(dataDir, 'audit', 'verify', '--expect-head', `4:${last.hash}`)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok: 4 entries\n/) });
  });

  it('audit verify: "ok: 1 entry" for a trail of one', async () => {
    const dir = freshDir();
    const store = await openStore({ dataDir: dir });
    await store.audit.append({ platform: 'system', userId: 'bot' }, { action: 'policy-loaded', policyVersion: 'abcdef0123456789' });
    await store.close();
    expect(cli(dir, 'audit', 'verify').stdout).toMatch(/^ok: 1 entry\nhead: 1:[0-9a-f]{64}\n$/);
  });

  it('audit verify: exit 1 when the end of the trail was cut and the register still holds what it recorded', async () => {
    const dir = freshDir();
    await populate(dir);
    tamper(dir, 'delete from audit_log where seq >= 3');
    const result = cli(dir, 'audit', 'verify');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'FAILED: the register does not match the audit trail: 2 differences (2 entries replayed)',
      "- app approval canva: in the register, but no audit entry made it (written behind the trail's back, or its entry was deleted)",
      "- acknowledgement abcdef0123456789 by discord:81234567890123456: in the register, but no audit entry made it (written behind the trail's back, or its entry was deleted)",
      '',
    ]);
    expect(result.stderr).toContain('FAILED: the register does not match the audit trail');
  });

  it('audit verify: exit 1 for a wiped trail, also after the bot has started a fresh chain on it', async () => {
    const dir = freshDir();
    await populate(dir);
    tamper(dir, 'delete from audit_log');
    expect(cli(dir, 'audit', 'verify')).toMatchObject({ code: 1, stdout: expect.stringMatching(/^FAILED: the register does not match the audit trail: 3 differences \(0 entries replayed\)\n/) });
    const store = await openStore({ dataDir: dir });
    await store.audit.append({ platform: 'system', userId: 'bot' }, { action: 'policy-loaded', policyVersion: 'abcdef0123456789' });
    await store.close();
    const restarted = cli(dir, 'audit', 'verify');
    expect(restarted.code).toBe(1);
    expect(restarted.stdout).toMatch(/^FAILED: the register does not match the audit trail: 3 differences \(1 entry replayed\)\n/);
    expect(restarted.stdout).toContain('- account grant instagram for slack:UANN0001: in the register, but no audit entry made it');
  });

  it('audit verify: exit 1 for a grant written straight into the database', async () => {
    const dir = freshDir();
    await populate(dir);
    tamper(dir, `insert into account_grants (subject, account, granted_by, granted_at) values ('slack:UMALLORY', 'instagram', 'slack:UOWNER1', '2026-01-01T00:00:00.000Z')`);
    const result = cli(dir, 'audit', 'verify');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAILED: the register does not match the audit trail: 1 difference \(4 entries replayed\)\n- account grant instagram for slack:UMALLORY: in the register, but no audit entry made it/);
  });

  it('audit verify --expect-head: exit 1 when entries after a recorded head were deleted, which nothing else shows', async () => {
    const dir = freshDir();
    await populate(dir);
    const store = await openStore({ dataDir: dir });
    await store.audit.append({ platform: 'system', userId: 'bot' }, { action: 'policy-loaded', policyVersion: 'ffffffff00000000' });
    const head = `5:${(await store.audit.all()).at(-1)!.hash}`;
    await store.close();
    tamper(dir, 'delete from audit_log where seq = 5');
    expect(cli(dir, 'audit', 'verify')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok: 4 entries\n/) });
    const result = cli(dir, 'audit', 'verify', '--expect-head', head);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('FAILED: the trail has 4 entries, but the recorded head is entry 5: entries after 4 were deleted\n');
    expect(cli(dir, 'audit', 'verify', '--expect-head', 'yesterday')).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: audit verify [--expect-head N:HASH]') });
  });

  it('audit verify: exit 1 naming entries only renumbered as renumbered, not as following a deletion', async () => {
    const dir = freshDir();
    await populate(dir);
    tamper(dir, 'update audit_log set seq = seq + 10 where seq >= 3');
    const result = cli(dir, 'audit', 'verify');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAILED: entry 13 \(id [0-9a-f-]+\) does not verify: its position number was changed/);
  });

  it('audit export --format jsonl: every entry, re-verifiable from the export alone', () => {
    const result = cli(dataDir, 'audit', 'export', '--format', 'jsonl');
    expect(result.code).toBe(0);
    const entries = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as AuditEntry);
    expect(entries.map((entry) => entry.event.action)).toEqual(['policy-loaded', 'grant', 'approve-app', 'acknowledge']);
    expect(verifyChain(entries)).toEqual({ ok: true, count: 4 });
  });

  it('audit export --format csv: a header and one quoted-as-needed row per entry', () => {
    const result = cli(dataDir, 'audit', 'export', '--format', 'csv');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe('seq,id,at,actor,platform,action,details,prev_hash,hash');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toContain(',slack:UOWNER1,slack,grant,"{""account"":""instagram"",""reason"":""runs the page, \\""weekdays\\"""",""subject"":""slack:UANN0001""}",');
  });

  it('grants list: the register, accounts then apps', () => {
    const result = cli(dataDir, 'grants', 'list');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^account instagram\tslack:UANN0001\tby slack:UOWNER1 at \S+\treason: runs the page/);
    expect(lines[1]).toMatch(/^app Canva\tapproved\tby slack:UOWNER1 at \S+\texpires 2099-01-01T00:00:00\.000Z$/);
    const jsonl = cli(dataDir, 'grants', 'list', '--format', 'jsonl');
    expect(jsonl.stdout.trim().split('\n').map((line) => JSON.parse(line).kind)).toEqual(['account', 'app']);
  });

  it('audit verify: exit 1 naming an edited entry', async () => {
    const dir = freshDir();
    await populate(dir);
    tamper(dir, `update audit_log set event = replace(event, 'instagram', 'facebook') where seq = 2`);
    const result = cli(dir, 'audit', 'verify');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAILED: entry 2 \(id [0-9a-f-]+\) does not verify: it was edited/);
  });

  it('audit verify: exit 1 naming the entry after a deleted one', async () => {
    const dir = freshDir();
    await populate(dir);
    tamper(dir, 'delete from audit_log where seq = 2');
    const result = cli(dir, 'audit', 'verify');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAILED: entry 3 .*an entry before it was deleted/);
  });

  it('audit verify: exit 1 naming a reordered entry', async () => {
    const dir = freshDir();
    await populate(dir);
    tamper(dir, 'update audit_log set seq = 99 where seq = 2; update audit_log set seq = 2 where seq = 3; update audit_log set seq = 3 where seq = 99;');
    const result = cli(dir, 'audit', 'verify');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAILED: entry 2 .*moved out of order/);
  });

  it('a wrong subcommand prints usage and exits 2', () => {
    expect(cli(dataDir, 'audit', 'export', '--format', 'xml')).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: audit verify') });
    expect(cli(dataDir, 'grants')).toMatchObject({ code: 2 });
  });

  it('a DATA_DIR with no database: exit 1 naming the path, for every read-only command, and nothing is created', () => {
    const empty = freshDir();
    const typo = join(empty, 'typo');
    for (const args of [['audit', 'verify'], ['audit', 'export', '--format', 'jsonl'], ['grants', 'list']]) {
      const result = cli(typo, ...args);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`no database at ${join(typo, SQLITE_FILE_NAME)}; check DATA_DIR`);
    }
    expect(existsSync(typo)).toBe(false);
    // A directory that exists but holds no database is refused the same way, and left empty.
    expect(cli(empty, 'audit', 'verify')).toMatchObject({ code: 1, stderr: expect.stringContaining('check DATA_DIR') });
    expect(readdirSync(empty)).toEqual([]);
  });

  it('a database that cannot be reached: exit 1 with a reason, never the URL or its password', () => {
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'audit', 'verify'], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, DATABASE_URL: 'postgres://someone:s3cret-pw@127.0.0.1:1/nowhere' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('could not be opened');
    expect(result.stderr).not.toContain('s3cret-pw');
  });
});
