import type { HandleRequest, Platform } from '../commands/request.ts';

/** A chat platform, reached through two pure translations: `toBotRequest` and `render`. */
export interface ChatAdapter {
  readonly platform: Platform;
  /** Resolves once the adapter is connected and ready to answer. */
  start(handle: HandleRequest): Promise<void>;
  /** Lets in-flight replies finish, then disconnects; idempotent. */
  stop(): Promise<void>;
  /** True while it waits for another instance to give up the platform (see leader-only-adapter.ts); absent means never. */
  standingBy?(): boolean;
}
