import type { Store } from '../policy/ports.ts';
import { MissingDatabaseError, openStore } from '../store/open-store.ts';
import { describeOpenFailure, storeOptionsFromEnv } from '../store/store-config.ts';
import type { CliOutcome } from './cli-command.ts';

/**
 * Opens the store the bot uses (same DATABASE_URL / DATA_DIR), runs `work`, and always closes it.
 * For read-only commands: an embedded database that is not there is refused, never created.
 */
export const withCliStore = async (work: (store: Store) => Promise<CliOutcome>): Promise<CliOutcome> => {
  const settings = storeOptionsFromEnv(process.env);
  if (!settings.ok) return { exitCode: 2, message: settings.problems.join('\n') };
  let store: Store;
  try {
    store = await openStore({ ...settings.options, mustExist: true });
  } catch (error) {
    if (error instanceof MissingDatabaseError) return { exitCode: 1, message: `no database at ${error.file}; check DATA_DIR` };
    return { exitCode: 1, message: describeOpenFailure(error) };
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
};
