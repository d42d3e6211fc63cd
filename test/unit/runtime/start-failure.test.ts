import { describe, expect, it } from 'vitest';
import { describeStartFailure } from '../../../src/start-failure.ts';

const withFields = (fields: Record<string, unknown>, name = 'Error'): Error => Object.assign(Object.assign(new Error('text that is never shown'), { name }), fields);

describe('describeStartFailure', () => {
  it('names the Slack tokens when Slack refuses one', () => {
    const failure = describeStartFailure('slack', withFields({ code: 'slack_webapi_platform_error', data: { ok: false, error: 'invalid_auth' } }), 3000);
    expect(failure).toEqual({ message: expect.stringMatching(/^SLACK_BOT_TOKEN \/ SLACK_APP_TOKEN: Slack refused a token \(invalid_auth\)/), configuration: true, recognised: true });
  });

  it('names DISCORD_TOKEN for an invalid token, and the ids for a refused registration', () => {
    expect(describeStartFailure('discord', withFields({ code: 'TokenInvalid' }), 3000)).toMatchObject({ message: expect.stringMatching(/^DISCORD_TOKEN:/), configuration: true, recognised: true });
    expect(describeStartFailure('discord', withFields({ status: 401 }), 3000).configuration).toBe(true);
    expect(describeStartFailure('discord', withFields({ status: 404 }), 3000).message).toMatch(/^DISCORD_APPLICATION_ID \/ DISCORD_GUILD_ID: .*HTTP 404/);
  });

  it('names PORT when the port is taken', () => {
    expect(describeStartFailure('slack', withFields({ code: 'EADDRINUSE' }), 8080)).toEqual({
      message: 'PORT: 8080 cannot be used (already in use); choose another port, or 0 for any free one',
      configuration: true,
      recognised: true,
    });
  });

  it('says when Slack limits the app, and when its API answers with an HTTP error, without a stack', () => {
    expect(describeStartFailure('slack', Object.assign(new Error('limited'), { code: 'slack_webapi_rate_limited_error' }), 3000)).toMatchObject({ message: expect.stringMatching(/rate limited/), configuration: false, recognised: true });
    expect(describeStartFailure('slack', Object.assign(new Error('http'), { code: 'slack_webapi_http_error', statusCode: 404 }), 3000)).toEqual({
      message: "SLACK_API_URL: Slack's API answered HTTP 404; check SLACK_API_URL (unset for Slack's own)",
      configuration: true,
      recognised: true,
    });
  });

  it("treats a Slack request that never got an answer as an unreachable platform", () => {
    const failure = describeStartFailure('slack', Object.assign(new Error('A request error occurred: fetch failed'), { code: 'slack_webapi_request_error' }), 3000);
    expect(failure).toEqual({ message: 'slack: could not reach the platform (no answer); check the network and SLACK_API_URL', configuration: false, recognised: true });
  });

  it('treats an unreachable platform as an outage, also when fetch wraps the code', () => {
    const failure = describeStartFailure('discord', withFields({ cause: { code: 'ECONNREFUSED' } }, 'TypeError'), 3000);
    expect(failure).toEqual({ message: 'discord: could not reach the platform (ECONNREFUSED); check the network and DISCORD_API_URL', configuration: false, recognised: true });
  });

  it('never quotes the error text', () => {
    const failure = describeStartFailure('slack', withFields({}, 'WeirdError'), 3000);
    expect(failure).toEqual({ message: 'slack: the adapter could not start (WeirdError); the log has details', configuration: false, recognised: false });
    expect(JSON.stringify(failure)).not.toContain('never shown');
  });
});
