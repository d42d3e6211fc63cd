import type { Migration } from './migration.ts';

/**
 * App approvals keep the app's name as the owner wrote it ("Canva", "Adobe Express") beside the
 * lower-case key that matching uses. Rows from before have none and show their key.
 */
export const appNamesMigration: Migration = {
  version: 2,
  name: 'app-names',
  up: async (db) => {
    await db.schema.alterTable('app_approvals').addColumn('name', 'text').execute();
  },
};
