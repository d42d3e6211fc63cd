import { describe, expect, it } from 'vitest';
import { commandAnswer, within } from '../../src/adapters/slack/answer-in-ack.ts';
import { createDeliveryGate } from '../../src/adapters/slack/delivery-gate.ts';
import { createDeliveriesHere } from '../../src/adapters/slack/memory-deliveries.ts';
import type { Reply } from '../../src/commands/request.ts';
import { captureLogs } from '../e2e/fakes/log-capture.ts';

const reply = (visibility: Reply['visibility']): Reply => ({
  visibility,
  blocks: [{ type: 'finding', clause: 'confidentiality.clients', severity: 'caution', reason: 'Say less about who.', excerpt: 'my <!channel> note' }],
  fallbackText: 'CAUTION confidentiality.clients: my <!channel> note',
});

describe('a slash command answer in the ack body', () => {
  it('is ephemeral for a private reply and in the channel for a shared one, with the escaped text and blocks', () => {
    const answer = commandAnswer(reply('private'));
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toBe('CAUTION confidentiality.clients: my &lt;!channel&gt; note');
    expect(JSON.stringify(answer.blocks)).toContain('*CAUTION*');
    expect(commandAnswer(reply('shared')).response_type).toBe('in_channel');
  });

  it('takes an answer that is ready within the budget', async () => {
    expect(await within(Promise.resolve('answer'), 1000)).toEqual({ inTime: true, value: 'answer' });
  });

  it('gives up when the budget runs out, and at once when there is no budget', async () => {
    const never = new Promise<string>(() => undefined);
    expect(await within(never, 5)).toEqual({ inTime: false });
    expect(await within(Promise.resolve('ready'), 0)).toEqual({ inTime: false });
  });

  it('passes on a failure that comes in time', async () => {
    await expect(within(Promise.reject(new TypeError('broken')), 1000)).rejects.toThrow('broken');
  });
});

describe('the delivery gate', () => {
  it('answers repeats from memory without asking the shared record', async () => {
    const asked: string[] = [];
    const gate = createDeliveryGate(createDeliveriesHere(), async (key) => (asked.push(key), true), captureLogs('info').logger);
    expect(gate.shared).toBe(true);
    expect(gate.firstHere('slack:trigger:1')).toBe(true);
    expect(await gate.firstShared('slack:trigger:1', 'test')).toBe(true);
    expect(gate.firstHere('slack:trigger:1')).toBe(false);
    expect(asked).toEqual(['slack:trigger:1']);
  });

  it('answers anyway, and says so in the log, when the shared record fails', async () => {
    const logs = captureLogs('info');
    const gate = createDeliveryGate(createDeliveriesHere(), () => Promise.reject(new Error('database is locked')), logs.logger);
    expect(await gate.firstShared('slack:trigger:2', 'test')).toBe(true);
    expect((await logs.waitFor('delivery record unavailable; answering anyway')).error).toBe('Error');
  });

  it('has nothing to ask when there is no shared record', async () => {
    const gate = createDeliveryGate(createDeliveriesHere(), undefined, captureLogs('info').logger);
    expect(gate.shared).toBe(false);
    expect(await gate.firstShared('slack:trigger:3', 'test')).toBe(true);
  });
});
