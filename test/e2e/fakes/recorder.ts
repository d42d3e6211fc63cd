/**
 * Requests a fake received, in order, with a way to await the next one matching a test. Tests
 * await these instead of sleeping.
 */
export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
}

export class Recorder {
  readonly all: Recorded[] = [];
  #waiting: { match: (call: Recorded) => boolean; resolve: (call: Recorded) => void }[] = [];

  add(call: Recorded): void {
    this.all.push(call);
    for (const waiter of [...this.#waiting]) {
      if (waiter.match(call)) {
        this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  }

  /** The first call from now on (or already recorded after `since`) that matches. */
  next(match: (call: Recorded) => boolean, since = this.all.length): Promise<Recorded> {
    const found = this.all.slice(since).find(match);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve) => this.#waiting.push({ match, resolve }));
  }

  count(match: (call: Recorded) => boolean): number {
    return this.all.filter(match).length;
  }
}
