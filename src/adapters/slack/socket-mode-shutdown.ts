/**
 * @slack/socket-mode 3.1.0 (the newest on the registry; the fix is announced for 3.2.0) can race
 * when shutdown meets a reconnect: a reconnect half-way through `apps.connections.open` opens a
 * fresh WebSocket after `disconnect()` has returned, and a reconnect that fails after shutdown
 * rejects a promise nobody handles. This guard lets a connection attempt in progress settle
 * before disconnecting, closes any connection that opens after stop, and bounds the wait.
 */

/** The part of `SocketModeClient` the guard needs (its lifecycle events and `disconnect`). */
export interface SocketModeLifecycle {
  on(event: string, listener: () => void): unknown;
  once(event: string, listener: () => void): unknown;
  off(event: string, listener: () => void): unknown;
  disconnect(): Promise<void>;
}

function settled(client: SocketModeLifecycle, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      client.off('connected', done);
      client.off('disconnected', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    client.once('connected', done);
    client.once('disconnected', done);
  });
}

/** Watches the client's lifecycle from now on; call `stop()` instead of `disconnect()`. */
export function guardSocketModeShutdown(client: SocketModeLifecycle, timeoutMs = 5_000): { stop(): Promise<void> } {
  let connecting = false;
  let stopping = false;
  client.on('connecting', () => (connecting = true));
  client.on('reconnecting', () => (connecting = true));
  client.on('disconnected', () => (connecting = false));
  client.on('connected', () => {
    connecting = false;
    // A reconnect that finished after stop() must not keep the process (and the socket) alive.
    if (stopping) void client.disconnect().catch(() => undefined);
  });
  return {
    async stop() {
      stopping = true;
      if (connecting) await settled(client, timeoutMs);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      await Promise.race([client.disconnect().catch(() => undefined), timeout]);
      clearTimeout(timer);
    },
  };
}
