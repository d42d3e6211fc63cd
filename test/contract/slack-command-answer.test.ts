import { describe, expect, it } from 'vitest';
import { createAnswerOnce } from '../../src/adapters/slack/answer-once.ts';
import { buttonAnswer, commandAnswer, shortcutAnswer } from '../../src/adapters/slack/command-answer.ts';
import { createDeliveryGate } from '../../src/adapters/slack/delivery-gate.ts';
import { createDeliveriesHere } from '../../src/adapters/slack/memory-deliveries.ts';
import type { Reply } from '../../src/commands/request.ts';
import { captureLogs } from '../e2e/fakes/log-capture.ts';

const reply = (visibility: Reply['visibility']): Reply => ({
  visibility,
  blocks: [{ type: 'finding', clause: 'confidentiality.clients', severity: 'caution', reason: 'Say less about who.', excerpt: 'my <!channel> note' }],
  fallbackText: 'CAUTION confidentiality.clients: my <!channel> note',
});

describe('a response_url answer', () => {
  it('is ephemeral for a private reply and in the channel for a shared one, with the escaped text and blocks', () => {
    const answer = commandAnswer(reply('private'));
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toBe('CAUTION confidentiality.clients: my &lt;!channel&gt; note');
    expect(JSON.stringify(answer.blocks)).toContain('*CAUTION*');
    expect(commandAnswer(reply('shared')).response_type).toBe('in_channel');
  });
});

describe('an interaction’s answer', () => {
  it('replaces the message whose button was pressed, so walkthrough steps do not pile up', () => {
    expect(buttonAnswer(reply('private'))).toMatchObject({ response_type: 'ephemeral', replace_original: true });
  });

  it('leaves the message a shortcut checked alone and answers in a new private message', () => {
    expect(shortcutAnswer(reply('private'))).toMatchObject({ response_type: 'ephemeral', replace_original: false });
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

describe('answering a delivery once', () => {
  const command = (triggerId: string) => ({ command: '/policy', trigger_id: triggerId });

  it('drops a repeat seen here without asking the shared record, and one the shared record has seen', async () => {
    const asked: string[] = [];
    const logs = captureLogs('info');
    const gate = createDeliveryGate(createDeliveriesHere(), async (key) => (asked.push(key), key !== 'slack:trigger:elsewhere'), logs.logger);
    const once = createAnswerOnce({ gate, track: (work) => work, log: logs.logger });
    const answered: string[] = [];
    await once(command('here'), 'test', async () => void answered.push('here'));
    await once(command('here'), 'test', async () => void answered.push('here again'));
    await once(command('elsewhere'), 'test', async () => void answered.push('elsewhere'));
    expect(answered).toEqual(['here']);
    expect(asked).toEqual(['slack:trigger:here', 'slack:trigger:elsewhere']);
  });

  it('logs a failed answer by name and does not throw it at Bolt', async () => {
    const logs = captureLogs('info');
    const once = createAnswerOnce({ gate: createDeliveryGate(createDeliveriesHere(), undefined, logs.logger), track: (work) => work, log: logs.logger });
    await once(command('fails'), 'test', () => Promise.reject(new RangeError('secret words from a draft')));
    expect((await logs.waitFor('slack answer could not be delivered')).error).toBe('RangeError');
    expect(logs.text()).not.toContain('secret words');
  });
});
