import type { Detector, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { GENDER_TRIGGERS, findGenderGeneralisations } from './gender-generalisations.ts';
import { GROUP_PUT_DOWN_TRIGGERS, findGroupPutDowns } from './group-put-downs.ts';

/**
 * Inappropriate content said in phrases rather than single listed words: sexual innuendo and
 * requests, ableist put-downs, "gay" as an insult, demeaning gender-specific comments and
 * put-downs of a group with a protected characteristic. Its phrases all hold one of its
 * `triggers`, so the checker runs it only on drafts that could match.
 */

const SEXUAL = [
  'send (?:me )?(?:your )?nudes', '(?:nude|naked|sexy|spicy|naughty|saucy|topless|explicit|x-rated|steamy|lingerie) (?:pics|photos|selfies|snaps|videos|vids|content|shots|shoots?)',
  'sex tapes?', 'hot singles', 'dick pics?', 'xxx (?:videos|pics|films|movies)', 'see me (?:naked|nude|topless|in my underwear)', 'threesomes?', 'sexting', 'sext',
  "(?:i['’]?d|i would|would) (?:give (?:her|him) one|smash|bang (?:her|him)|shag (?:her|him))", '(?:dirty|good|great|wild|filthy|kinky) in bed',
  'subscribe to my (?:of|onlyfans|page)', 'booty call', 'friends with benefits', 'dtf', 'netflix and chill',
  '(?:wanna|want to|gonna) (?:fuck|bang|shag|smash)', 'sit on my face', '(?:nice|great|massive|big|lovely|fit) (?:tits|rack|boobs|arse|ass|bum|knockers|jugs|package)',
  'shagg(?:ed|ing) (?:her|him|them|all|the whole|every|my|your|his|the)', 'get laid',
  // "a shag" alone is also a seabird; with these words it is not.
  '(?:a proper|a quick|a good|a decent|fancy a|need a|needs a) shag',
  '(?:naughty|dirty|kinky|saucy) (?:fun|time|night|weekend|things|chat|pics)', 'whatever gets (?:you|ya|u) off(?= *(?:[.!?,;:…)]|$|[^\\x00-\\x7f]))', 'handcuffed to the (?:bedpost|headboard)', '(?:looking|look|looks|so|very|well|proper) sexy', 'sexy (?:nurse|receptionist|colleague|boss|therapist|teacher|in (?:that|your|her|his))',
];
/**
 * A word every sexual phrase above holds: its rarer word ("spicy", not "pics"). "ass" and
 * "arse" are left out (as prefixes they match "assessment"); both are listed swear words anyway.
 */
// A trigger may run past its word ("in bed", "dick pic"): the index walks it across the single
// space the pattern holds literally, so "bed" alone no longer wakes the detector for "bedtime".
const SEXUAL_TRIGGERS = ['nude', 'naked', 'sex', 'spicy', 'naughty', 'saucy', 'topless', 'explicit', 'x-rated', 'steamy', 'lingerie', 'hot single',
  'dick pic', 'xxx', 'underwear', 'kinky', 'dirty', 'threes', 'give her one', 'give him one', 'smash', 'bang', 'shag', 'in bed', 'subscrib', 'booty',
  'friends with benefit', 'dtf', 'netflix', 'fuck', 'sit on my face', 'tits', 'rack', 'boob', 'bum', 'knocker', 'jugs', 'package', 'get laid',
  'whatever', 'handcuff', 'only got', 'only gets', 'only get'];

const SEXUAL_PHRASES = new RegExp(`(?<![a-z])(?:${SEXUAL.join('|')})(?![a-z])`, 'g');

/**
 * Someone reduced to their body: "only got cast for her chest". A pattern of its own: the literal
 * gate skips it unless the draft has its words, where among SEXUAL it would be tried at every "o".
 */
// Not "her body of work", "her figure skating" or "his chest X-ray"; not "picked", which is a team's word for a dog's legs as well.
const FOR_HER_BODY = /(?<![a-z])only (?:got|gets|get) (?:cast|hired|promoted|signed|the (?:job|part|role|gig)) (?:for|because of) (?:her|his) (?:chest|boobs|tits|legs|body|figure|bum|arse|cleavage)(?![a-z])(?! (?:of|skating|compressions?|x-?rays?|infection|drain))/g;

/** Ableist put-downs of more than one word. */
const ABLEIST_PHRASES = /(?<![a-z])(?:window lickers?|special needs (?:kid|child|person)s? (?:like|as)|short bus|are (?:you|u|they|these people) (?:autistic|retarded|deaf|blind|mental|special|simple|dyslexic|brain[- ]damaged) or (?:something|what))(?![a-z])/g;
const ABLEIST_TRIGGERS = ['window', 'special', 'short bus', 'or something', 'or what'];
/** "Gay" as a put-down ("that's so gay"), not as a description. */
const GAY_AS_INSULT = /(?<![a-z])(?:(?:that['’]?s|thats|that is|it['’]?s|its|how|sounds|looks) so gay|no homo)(?![a-z])/g;
const GAY_TRIGGERS = ['gay', 'homo'];

/** "two great tits and a blue tit on the feeder": the bird, where the draft is about birds. */
const BIRD_NAME = /^great tits$/;
const BIRDWATCHING = /(?<![a-z])(?:birds?|bird ?feeders?|feeders?|blue tits?|coal tits?|robins?|sparrows?|blackbirds?|finch(?:es)?|nest(?:s|ing)?|birdwatching|birdsong|rspb)(?![a-z])/;

export const offensivePhrases: Detector = {
  id: 'offensive-phrases',
  description: 'Sexual innuendo, ableist and homophobic put-downs, demeaning gender comments and group put-downs, in phrases.',
  triggers: [...new Set([...SEXUAL_TRIGGERS, ...ABLEIST_TRIGGERS, ...GAY_TRIGGERS, ...GENDER_TRIGGERS, ...GROUP_PUT_DOWN_TRIGGERS])],
  detect: ({ text }) => [
    ...findAll(text, SEXUAL_PHRASES)
      .filter((match) => !(BIRD_NAME.test(match.text) && BIRDWATCHING.test(text.folded)))
      .map((match): Signal => ({ span: match.span, reason: 'Sexual content is inappropriate on social media for work.' })),
    ...findAll(text, FOR_HER_BODY).map((match): Signal => ({ span: match.span, reason: 'Reducing someone to their body is a demeaning, sexual comment.' })),
    ...findAll(text, ABLEIST_PHRASES).map((match): Signal => ({ span: match.span, reason: 'An ableist put-down is offensive content.' })),
    ...findAll(text, GAY_AS_INSULT).map((match): Signal => ({ span: match.span, reason: 'Using "gay" as a put-down offends on sexual orientation.' })),
    ...findGenderGeneralisations(text).map((match): Signal => ({ span: match.span, reason: 'A demeaning generalisation about women or men is a gender-specific comment the policy forbids.' })),
    ...findGroupPutDowns(text).map((match): Signal => ({ span: match.span, reason: 'Demeaning a group of people can offend on a protected characteristic.' })),
  ],
};
