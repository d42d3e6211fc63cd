import type { Platform } from './commands/request.ts';

/** Why an adapter did not start, in the operator's terms, and whether fixing the configuration fixes it. */
export interface StartFailure {
  readonly message: string;
  /** A configuration problem (exit 2) rather than an outage (exit 1). */
  readonly configuration: boolean;
  /** A failure this module recognised (a refused token, a port in use, no answer): its stack tells the operator nothing. */
  readonly recognised: boolean;
}

const SLACK_AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'not_allowed_token_type']);
const SLACK_REQUEST_FAILED = 'slack_webapi_request_error';
const SLACK_RATE_LIMITED = 'slack_webapi_rate_limited_error';
const SLACK_HTTP_ERROR = 'slack_webapi_http_error';
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

const field = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);

/** The error's code, also when a fetch failure wraps it in `cause`. */
const codeOf = (error: unknown): string | undefined => {
  const code = field(error, 'code') ?? field(field(error, 'cause'), 'code');
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
};

/**
 * Describes an adapter that failed to start without quoting the error's text (it may carry a URL
 * with credentials) nor any token: a refused token or a taken port is the operator's to fix.
 */
export const describeStartFailure = (platform: Platform, error: unknown, port: number): StartFailure => {
  const code = codeOf(error);
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    return { message: `PORT: ${port} cannot be used (${code === 'EADDRINUSE' ? 'already in use' : 'permission denied'}); choose another port, or 0 for any free one`, configuration: true, recognised: true };
  }
  if (platform === 'slack') {
    if (code === SLACK_RATE_LIMITED) return { message: 'slack: Slack is limiting this app\'s requests (rate limited); start again in a few minutes', configuration: false, recognised: true };
    const status = field(field(error, 'original'), 'status') ?? field(error, 'statusCode');
    if (code === SLACK_HTTP_ERROR) return { message: `SLACK_API_URL: Slack's API answered HTTP ${typeof status === 'number' ? status : 'with an error'}; check SLACK_API_URL (unset for Slack's own)`, configuration: true, recognised: true };
    const slackError = field(field(error, 'data'), 'error');
    if (typeof slackError === 'string' && SLACK_AUTH_ERRORS.has(slackError)) {
      return { message: `SLACK_BOT_TOKEN / SLACK_APP_TOKEN: Slack refused a token (${slackError}); copy both again from the app's settings`, configuration: true, recognised: true };
    }
  }
  if (platform === 'discord') {
    const status = field(error, 'status');
    if (code === 'TokenInvalid' || status === 401) return { message: 'DISCORD_TOKEN: Discord refused the token; reset it on the application\'s "Bot" page and copy it again', configuration: true, recognised: true };
    if (status === 403 || status === 404) {
      return { message: `DISCORD_APPLICATION_ID / DISCORD_GUILD_ID: Discord refused to register the commands (HTTP ${status}); check both ids and that the bot is in that server`, configuration: true, recognised: true };
    }
  }
  const api = platform === 'slack' ? 'SLACK_API_URL' : platform === 'discord' ? 'DISCORD_API_URL' : undefined;
  // Slack's SDK reports a request that never got an answer as its own code, with no network code to read.
  const unreached = code !== undefined && (NETWORK_CODES.has(code) || (platform === 'slack' && code === SLACK_REQUEST_FAILED));
  if (unreached && api) {
    return { message: `${platform}: could not reach the platform (${code === SLACK_REQUEST_FAILED ? 'no answer' : code}); check the network and ${api}`, configuration: false, recognised: true };
  }
  const name = error instanceof Error ? error.name : 'unknown error';
  return { message: `${platform}: the adapter could not start (${name}${code ? ` ${code}` : ''}); the log has details`, configuration: false, recognised: false };
};
