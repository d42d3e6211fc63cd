import type { BotRequest, HandleRequest, Reply } from '../../../src/commands/request.ts';

/**
 * A stand-in for the command layer: answers every request with a STOP citing one clause and
 * quoting what was sent (as a real check quotes the draft), so a test can see the words reach
 * the platform and make sure they never reach the logs.
 */
export interface StubHandler {
  readonly handle: HandleRequest;
  readonly requests: BotRequest[];
  /** Resolves with the next request the adapter passes in. */
  nextRequest(): Promise<BotRequest>;
}

export const STUB_CLAUSE = 'confidentiality.clients';

/** The stub's reply to `request`; exported so tests can compare what the platform received. */
export function stubReply(request: BotRequest): Reply {
  const said = request.kind === 'button' ? `${request.actionId} ${request.value}` : request.text;
  return {
    visibility: 'private',
    blocks: [
      { type: 'heading', text: 'STOP: please do not post this' },
      { type: 'finding', clause: STUB_CLAUSE, severity: 'stop', reason: 'It could identify a client.', excerpt: said },
      { type: 'actions', buttons: [{ actionId: 'walkthrough_next', label: 'Next', value: '2' }] },
    ],
    fallbackText: `STOP ${STUB_CLAUSE}: It could identify a client. "${said}"`,
  };
}

/** A stub handler; `gate`, when given, holds every answer until it resolves. */
export function stubHandler(gate?: Promise<void>): StubHandler {
  const requests: BotRequest[] = [];
  const waiting: ((request: BotRequest) => void)[] = [];
  let delivered = 0;
  return {
    requests,
    async handle(request) {
      requests.push(request);
      waiting.shift()?.(request);
      if (gate !== undefined) await gate;
      return stubReply(request);
    },
    nextRequest() {
      const already = requests[delivered];
      delivered += 1;
      if (already !== undefined) return Promise.resolve(already);
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}
