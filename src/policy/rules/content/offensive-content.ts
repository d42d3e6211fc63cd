import type { FoldedText } from '../../normalise-text.ts';
import type { Detector, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { listedWordHits, maskHit } from './disguised-word-hits.ts';
import { findCultRecruitment } from './find-cult-recruitment.ts';
import { findPromotions } from './find-promotions.ts';
import { findGenderGeneralisations } from './gender-generalisations.ts';
import { findGroupPutDowns } from './group-put-downs.ts';

/**
 * Inappropriate content other than swearing: racial, religious and other slurs, ableist slurs,
 * sexual content and pornography, demeaning gender-specific comments, and content promoting
 * illegal drugs, gambling, cults, terrorism or criminal skills. Mentions framed as help or
 * health ("support for gambling harm") are fine; promotion is not.
 */

/** Talking about pornography as a problem people get help with is not sharing it. */
const PORN_AS_TOPIC = /(?<![a-z])(?:addict\w*|compulsive|problem\w*|habit|recover\w*|support|struggl\w*|harms?|impact\w*|effects?|affect\w*|therapy|counsell\w*|porn use|pornography use|dependen\w*|shame|secrecy|relationships?)(?![a-z])/;

const wordSignals = (text: FoldedText): Signal[] => {
  const signals: Signal[] = [];
  const add = (hits: ReturnType<typeof listedWordHits>, reason: string): void => {
    for (const hit of hits) signals.push({ span: hit.span, reason, edit: { kind: 'replace', with: maskHit(hit, text.original) } });
  };
  add(listedWordHits(text, 'slur'), 'A slur on race, religion, sexuality or gender is offensive content.');
  add(listedWordHits(text, 'ableist'), 'An ableist slur is offensive content.');
  add(listedWordHits(text, 'sexual'), 'Sexual content is inappropriate on social media for work.');
  if (!PORN_AS_TOPIC.test(text.folded)) add(listedWordHits(text, 'porn'), 'Pornography is inappropriate content.');
  return signals;
};

const SEXUAL_PHRASES = new RegExp(`(?<![a-z])(?:${[
  'send (?:me )?(?:your )?nudes', '(?:nude|naked|sexy|spicy|naughty|saucy|topless|explicit|x-rated|steamy|lingerie) (?:pics|photos|selfies|snaps|videos|vids|content|shots|shoots?)',
  'sex tapes?', 'hot singles', 'dick pics?', 'xxx (?:videos|pics|films|movies)', 'see me (?:naked|nude|topless|in my underwear)', 'threesomes?', 'sexting', 'sext',
  "(?:i['’]?d|i would|would) (?:give (?:her|him) one|smash|bang (?:her|him)|shag (?:her|him))", '(?:dirty|good|great|wild|filthy|kinky) in bed',
  '(?:my|her) (?:of|onlyfans) (?:is|link)', 'subscribe to my (?:of|onlyfans|page)', 'booty call', 'friends with benefits', 'dtf', 'netflix and chill',
  '(?:wanna|want to|gonna) (?:fuck|bang|shag|smash)', 'sit on my face', '(?:nice|great|massive|big|lovely|fit) (?:tits|rack|boobs|arse|ass|bum|knockers|jugs|package)',
  'shagg(?:ed|ing) (?:her|him|them|all|the whole|every|my|your|his|the)', 'get laid', 'sexy time',
].join('|')})(?![a-z])`, 'g');
/** Ableist put-downs of more than one word. */
const ABLEIST_PHRASES = /(?<![a-z])(?:window lickers?|special needs (?:kid|child|person)s? (?:like|as)|short bus|are (?:you|u|they|these people) (?:autistic|retarded|deaf|blind|mental|special|simple|dyslexic|brain[- ]damaged) or (?:something|what))(?![a-z])/g;
/** "Gay" as a put-down ("that's so gay"), not as a description. */
const GAY_AS_INSULT = /(?<![a-z])(?:(?:that['’]?s|thats|that is|it['’]?s|its|how|sounds|looks) so gay|no homo)(?![a-z])/g;

const cultSignals = (text: FoldedText): Signal[] => {
  const mark = findCultRecruitment(text);
  return mark ? [{ span: mark.span, reason: 'Recruiting into a cult-like group (cutting off family, handing over money) is inappropriate content.' }] : [];
};

export const offensiveContent: Detector = {
  id: 'offensive-content',
  description: 'Slurs, sexual content, demeaning gender comments, and promotion of drugs, gambling, cults, terrorism or crime.',
  detect: ({ text }) => [
    ...wordSignals(text),
    ...findAll(text, SEXUAL_PHRASES).map((match): Signal => ({ span: match.span, reason: 'Sexual content is inappropriate on social media for work.' })),
    ...findAll(text, ABLEIST_PHRASES).map((match): Signal => ({ span: match.span, reason: 'An ableist put-down is offensive content.' })),
    ...findAll(text, GAY_AS_INSULT).map((match): Signal => ({ span: match.span, reason: 'Using "gay" as a put-down offends on sexual orientation.' })),
    ...findGenderGeneralisations(text).map((match): Signal => ({ span: match.span, reason: 'A demeaning generalisation about women or men is a gender-specific comment the policy forbids.' })),
    ...findGroupPutDowns(text).map((match): Signal => ({ span: match.span, reason: 'Demeaning a group of people can offend on a protected characteristic.' })),
    ...findPromotions(text).map(({ topic, match }): Signal => ({ span: match.span, reason: topic.reason })),
    ...cultSignals(text),
  ],
};
