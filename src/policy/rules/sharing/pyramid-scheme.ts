import type { FoldedText } from '../../normalise-text.ts';
import { findAll, type Match } from '../match.ts';
import { W, E, wordPattern } from './cues.ts';

/**
 * Gifting circles and other pyramid schemes: pay in, recruit others, get paid out of what
 * they pay. Shared by chain-or-spam (it is spam) and illegal-activity (in the UK it is a crime).
 */

const MONEY = String.raw`(?:£|\$|€)\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:pounds|quid|dollars)`;
const NUMBER = String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|ten|twelve)`;

/** Named schemes: "blessing loom", "gifting circle", "wheel of wealth". */
const NAMED = wordPattern([
  String.raw`(?:gifting|gift|blessing|blessings|abundance|sister|sisterhood|money|infinity|wealth|mandala|dream)\s(?:loom|looms|circle|circles|board|boards|wheel|wheels|flower|flowers|table|tables)`,
  String.raw`wheel\sof\s(?:wealth|blessings|abundance|fortune\sgifting)`,
  String.raw`(?:pyramid|ponzi)\s(?:scheme|schemes)`,
]);
/** Pay in: "gift £50", "put in £100". */
const PAY_IN = wordPattern([String.raw`(?:gift|gifts|gifting|give|send|pay|put\sin|chip\sin|contribute|invest|seed)\s(?:just\s|only\s)?(?:${MONEY})`]);
const GIFT_WORD = /gift|contribute|seed|invest|chip/;
/** Get out more: "receive £400", "walk away with £800", "8x your money". */
const PAY_OUT = new RegExp(`${W}(?:(?:receive|get\\sback|get|collect|walk\\saway\\swith|earn|be\\sgifted|turn\\sit\\sinto|into)\\s(?:${MONEY})|${NUMBER}x\\syour\\s(?:money|gift)|move\\sto\\sthe\\s(?:centre|center|middle))${E}`, 'u');
/** Recruit: "invite two friends", "bring in 2 people". */
const RECRUIT = new RegExp(`${W}(?:invite|recruit|bring\\sin|sign\\sup|find|add)\\s${NUMBER}\\s(?:more\\s)?(?:friends|people|sisters|women|ladies|others|members|mates)${E}`, 'u');

/** Where the draft describes a pyramid scheme, or undefined. */
export const findPyramidScheme = (text: FoldedText): Match | undefined => {
  const payIn = findAll(text, PAY_IN)[0];
  const named = findAll(text, NAMED).find((match) => !/(?:scam|warning|beware|avoid|illegal)/.test(text.folded.slice(Math.max(0, match.foldedStart - 40), match.foldedStart)));
  if (named && (payIn || PAY_OUT.test(text.folded) || RECRUIT.test(text.folded))) return named;
  if (!payIn || !PAY_OUT.test(text.folded)) return undefined;
  // Paying in and getting more out is a pyramid when others are recruited, or when the
  // payment is a "gift" (a shop's "pay £25, get £5 off" is neither).
  return RECRUIT.test(text.folded) || GIFT_WORD.test(payIn.text) ? payIn : undefined;
};
