import { App, LogLevel, type Receiver, type ReceiverEvent } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { createInFlight } from '../../src/adapters/in-flight.ts';
import { createDeliveryGate } from '../../src/adapters/slack/delivery-gate.ts';
import { createDeliveriesHere, type FirstDelivery } from '../../src/adapters/slack/memory-deliveries.ts';
import { registerSlackListeners } from '../../src/adapters/slack/slack-listeners.ts';
import type { HandleRequest } from '../../src/commands/request.ts';
import { captureLogs } from '../e2e/fakes/log-capture.ts';
import { startSlackFake, type SlackFake } from '../e2e/fakes/slack-fake.ts';
import { stubReply } from '../e2e/fakes/stub-handler.ts';
import { buttonPress, directMessageEnvelope, homeOpenedEnvelope, messageShortcut, slashCommand } from './slack-payloads.ts';

/**
 * The rule of the house, on every Slack path: the ack goes first and carries nothing, before the
 * shared delivery record or the command layer is asked. Bolt's own App dispatches each payload
 * through a receiver that only records what it is given, so the order is seen where it happens.
 */

/** A Bolt receiver with no transport: the test hands events to the App itself. */
class RecordingReceiver implements Receiver {
  app: App | undefined;
  init(app: App): void {
    this.app = app;
  }
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
}

interface Harness {
  readonly steps: string[];
  /** What each ack was called with. */
  readonly acks: unknown[];
  deliver(body: Record<string, unknown>): Promise<void>;
  /** Lets the answers under way finish. */
  drain(): Promise<void>;
}

let slack: SlackFake | undefined;

afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

async function harness(fake: SlackFake): Promise<Harness> {
  const steps: string[] = [];
  const acks: unknown[] = [];
  const receiver = new RecordingReceiver();
  const app = new App({
    receiver,
    authorize: async () => ({ botToken: 'xoxb-5555-6666-ackFirstToken', botId: 'B0BOT5678', botUserId: 'U0BOT1234' }),
    clientOptions: { slackApiUrl: fake.apiUrl },
    logLevel: LogLevel.ERROR,
    convoStore: false,
  });
  const handle: HandleRequest = async (request) => {
    steps.push(`handle:${request.kind}`);
    return stubReply(request);
  };
  const firstDelivery: FirstDelivery = async () => {
    steps.push('shared-record');
    return true;
  };
  const log = captureLogs('info').logger;
  const inFlight = createInFlight();
  registerSlackListeners(app, { handle, gate: createDeliveryGate(createDeliveriesHere(), firstDelivery, log), log, track: inFlight.track });
  return {
    steps,
    acks,
    async deliver(body) {
      const event: ReceiverEvent = {
        body,
        ack: async (response?: unknown) => {
          steps.push('ack');
          acks.push(response);
        },
      };
      await receiver.app?.processEvent(event);
    },
    drain: () => inFlight.drain(5000),
  };
}

describe('every Slack path acknowledges first, empty', () => {
  it('a /policy command: ack, then the shared record, then the command layer, then the response_url', async () => {
    slack = await startSlackFake();
    const bot = await harness(slack);
    const answered = slack.calls.next((call) => call.path === '/respond/ack-first');
    await bot.deliver({ ...slashCommand('check a draft about the weekend', '1.2.ack-first'), response_url: slack.responseUrl('ack-first') });
    await bot.drain();
    expect(bot.steps).toEqual(['ack', 'shared-record', 'handle:command']);
    expect(bot.acks).toEqual([undefined]);
    expect((await answered).body).toMatchObject({ response_type: 'ephemeral' });
  });

  it('the message shortcut and a button', async () => {
    slack = await startSlackFake();
    const bot = await harness(slack);
    await bot.deliver({ ...messageShortcut('a message to check'), response_url: slack.responseUrl('shortcut') });
    await bot.deliver({ ...buttonPress('walkthrough_next', '2'), response_url: slack.responseUrl('button') });
    await bot.drain();
    expect(bot.steps).toEqual(['ack', 'shared-record', 'handle:check-message', 'ack', 'shared-record', 'handle:button']);
    expect(bot.acks).toEqual([undefined, undefined]);
    expect(slack.calls.count((call) => call.path.startsWith('/respond/'))).toBe(2);
  });

  it('a direct message and the App Home', async () => {
    slack = await startSlackFake();
    const bot = await harness(slack);
    await bot.deliver(directMessageEnvelope('a question about the policy', 'Ev0ACKFIRST'));
    await bot.deliver(homeOpenedEnvelope());
    await bot.drain();
    expect(bot.steps).toEqual(['ack', 'shared-record', 'handle:direct-message', 'ack', 'shared-record', 'handle:command']);
    expect(bot.acks).toEqual([undefined, undefined]);
    expect(slack.calls.count((call) => call.path === '/api/chat.postMessage')).toBe(1);
    expect(slack.calls.count((call) => call.path === '/api/views.publish')).toBe(1);
  });

  it('a repeat: acknowledged, and neither the shared record nor the command layer is asked again', async () => {
    slack = await startSlackFake();
    const bot = await harness(slack);
    const command = { ...slashCommand('help', '3.4.repeat'), response_url: slack.responseUrl('repeat') };
    await bot.deliver(command);
    await bot.deliver(command);
    await bot.drain();
    expect(bot.steps).toEqual(['ack', 'shared-record', 'handle:command', 'ack']);
    expect(slack.calls.count((call) => call.path === '/respond/repeat')).toBe(1);
  });
});
