import { describe, expect, it } from 'vitest';
import { postgresHarness } from './postgres-harness.ts';
import { defineStoreContract } from './store-contract.ts';

const url = process.env.TEST_DATABASE_URL;
if (url) {
  defineStoreContract(postgresHarness(url));
} else {
  // Never silent: outside CI this says loudly that PostgreSQL was not tested; in CI it fails.
  process.stderr.write(
    '\n*** store contract: PostgreSQL NOT RUN: TEST_DATABASE_URL is not set. ' +
      'Run `eval "$(bash .ci/start-postgres.sh | tail -n 1)"` first. ***\n\n',
  );
  describe('store contract: postgres', () => {
    it('has a PostgreSQL to run against (TEST_DATABASE_URL), required in CI', () => {
      expect(process.env.CI, 'TEST_DATABASE_URL is not set, so the PostgreSQL store contract cannot run').toBeFalsy();
    });
  });
}
