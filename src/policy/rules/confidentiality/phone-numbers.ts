import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { FoldedText } from '../../normalise-text.ts';
import type { Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { apostrophes } from './text-scope.ts';

/**
 * UK phone numbers that belong to a person. A candidate is found by a linear pattern and
 * checked with libphonenumber-js; its LENGTH must be possible (Ofcom's drama ranges, used in
 * examples, are possible but not "valid", and a real mobile is both). Whether it is personal
 * is read from the words before it: "call us", "our number", a helpline → the organisation's;
 * "her mobile", "text Amy", "personal" → a person's; an unexplained mobile → a person's.
 */

const CANDIDATE = /(?<![\p{N}+])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?(?:[\s.-]?\d){6,8}(?![\p{N}])/gu;

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

const kindOf = (digits: string): Kind | undefined => {
  const parsed = parsePhoneNumberFromString(digits, 'GB');
  if (!parsed || parsed.countryCallingCode !== '44' || !parsed.isPossible()) return undefined;
  const type = parsed.isValid() ? parsed.getType() : undefined;
  if (type === 'MOBILE') return 'mobile';
  // Numbers that do not validate (drama ranges) are judged by their national prefix: 07 (not 070 or 076) is mobile.
  return type === undefined && /^7[1-57-9]/.test(parsed.nationalNumber) ? 'mobile' : 'other';
};

/** Personal phone numbers in the draft, each a signal whose edit drops the number. */
export const personalPhoneNumbers = (text: FoldedText): Signal[] =>
  findAll(text, CANDIDATE).flatMap((match) => {
    const kind = kindOf(match.text.replace(/[^\d+]/g, ''));
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
