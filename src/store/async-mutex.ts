/**
 * One-at-a-time for async work in this process. The embedded engine has one connection and
 * Kysely's SQLite driver does not serialise on it, so without this a second request could run
 * its statements inside another request's open transaction.
 */
export class AsyncMutex {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(work);
    // The next caller waits for this one to settle, whether it succeeded or failed.
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
