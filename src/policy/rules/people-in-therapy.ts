import { E, W } from './sharing/cues.ts';

/**
 * Who a draft is about, for the rules on clients: someone seen in a therapeutic capacity, a relative
 * or old friend of the writer's, and signs of a therapeutic relationship. Shared by the friend
 * request and client disclosure detectors, so that both read "my niece" and "a client" alike.
 */

/** Someone seen in a therapeutic capacity. */
export const CLIENT = new RegExp(
  W +
    String.raw`(?:clients?|ex-clients?|service\susers?|patients?|client['’]s|clients['’]|(?:everyone|anyone|people|folk|folks|someone|those)\s(?:who['’]?s|who\shas|who\shave|who|i['’]?ve|i\shave|we['’]?ve|i|we)\s(?:had|seen|worked\swith|work\swith|see|saw|treated|counselled|supported|been\sseeing|came\sto|come\sto|been\sto)(?:\s(?:a\s)?(?:session|sessions|therapy|counselling|me|us|professionally))?|(?:seen|see|saw)\s(?:me|us)\s(?:in\sa\s)?(?:therapeutic|professional)\scapacity|(?:seen|saw|worked\swith|treated)\s(?:them\s|him\s|her\s)?professionally|(?:saw|seen|see)\s(?:them\s|him\s|her\s)?for\s(?:\d+|a\sfew|several|some|two|three|four|five|six|eight|ten|twelve)\s(?:sessions|appointments)|(?:a|the|one|this)\s(?:lady|woman|man|gentleman|guy|girl|boy|lad|person|bloke|mum|dad|couple|family|teenager|young\sperson)\s(?:i|we)\s(?:['’]ve\s|have\s|had\s)?(?:counselled|counseled|treated|saw|see|seen|work\swith|worked\swith|supported|helped)|(?:a|the|one|this)\s[\p{L}-]+\s(?:lady|woman|man|gentleman|guy|girl|boy|lad|person|bloke|mum|dad|couple|family|teenager|young\sperson)\s(?:i|we)\s(?:['’]ve\s|have\s|had\s)?(?:counselled|counseled|treated|supported)|my\s(?:\d{1,2}(?::\d{2})?\s?(?:am|pm)|\d{1,2}\so['’]?clock)(?:\s(?:client|appointment|session|lady|guy|man|woman|regular))?)` +
    E,
  'u',
);

/**
 * A relative or an old friend of the writer's ("my niece", "my gran's friend request"), but not
 * someone known through them ("my sister's friend"): that possessive makes the relative a go-between.
 */
const FAMILY_OR_FRIEND = new RegExp(
  W +
    String.raw`my\s(?:[\p{L}-]+\s)?(?:nephew|niece|mum|mam|mom|mother|dad|father|sister|brother|cousin|aunt|auntie|aunty|uncle|gran|granny|grandma|grandad|grandpa|nan|nana|son|daughter|husband|wife|(?:mother|father|sister|brother|son|daughter)-in-law|in-laws|best\sfriend|oldest\sfriend|school\sfriend|childhood\sfriend)` +
    String.raw`(?!['’]s\s(?!(?:friend\s|follow\s)?requests?(?![\p{L}]))|[\p{L}\p{N}])`,
  'u',
);

/** Signs of a therapeutic relationship anywhere in the draft: therapy words, sessions, regular appointments. */
const THERAPY_EVIDENCE = new RegExp(
  String.raw`therap|counsel|psych|session|appointment|caseload|regulars?(?![\p{L}])|(?:seeing|see|saw|seen)\s(?:me|us)(?![\p{L}])|(?:came|come|comes|coming)\sto\s(?:me|us)(?![\p{L}])|for\s(?:his|her|their)\s(?:anxiety|grief|depression|trauma|panic|eating|addiction)|grief\swork`,
  'u',
);

/**
 * The writer's own life: a relative or old friend named, and no client and no therapeutic
 * relationship anywhere in the draft ("I told my wife she draws her eyebrows too high").
 */
export const aboutWritersOwnLife = (folded: string): boolean => FAMILY_OR_FRIEND.test(folded) && !CLIENT.test(folded) && !THERAPY_EVIDENCE.test(folded);
