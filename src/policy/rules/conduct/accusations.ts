import { DraftMemo, type FoldedText } from '../../normalise-text.ts';
import { findAll, type Match } from '../match.ts';
import { phrases, textBefore } from './sentences.ts';
import { triggerWords } from './trigger-words.ts';


/**
 * Words and phrases that accuse someone of crime, fraud, dishonesty or incompetence. Shared by
 * the defamation detector (which needs a named party) and the competitor detectors (for which
 * an accusation is also rude).
 */

/** Unambiguous accusations: said of a named party, they state wrongdoing as fact. */
const STRONG_PHRASES: readonly string[] = [
  'running a scam', 'run a scam', 'runs a scam', 'ran a scam', 'a total scam', 'a complete scam', 'an absolute scam',
  'scamming', 'scammed', 'fraudulent', 'fraudulently', 'defraud*', 'embezzl*', 'dishonest', 'dishonesty',
  'crooks', 'crooked', 'charlatans', 'charlatan', 'con artists', 'con artist', 'conmen', 'con men', 'shysters',
  'liars', 'lied about', 'lied to', 'lies to', 'lies about', 'been lying', 'overcharging', 'overcharges', 'cheats their',
  'cheating their', 'conning', 'conned', 'ripped us off', 'ripped me off', 'ripped people off', 'ripped them off',
  'rips people off', 'rips you off', 'faked', 'faking', 'fakes', 'fakes their', 'forged', 'forging', 'forges', 'invents quotes', 'invented the', 'abuses', 'abusing their',
  'neglecting their', 'neglects their', 'neglecting the', 'neglecting children', 'neglecting patients', 'neglecting residents', 'overbilling', 'overbilled', 'overcharged us', 'overcharged me', 'overcharged people',
  'overcharged clients', 'overcharge and', 'lie about what', 'lie to their', 'lie to clients', 'lie to customers',
  'lie to patients', 'helping himself to', 'helping herself to', 'helping themselves to', 'helped himself to', 'helped herself to',
  'helped themselves to', 'a danger to patients', 'a danger to clients', 'struck off', 'convicted fraudster', 'lying about', 'lying to', 'falsif*', 'fabricat*',
  'made up the', 'made up his', 'made up her', 'made up their', 'made up quotes', 'made up figures', 'made up reviews',
  'fake reviews', 'fake qualifications', 'fake credentials', 'fake certificates',
  "isn't qualified", 'is not qualified', "aren't qualified", 'are not qualified', "isn't registered", 'is not registered',
  "isn't accredited", 'is not accredited', "aren't accredited", 'unqualified',
  'stole', 'stealing', 'steals', 'thieves', 'thieving', 'ripping people off', 'ripping clients off', 'ripping you off',
  'ripping customers off', 'rip-off merchants', 'rip off merchants', 'pocketing the', 'pocketing donations', 'pocketing funds', 'pocketing money',
  'pocketing cash', 'siphoning', 'siphoned', 'skimming off', 'skimmed off', 'invents sources', 'invented sources', 'invents stories', 'invented quotes',
  'made the entire thing up', 'made the whole thing up', 'made the whole story up', 'made the entire story up', 'total fraud', 'complete fraud',
  'deliberately damaged', 'deliberately overcharged', 'deliberately misled', 'deliberately lied',
  'deliberately sabotaged', 'cover it up', 'covered it up', 'covering it up', 'cover up their', 'cover-up',
  'misdiagnos*', 'negligent', 'negligence', 'money laundering', 'laundering money', 'tax evasion', 'evading tax',
  'cooking the books', 'cooked the books', 'fiddling the books', 'backhanders', 'kickbacks', 'taking bribes',
  'incompetent', 'incompetence', 'corrupt', 'breaking the law', 'broke the law', 'operating illegally',
  'a pack of lies', 'pack of lies', 'pockets the', 'pocketed the', 'pocketed last', 'pocketed our', 'pocketed their', 'pocketed your', 'pocketed donations', 'pocketed the appeal', 'pockets our', 'pockets your', 'pockets their', 'pockets people',
  // "You're making this up" accuses; "she made this up for the quiz" creates, so only the -ing form is listed.
  "you're making this up", 'you are making this up', 'making this up', 'making all of this up', 'making it all up', 'making the whole thing up', 'makes up his', 'makes up her', 'makes up their', 'makes up the', 'making up his', 'making up her', 'making up their', 'makes up stories',
  'cheated', 'swindled', 'swindling', 'swindles', 'fleeced', 'fleecing', 'fleece elderly', 'fleece old', 'fleece vulnerable', 'fleece their', 'fleece customers', 'fleece clients', 'fleece people', 'fleece pensioners', 'fleece oaps', 'fleece the elderly', 'fleece grieving', 'diddled', 'diddling', 'extorting', 'extorted', 'blackmailing',
  'a fraud', 'frauds', 'fraudsters', 'a con', 'bent', 'dodgy', 'shady', 'lies to', 'lies about', 'tells lies', 'telling lies',
  'keeps deposits', 'keeps tenants', 'keep deposits', 'kept our deposit', 'kept my deposit', 'takes deposits and', 'take deposits and',
  'harassing', 'bullies', 'bullying', 'preys on', 'preying on', 'exploits', 'exploiting',
  // What is rigged says it is wrongdoing ("rigged the vote", not "rigged the PA" or "the masts are rigged").
  'rigged the vote', 'rigged the votes', 'rigged the election', 'rigged the ballot', 'rigged the contest', 'rigged the competition',
  'rigged the results', 'rigged the result', 'rigged the draw', 'rigged the raffle', 'rigged the awards', 'rigged the judging', 'rigged the count',
  'rigging the vote', 'rigging the election', 'rigging the contest', 'rigging the results', 'rigging the awards',
  'deliberately lose paperwork', 'deliberately loses paperwork', 'deliberately lost paperwork', 'deliberately lose the paperwork',
  'sells your data', 'sold your data', 'sells your recordings', 'sell your session recordings', 'sells your details', 'sold your details',
];
const STRONG = phrases(STRONG_PHRASES);

/**
 * Skimming is theft when what is skimmed is money ("skimming the grant money"), not a report: the
 * money ends the clause or goes on "for …", "meant for …", "into …" ("skimmed the fees table from …"
 * and "the profits warning story" are reading). A pattern of its own, not phrases in STRONG: the
 * literal gate skips it unless "skim" is in the draft, where in STRONG it would be tried at every
 * "s" of every draft STRONG reads.
 */
const SKIMMING = /(?<![\p{L}])skim(?:s|ming|med) the (?:takings|fees|money|cash|profits|donations|grant money|grant funds|kitty|till|float|petty cash|raffle money|subs|collection plate|church collection|sunday collection)(?=\s*(?:[.,;:!?)…—–-]|$)|\s(?:for|meant|into|again|too|and|off|every|each|while|behind|when|at|from (?:the|our|their) (?:hall|club|school|church|charity|fund|appeal)))/gu;

/** "billing clients for sessions that never took place": charging for work not done. */
const PHANTOM_WORK = /(?<![\p{L}])(?:bill|bills|billed|billing|charge|charges|charged|charging|invoice|invoiced|invoicing|claim|claims|claimed|claiming)\s+(?:[\p{L}'’-]+\s+){0,4}?for\s+(?:[\p{L}'’-]+\s+){0,3}?(?:that|which)\s+(?:never|didn['’]t|did\s+not)\s+(?:took\s+place|take\s+place|happened|happen|existed|exist)(?![\p{L}])/gu;

/** "fiddles its books", "cooking the accounts". */
const BOOKS = /(?<![\p{L}])(?:fiddl|cook)(?:es|ed|ing|s|e)?\s+(?:the|its|their|his|her)\s+(?:books|accounts|figures|numbers)(?![\p{L}])/gu;

/** Accusations that need "X is/are …" to be about someone ("a scam" may be a text message). */
const NOUNS = '(?:fraud|frauds|fraudsters?|scam|scams|scammers|cons?|criminals?|liars?|lying|fakes?|cheats?|cheating|cowboys|quacks?|rogues|predators?|abusers?|abusive|thief|thieves|crooks?|incompetent|dishonest|corrupt|swindlers?|con\\s+m[ae]n|paedophiles?|pedophiles?|rapists?|drug\\s+dealers?|bull(?:y|ies))';
const COPULAR = new RegExp(`(?<![\\p{L}'’])(?:is|are|was|were|['’]s|['’]re|been|being)\\s+((?:[\\p{L}'’-]+\\s+){0,4}?)${NOUNS}(?![\\p{L}])`, 'gu');

/** "a victim of fraud", "warned about scams": the accusation is not the subject's. */
const NOT_PREDICATE = /(?:^|\s)(?:of|about|by|from|to|for|against|in|on|with|victims?|targets?|warned|aware|accused|free)\s/u;
/** "stole the show", "stealing our hearts": praise, not theft. */
const IDIOM_AFTER = /^\s+(?:the\s+show|the\s+limelight|the\s+spotlight|(?:my|our|your|his|her|their|everyone['’]s)\s+hearts?|as\s+(?:we|i|you|they|she|he)\s+go)/u;
const NEGATION = /(?:^|\s)(?:not|never|no|hardly|n['’]t)(?:\s|$)|n['’]t\s/u;
/** "feeling like a fraud", "impostor": about oneself, not an accusation. */
const SELF_DOUBT = /(?:^|[^\p{L}])(?:feel|feels|felt|feeling|impostor|imposter)(?:[^\p{L}]|$)|like\s+(?:an?\s+|such\s+an?\s+|a\s+total\s+)?[\p{L}-]+$/u;
const selfDoubt = (text: FoldedText, match: Match): boolean => SELF_DOUBT.test(text.folded.slice(Math.max(0, match.foldedStart - 30), match.foldedEnd));
/** "it's a scam", "these texts are a scam": warnings about messages, not about a party. */
const WARNING_SUBJECT = /(?:^|[\s"'‘“(])(?:it|this|that|these|those|which|what|texts?|messages?|calls?|emails?|links?|offers?|sites?|websites?|pages?|ads?|adverts?|posts?|accounts?|giveaways?|schemes?|fees?|requests?|letters?|dms?|profiles?|apps?|deals?|investments?|competitions?|prizes?|quizzes?)\s*$/u;
/** "'therapy is a scam'", "says counselling is a con": a view of a whole field (a practice's name ends in these words, so only straight after a quote mark or a reporting verb). */
const FIELD_SUBJECT = /(?:^|["'‘“]|(?:says|said|say|thinks|think|reckons|reckon|claims|claim)\s+)(?:therapy|counselling|counseling|psychotherapy|psychology|mindfulness|meditation|homeopathy|astrology)\s*$/u;
/** "Jo at Oakwood Counselling says counselling is a scam": a provider named before it, in its sentence, may be what is meant. */
const PROVIDER_NAME = /\p{Lu}[\p{L}'’&-]*\s+(?:Counselling|Counseling|Therapy|Therapies|Clinic|Practice|Wellbeing|Psychology|Psychotherapy|Centre|Center|Ltd|Limited)(?![\p{L}])/u;
const namesProviderBefore = (text: FoldedText, match: Match): boolean =>
  PROVIDER_NAME.test(text.original.slice(Math.max(0, match.span[0] - 160), match.span[0]).split(/[.!?\n]/u).at(-1) ?? '');
/** "'therapy is a scam there'": said of a place after all. */
const SAID_OF_A_PLACE = /^\s*(?:there|here|at|with them)(?![\p{L}])/u;
/** A sentence warning about impersonators is about the fakes, not the body they pretend to be. */
const IMPERSONATION = /claiming\s+to\s+be|pretending\s+to\s+be|posing\s+as|purporting|impersonat|scam\s+alert|phishing/u;

/**
 * "Leeds United's defending was criminal": "criminal" of a performance is a sports fan's "dreadful",
 * not a crime, but "their billing was criminal" or "his driving was criminal" still accuses.
 */
const FIGURATIVE_CRIMINAL = /criminal$/u;
const GERUND_SUBJECT = /(?:['’]s|the|their|his|her|our|your)\s+(?:defending|defence|finishing|refereeing|tackling|marking|passing|bowling|batting|fielding|goalkeeping|singing|dancing|acting)(?:\s+(?:on|at|in|against)\s+[\p{L}'’-]+){0,1}\s*$/u;

/** "you've been scammed", "got conned": the victim's side of a participle. */
const VICTIM_BEFORE = /(?:been|be|get|got|getting|gets)\s+$/u;
/** "scammed by Bright Futures Ltd" names who did it; "conned by a fake therapist" does not. */
const NAMED_DOER = /^\s+by\s+(?!(?:a|an|some|someone|somebody|people|fake|scammers|fraudsters|criminals|anyone|strangers)(?![\p{L}]))/u;

const cache = new DraftMemo<readonly Match[]>();

/** Every accusation in the draft, in order (negated ones and self-doubt left out). */
/** Words at least one of which every accusation contains (for detectors' `triggers`). */
export const ACCUSATION_TRIGGERS = triggerWords([STRONG_PHRASES], [
  'fraud', 'scam', 'con', 'criminal', 'liar', 'lying', 'fake', 'cheat', 'cowboy', 'quack', 'rogue', 'predator', 'abus', 'thief', 'thiev',
  'crook', 'incompet', 'dishonest', 'corrupt', 'swindl', 'paedo', 'pedo', 'rapist', 'dealer', 'bull', 'fiddl', 'cook', 'bill', 'charg',
  'invoic', 'claim', 'skim',
]);

/** An accusation word on its own ("scammers"): a description of wrongdoers, not a name. */
export const ACCUSATION_NOUN = new RegExp(`^${NOUNS}$`, 'u');

export const findAccusations = (text: FoldedText): readonly Match[] => {
  const cached = cache.get(text);
  if (cached) return cached;
  const kept: Match[] = [];
  for (const match of [...findAll(text, STRONG), ...findAll(text, SKIMMING), ...findAll(text, BOOKS), ...findAll(text, PHANTOM_WORK)]) {
    // "if you've been scammed": the victim's side, unless someone is named as doing it ("scammed by").
    if (/ed$/u.test(match.text) && VICTIM_BEFORE.test(textBefore(text, match.foldedStart, 20)) && !NAMED_DOER.test(text.folded.slice(match.foldedEnd, match.foldedEnd + 30))) continue;
    const lastWords = textBefore(text, match.foldedStart, 24).split(/\s+/u).slice(-3).join(' ');
    const after = text.folded.slice(match.foldedEnd, match.foldedEnd + 24);
    if (!NEGATION.test(`${lastWords} `) && !selfDoubt(text, match) && !IDIOM_AFTER.test(after)) kept.push(match);
  }
  for (const match of findAll(text, COPULAR)) {
    const gap = match.groups[0] ?? '';
    const before = textBefore(text, match.foldedStart, 30);
    const sentenceSoFar = text.folded.slice(Math.max(0, match.foldedStart - 160), match.foldedStart).split(/[.!?\n]/u).at(-1) ?? '';
    // "a bunch of crooks" is still said of them.
    // "scammers are sending fake texts": a verb in between means the noun is not what they are.
    if (/\p{L}ing(?:\s|$)/u.test(gap.replace(/being/gu, ''))) continue;
    const ownGap = ` ${gap}`.replace(/(?:bunch|load|pack|band|gang|lot|shower|set)\s+of\s/gu, ' ');
    if (gap === '' && FIGURATIVE_CRIMINAL.test(match.text) && GERUND_SUBJECT.test(sentenceSoFar)) continue;
    const fieldView = FIELD_SUBJECT.test(before) && !SAID_OF_A_PLACE.test(text.folded.slice(match.foldedEnd, match.foldedEnd + 12)) && !namesProviderBefore(text, match);
    if (NEGATION.test(` ${gap}`) || NOT_PREDICATE.test(ownGap) || selfDoubt(text, match) || WARNING_SUBJECT.test(before) || fieldView || IMPERSONATION.test(sentenceSoFar)) continue;
    kept.push(match);
  }
  kept.sort((a, b) => a.foldedStart - b.foldedStart);
  cache.set(text, kept);
  return kept;
};
