/**
 * Whether an @handle is a rival practice's: a sector word of the policy inside it
 * ("@harbourcounselling"), or ending in a profession's stem ("@brookfieldpsych", not "@psychcentral"
 * or "@petpsychicsally"), unless it is a public body's, a professional body's or a publication's.
 */

/** A practice's handle ends in what it is. */
const HANDLE_STEMS = /(?:psych|psychology|therapy|therapies|counselling|counseling|counsel)$/u;
/** Handles of public bodies, professional bodies and publications, which no rival practice has. */
const PUBLIC_HANDLE = /nhs|bacp|ukcp|hcpc|babcp|university|college|student|council|charity|journal|magazine|news|today|research|society|samaritans/u;

/** `handle` is folded and without its "@"; `sectorWords` are the policy's competitor words. */
export const isRivalHandle = (handle: string, sectorWords: ReadonlySet<string>): boolean =>
  ([...sectorWords].some((word) => word.length >= 5 && handle.includes(word)) || HANDLE_STEMS.test(handle)) && !PUBLIC_HANDLE.test(handle);
