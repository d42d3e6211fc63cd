import type { Logger } from 'pino';
import type { DeliveryGate } from './delivery-gate.ts';
import { deliveryKey } from './to-request.ts';
import { errorName } from './error-name.ts';

/**
 * Runs a delivery's answer once, after its ack: a repeat this instance has seen is dropped without
 * waiting on anything; otherwise the shared record (when there is one) is asked inside the tracked
 * work, so neither the ack nor a restart's drain depends on the database answering quickly.
 */
export type AnswerOnce = (body: unknown, source: string, work: () => Promise<void>) => Promise<void>;

export interface AnswerOnceDeps {
  readonly gate: DeliveryGate;
  /** Registers work so stop() can let it finish. */
  readonly track: (work: Promise<void>) => Promise<void>;
  readonly log: Logger;
}


/** An `AnswerOnce` over `gate`; a failure in `work` is logged (ids only), never thrown at Bolt. */
export function createAnswerOnce({ gate, track, log }: AnswerOnceDeps): AnswerOnce {
  return (body, source, work) => {
    const key = deliveryKey(body);
    if (key !== undefined && !gate.firstHere(key)) {
      gate.skipped(key, source);
      return Promise.resolve();
    }
    return track(
      (async () => {
        if (key !== undefined && gate.shared && !(await gate.firstShared(key, source))) {
          gate.skipped(key, source);
          return;
        }
        await work();
      })().catch((error: unknown) => {
        log.error({ platform: 'slack', source, error: errorName(error) }, 'slack answer could not be delivered');
      }),
    );
  };
}
