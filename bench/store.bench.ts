import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import type { Store } from '../src/policy/ports.ts';
import { openStore } from '../src/store/open-store.ts';
import { percentile, round, type BenchPart } from './bench-section.ts';

/**
 * The store's hot paths: an audit append (validate, lock, read the chain's head, hash, insert,
 * commit) and a grant lookup, on the embedded engine and, when `TEST_DATABASE_URL` is set, on
 * PostgreSQL. The reference is the bare engine doing the least it could: node:sqlite prepared
 * statements with the same pragmas (an INSERT in BEGIN IMMEDIATE/COMMIT, a SELECT by key).
 */

const APPENDS = 5000;
const LOOKUPS = 5000;
const WARM_UP = 1000;
const GRANTS = 200;
const owner = { platform: 'slack', userId: 'UOWNER1' } as const;

type Timed = () => Promise<unknown> | unknown;

const time = async (count: number, run: (index: number) => Timed): Promise<{ p50: number; p99: number }> => {
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const work = run(index);
    const start = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
};

const measureStore = async (store: Store) => {
  for (let index = 0; index < GRANTS; index += 1) await store.grants.grantAccount(owner, { subject: `slack:U${index}`, account: 'instagram' });
  const append = () => () => store.audit.append(owner, { action: 'policy-loaded', policyVersion: 'abcdef0123456789' });
  // The lookup a company-account check makes: does this person hold any account grant?
  const lookup = (index: number) => () => store.grants.holdsAnyGrant(`slack:U${(index * 7) % (GRANTS * 2)}`);
  await time(WARM_UP, append);
  await time(WARM_UP, lookup);
  return { append: await time(APPENDS, append), lookup: await time(LOOKUPS, lookup) };
};

const measureBareSqlite = async (dir: string) => {
  const database = new DatabaseSync(join(dir, 'bare.sqlite'));
  database.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  database.exec('CREATE TABLE log (seq INTEGER PRIMARY KEY, body TEXT); CREATE TABLE grants (subject TEXT, account TEXT, PRIMARY KEY (subject, account));');
  const insert = database.prepare('INSERT INTO log (body) VALUES (?)');
  const grant = database.prepare('INSERT INTO grants VALUES (?, ?)');
  const select = database.prepare('SELECT 1 FROM grants WHERE subject = ? LIMIT 1');
  for (let index = 0; index < GRANTS; index += 1) grant.run(`slack:U${index}`, 'instagram');
  const append = () => () => {
    database.exec('BEGIN IMMEDIATE');
    insert.run('{"action":"policy-loaded"}');
    database.exec('COMMIT');
  };
  const lookup = (index: number) => () => select.get(`slack:U${(index * 7) % (GRANTS * 2)}`);
  await time(WARM_UP, append);
  const figures = { append: await time(APPENDS, append), lookup: await time(LOOKUPS, lookup) };
  database.close();
  return figures;
};

const measurePostgres = async (url: string) => {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  const store = await openStore({ dataDir: '', databaseUrl: scoped.toString() });
  try {
    return await measureStore(store);
  } finally {
    await store.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
};

const ms = (value: number) => round(value, 4);

export const storeBench: BenchPart = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'store-bench-'));
  try {
    const sqliteStore = await openStore({ dataDir: dir });
    const sqlite = await measureStore(sqliteStore);
    await sqliteStore.close();
    const bare = await measureBareSqlite(dir);
    const url = process.env.TEST_DATABASE_URL;
    const postgres = url ? await measurePostgres(url) : undefined;
    const row = (name: string, figures: { append: { p50: number; p99: number }; lookup: { p50: number; p99: number } }) => [
      name,
      String(ms(figures.append.p50)),
      String(ms(figures.append.p99)),
      String(ms(figures.lookup.p50)),
      String(ms(figures.lookup.p99)),
    ];
    return {
      name: 'store',
      table: [
        ['engine', 'append p50 ms', 'append p99 ms', 'lookup p50 ms', 'lookup p99 ms'],
        row('store on SQLite (synchronous=NORMAL)', sqlite),
        row('bare node:sqlite (reference)', bare),
        ...(postgres ? [row('store on PostgreSQL', postgres)] : [['store on PostgreSQL', 'not run: TEST_DATABASE_URL unset', '', '', '']]),
      ],
      figures: {
        sqliteAppendP50Ms: ms(sqlite.append.p50),
        sqliteAppendP99Ms: ms(sqlite.append.p99),
        sqliteLookupP50Ms: ms(sqlite.lookup.p50),
        sqliteLookupP99Ms: ms(sqlite.lookup.p99),
        sqliteAppendGoalMet: sqlite.append.p99 <= 0.2,
        sqliteLookupGoalMet: sqlite.lookup.p99 <= 0.05,
        bareSqliteAppendP99Ms: ms(bare.append.p99),
        bareSqliteLookupP99Ms: ms(bare.lookup.p99),
        ...(postgres
          ? {
              postgresAppendP50Ms: ms(postgres.append.p50),
              postgresAppendP99Ms: ms(postgres.append.p99),
              postgresLookupP50Ms: ms(postgres.lookup.p50),
              postgresLookupP99Ms: ms(postgres.lookup.p99),
            }
          : { postgres: 'not run: TEST_DATABASE_URL unset' }),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
