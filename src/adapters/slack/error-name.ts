/** What the Slack adapter's log lines keep of an error: its class name only, never its message (it may quote a draft). */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}
