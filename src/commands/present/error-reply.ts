import { randomBytes } from 'node:crypto';
import type { UserError } from '../../policy/errors.ts';
import type { Reply } from '../request.ts';
import { makeReply } from './make-reply.ts';

/** An expected refusal: what went wrong and what to do instead, in the person's terms. */
export const presentUserError = (error: UserError): Reply => makeReply([{ type: 'text', text: error.message }]);

/** An unexpected fault: an apology and the reference that finds the log line. Never the error itself. */
export const presentFault = (reference: string): Reply =>
  makeReply([
    { type: 'text', text: `Sorry, something went wrong on my side and I could not answer that. Please try again; if it keeps happening, tell your administrator the reference ${reference}.` },
  ]);

/** A short reference for a fault, shown to the person and written to the log. */
export const newFaultReference = (): string => `ref-${randomBytes(4).toString('hex')}`;
