import type { FoldedText } from '../../normalise-text.ts';
import type { Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { apostrophes } from './text-scope.ts';

/**
 * UK phone numbers that belong to a person. A candidate is found by a linear pattern and
 * checked against the UK numbering plan (kindOf); its LENGTH must be possible (Ofcom's drama
 * ranges, used in examples, count). Whether it is personal
 * is read from the words before it: "call us", "our number", a helpline → the organisation's;
 * "her mobile", "text Amy", "personal" → a person's; an unexplained mobile → a person's.
 */

// Not a /u pattern: it reads only ASCII digits and punctuation, and the plain engine is ~4× faster.
const CANDIDATE = /(?<![0-9+])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?(?:[\s.-]?\d){6,8}(?![0-9])/g;

const PERSONAL_CONTEXT = apostrophes(
  String.raw`(?<![\p{L}])(?:personal|private|home|own|mobile|mob|cell|her|his|my|me|him|[\p{L}]+'s (?:mobile|personal|own|home))(?![\p{L}])`,
  'u',
);
const ORGANISATION_CONTEXT = apostrophes(
  String.raw`(?<![\p{L}])(?:us|our|we|we're|office|reception|practice|clinic|main line|landline|[\p{L}]*line|freephone|samaritans|nhs|switchboard|enquiries|bookings|appointments line|on the number|team)(?![\p{L}])`,
  'u',
);

/** A number offered for booking or enquiries is a business line, even when it is a mobile. */
const BUSINESS_USE = apostrophes(
  String.raw`(?<![\p{L}])(?:to book|book|booking|bookings|appointments?|enquir\w*|inquir\w*|to arrange|free (?:call|consultation|chat)|consultation|opening hours|office hours|mon(?:day)?s? ?(?:to|-|–)|weekdays|9am|9 ?-|for more (?:info|information|details))(?![\p{L}])`,
  'u',
);

type Kind = 'mobile' | 'other';

/**
 * The UK numbering plan, as far as this check needs it: a national number (without the 0 or
 * +44) of 10 digits, or 9 for some 01 areas and 0800/0500 lines, is possible; 07 numbers other
 * than 070 (personal numbering) and 076 (pagers) are mobiles, Ofcom's drama ranges included.
 * Plain rules instead of a phone library's parser: that costs ~100 µs a number, this ~0.1 µs.
 */
const kindOf = (candidate: string): Kind | undefined => {
  const digits = candidate.replace(/\(0\)/, '').replace(/\D/g, '');
  const national = digits.startsWith('44') ? digits.slice(2) : digits.replace(/^0/, '');
  const possible = national.length === 10 || (national.length === 9 && /^(?:1|800|500)/.test(national));
  if (!possible || /^0/.test(national)) return undefined;
  return /^7[1-57-9]/.test(national) && national.length === 10 ? 'mobile' : 'other';
};

/** Personal phone numbers in the draft, each a signal whose edit drops the number. */
export const personalPhoneNumbers = (text: FoldedText): Signal[] =>
  findAll(text, CANDIDATE).flatMap((match) => {
    const kind = kindOf(match.text);
    if (!kind) return [];
    const before = text.folded.slice(Math.max(0, match.foldedStart - 50), match.foldedStart);
    const after = text.folded.slice(match.foldedEnd, match.foldedEnd + 50);
    const personal = PERSONAL_CONTEXT.test(before);
    const organisational = ORGANISATION_CONTEXT.test(before) || BUSINESS_USE.test(after) || BUSINESS_USE.test(before);
    if (!(personal || (kind === 'mobile' && !organisational))) return [];
    if (organisational && !personal) return [];
    return [{
      span: match.span,
      reason: "Publishes someone's personal phone number, which is personal data.",
      edit: { kind: 'replace', with: '[number removed]' },
    }];
  });
