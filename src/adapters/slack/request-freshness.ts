/**
 * Bolt 5.1 refuses signed requests older than five minutes but accepts ones dated in the future,
 * which lets a captured request be replayed later. This check refuses both, before the body is read.
 */

/** The largest distance, in seconds, between Slack's timestamp and our clock. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** True when the `X-Slack-Request-Timestamp` header is a whole number of seconds within five minutes of `nowMs`. */
export function isFreshSlackTimestamp(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== 'string' || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(nowMs / 1000 - Number(header)) <= MAX_CLOCK_SKEW_SECONDS;
}
