import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { isUserError } from '../../src/policy/errors.ts';
import type { Store } from '../../src/policy/ports.ts';
import { openStore, SQLITE_FILE_NAME } from '../../src/store/open-store.ts';

/**
 * A separate process for the store's concurrency tests: `node store-worker.ts <mode> <target> [n]`,
 * where target is a DATA_DIR or a postgres:// URL. Every line it prints is written synchronously,
 * so a line the parent read was confirmed before the process could be killed.
 */
const [mode, target = '', extra = ''] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);
const open = (): Promise<Store> => (target.startsWith('postgres') ? openStore({ dataDir: '', databaseUrl: target }) : openStore({ dataDir: target }));
const actor = { platform: 'shell', userId: `worker-${process.pid}` } as const;

/** Like a person told "busy, try again": try again. */
const retryBusy = async <T>(work: () => Promise<T>): Promise<T> => {
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!isUserError(error) || error.code !== 'busy') throw error;
    }
  }
};

switch (mode) {
  case 'append': {
    const store = await open();
    say('ready');
    for (let index = 0; index < Number(extra); index += 1) {
      await retryBusy(() => store.audit.append(actor, { action: 'policy-loaded', policyVersion: 'abcdef0123456789' }));
    }
    await store.close();
    say('done');
    break;
  }
  case 'hold-write-lock': {
    const database = new DatabaseSync(join(target, SQLITE_FILE_NAME));
    database.exec('BEGIN IMMEDIATE');
    say('locked');
    await new Promise((resolve) => setTimeout(resolve, Number(extra)));
    database.exec('COMMIT');
    database.close();
    say('released');
    break;
  }
  case 'grant-burst': {
    const store = await open();
    say('ready');
    for (let index = 0; ; index += 1) {
      await retryBusy(() => store.grants.grantAccount(actor, { subject: `slack:U${index}`, account: 'instagram' }));
      say(`granted ${index}`);
    }
  }
  case 'lead': {
    const store = await open();
    say('ready');
    // The bot's loop: try, and try again every second until this instance leads.
    while (!(await store.leadership.tryLead(extra))) await new Promise((resolve) => setTimeout(resolve, 1000));
    say('leader');
    setInterval(() => {}, 60_000);
    break;
  }
  default:
    process.stderr.write(`unknown mode ${mode}\n`);
    process.exitCode = 2;
}
