import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/policy/audit-chain.ts';
import type { AuditEntry } from '../../src/policy/ports.ts';
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

  it('audit verify: exit 0 with "ok: N entries"', () => {
    const result = cli(dataDir, 'audit', 'verify');
    expect(result).toMatchObject({ code: 0, stdout: 'ok: 4 entries\n' });
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
    expect(lines[1]).toMatch(/^app canva\tapproved\tby slack:UOWNER1 at \S+\texpires 2099-01-01T00:00:00\.000Z$/);
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
