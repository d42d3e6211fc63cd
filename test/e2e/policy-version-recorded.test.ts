import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readingFingerprint } from '../../src/policy/clause-changes.ts';
import { openStore } from '../../src/store/open-store.ts';
import { runToEnd } from '../helpers/bot-process.ts';
import { loadZrtherapy } from '../helpers/policy.ts';

/**
 * The bot records the policy version it starts on in the audit trail, once, with what
 * acknowledging it means (its clause and reading fingerprints). A trail written before reading
 * fingerprints were kept gets the running version recorded again, once, so acknowledgements of it
 * can carry over to a later edit of the file that asks the same.
 */
const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

const policyLoads = async (dataDir: string) => {
  const store = await openStore({ dataDir });
  try {
    return (await store.audit.policyLoads()).map((entry) => entry.event);
  } finally {
    await store.close();
  }
};

const startAndStop = async (dataDir: string): Promise<void> => {
  const run = await runToEnd(process.execPath, ['src/main.ts'], { DATA_DIR: dataDir }, '/policy help\n');
  expect(run.code, run.stderr).toBe(0);
};

describe('the policy version in the audit trail', () => {
  it('is recorded once with its reading, and once more over an entry that has none', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'policy-version-'));
    dataDirs.push(dataDir);
    const policy = loadZrtherapy();
    // A trail from before reading fingerprints were kept: the running version, clauses only.
    const store = await openStore({ dataDir });
    await store.audit.append({ platform: 'system', userId: 'policy-bot' }, { action: 'policy-loaded', policyVersion: policy.version, clauses: [] });
    await store.close();

    await startAndStop(dataDir);
    const afterFirst = await policyLoads(dataDir);
    expect(afterFirst).toHaveLength(2);
    expect(afterFirst[1]).toMatchObject({ action: 'policy-loaded', policyVersion: policy.version, reading: readingFingerprint(policy) });

    await startAndStop(dataDir);
    expect(await policyLoads(dataDir)).toHaveLength(2);
  }, 60_000);
});
