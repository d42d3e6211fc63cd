import { apostrophes } from './text-scope.ts';
/**
 * Ways people refer to ONE specific client (present, past or prospective) without naming
 * them, and the verbs that turn such a reference into a retelling of what happened in therapy.
 * Plural, general references ("every new client", "our clients") are service information and
 * are deliberately not matched.
 */

const TIME_OF_DAY = String.raw`\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|o'?clock)`;
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const CLIENT_NOUN = String.raw`(?:client|patient|service[- ]user|counsell?ing client|therapy client|supervisee|counsellee|referral)(?!s)(?![\p{L}])`;
const CLIENT_ADJECTIVE = String.raw`(?:${TIME_OF_DAY}|${WEEKDAY}|morning|afternoon|evening|new|former|ex-?|past|previous|current|young|younger|teenage|teen|older|elderly|first|last|regular|long[- ]term|lovely|brave|male|female|couples?|private|nhs|eap)`;
const PERSON_NOUN = String.raw`(?:\d{1,2}[- ]?(?:year|yr)[- ]?old(?: (?:lad|boy|girl|woman|man|client|mum|dad|student))?|lad|boy|girl|woman|man|young (?:man|woman|person|lad|mum|dad)|teen(?:ager)?|mum|dad|mother|father|gentleman|lady|person|couple|family|kid|child|student|veteran|widow(?:er)?|nurse|teacher|doctor|soldier|refugee)`;
const SEEING = String.raw`i(?:'ve| have|'m| am)? ?(?:been )?(?:seeing|working with|counselling|treating|supporting|saw|see|work with|worked with)`;

/** One specific client, e.g. "my 3pm client", "a client", "one of my clients", "someone I'm seeing". */
export const CLIENT_REFERENCE = apostrophes(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      String.raw`(?:my|our|a|an|one|this|that|another|the) (?:${CLIENT_ADJECTIVE} ){0,2}${CLIENT_NOUN}`,
      String.raw`one of (?:my|our) (?:${CLIENT_ADJECTIVE} )?(?:clients|patients|service[- ]users)`,
      String.raw`(?:a|one) (?:${CLIENT_NOUN}) of (?:mine|ours)`,
      String.raw`my ${TIME_OF_DAY}(?: (?:today|yesterday|this morning|this afternoon))?`,
      String.raw`someone (?:${SEEING})`,
      String.raw`(?:a|an|one|this) (?:${CLIENT_ADJECTIVE} )?${PERSON_NOUN},? (?:who |whom |that )?${SEEING}`,
    ].join('|') +
    ')',
  'gu',
);

/** Retelling verbs: what the client said or did in the room. */
export const RETELLING = apostrophes(
  String.raw`(?<![\p{L}])(?:told me|tells me|said|says|shared|disclosed|admitted|confided|opened up|revealed|broke down|cried|sobbed|confessed|explained|described|talked about|spoke about|mentioned|asked me|asked whether|asked if|finally|came in|came to see|turned up|walked in|brought|has been|had been|was|is (?:going through|struggling|dealing|living|still)|just|spent)(?![\p{L}])`,
  'u',
);

/** A session retold: "had a heavy session with…", "in session today, she…". */
export const SESSION_STORY = apostrophes(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`(?:had|have had|just had|was|finished|came out of) (?:a|an|my|the)? ?(?:really |very |so |such an? |incredibly )?(?:heavy|tough|hard|difficult|intense|emotional|powerful|breakthrough|amazing|moving|draining|rough|sad|upsetting|big|heartbreaking|harrowing|brutal|long) (?:session|appointment|hour)(?: (?:today|tonight|this (?:week|morning|afternoon|evening)|earlier|yesterday|last night))? with (?:a|an|my|one|this|someone|the)`,
      String.raw`in (?:session|therapy|today's session|our session|my session)(?: (?:today|this week|this morning|this afternoon|yesterday|earlier|last week))?,? (?:a|an|my|one|she|he|they|this) (?:[\p{L}'-]+ ){0,3}?(?:told|said|shared|disclosed|admitted|cried|broke|opened|revealed|finally|talked|spoke)`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'gu',
);
