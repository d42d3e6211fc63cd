import { describe, expect, it } from 'vitest';
import { createDeliveriesHere } from '../../src/adapters/slack/memory-deliveries.ts';
import { payloadFreeText } from '../../src/adapters/slack/payload-free-logger.ts';
import { isFreshSlackTimestamp } from '../../src/adapters/slack/request-freshness.ts';

describe('Slack request timestamps', () => {
  const now = 1_800_000_000_000;
  const seconds = now / 1000;

  it('accepts up to five minutes either way, and refuses beyond', () => {
    expect(isFreshSlackTimestamp(String(seconds), now)).toBe(true);
    expect(isFreshSlackTimestamp(String(seconds - 300), now)).toBe(true);
    expect(isFreshSlackTimestamp(String(seconds + 300), now)).toBe(true);
    expect(isFreshSlackTimestamp(String(seconds - 301), now)).toBe(false);
    expect(isFreshSlackTimestamp(String(seconds + 301), now)).toBe(false);
  });

  it('refuses a missing, repeated or malformed header', () => {
    for (const header of [undefined, [String(seconds), String(seconds)], '', '17e8', `${seconds}.5`, '-1', ' 1800000000']) {
      expect(isFreshSlackTimestamp(header, now)).toBe(false);
    }
  });
});

describe('in-memory delivery record', () => {
  it('says "first" once per key, until the key is forgotten after its time', () => {
    let clock = 0;
    const firstDelivery = createDeliveriesHere({ ttlMs: 1000, now: () => clock });
    expect(firstDelivery('slack:event:Ev1')).toBe(true);
    expect(firstDelivery('slack:event:Ev1')).toBe(false);
    expect(firstDelivery('slack:event:Ev2')).toBe(true);
    clock = 999;
    expect(firstDelivery('slack:event:Ev1')).toBe(false);
    clock = 1000;
    expect(firstDelivery('slack:event:Ev1')).toBe(true);
  });

  it('keeps at most maxKeys, forgetting the oldest first', () => {
    const firstDelivery = createDeliveriesHere({ maxKeys: 2, now: () => 0 });
    for (const key of ['a', 'b', 'c']) expect(firstDelivery(key)).toBe(true);
    expect(firstDelivery('c')).toBe(false);
    expect(firstDelivery('a')).toBe(true);
  });
});

describe('payload-free SDK log text', () => {
  it('keeps the words and drops the payload that follows them', () => {
    expect(payloadFreeText(['Received a message on the WebSocket: {"payload":{"text":"check my draft"}}'])).toBe('Received a message on the WebSocket:');
    expect(payloadFreeText(['http request body:', { text: 'my draft' }])).toBe('http request body:');
    expect(payloadFreeText(['apiCall(\'chat.postEphemeral\') start'])).toBe("apiCall('chat.postEphemeral') start");
  });

  it('masks Slack tokens and keeps error names', () => {
    expect(payloadFreeText(['using xoxb-123-456-abcDEF and xapp-1-A1-2-xyz'])).toBe('using [token] and [token]');
    expect(payloadFreeText([new TypeError('bad thing')])).toBe('TypeError: bad thing');
  });
});
