import type { FoldedText } from '../../normalise-text.ts';
import type { Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { phrases } from './sentences.ts';

/**
 * A public reply that takes up someone's own case: it names what they have that troubles them
 * ("from what you've written, it sounds like health anxiety"), or asks them about their case
 * in the thread ("which line looks wrong to you?", "how long has it been going on?"). Both work
 * through a case in public that belongs in a private channel. General advice posted to everyone
 * ("Hi all! If it sounds like panic disorder, talk to your GP"), a Q&A post and a survey's results
 * are not replies to anyone and pass.
 */

/** Conditions a therapist might name for someone. */
const CONDITION =
  '(?:health anxiety|panic disorder|panic attacks|agoraphobia|ocd|c-?ptsd|ptsd|depression|postnatal depression|generali[sz]ed anxiety|gad|social anxiety|' +
  'bipolar|adhd|autism|an eating disorder|anorexia|bulimia|burnout|insomnia|complicated grief|a phobia|emetophobia|trauma|psychosis|bpd|a personality disorder)';
/** Naming it: "sounds like it could be…", "could well be…", "textbook signs of…". Bounded: linear. */
const NAMES_A_CONDITION = new RegExp(
  `(?<![\\p{L}])(?:(?:sounds?|seems?|looks?) like (?:it (?:could|might|may) (?:well )?be |you (?:have|might have|may have|could have|are dealing with|['’]re dealing with) )?${CONDITION}` +
    `|(?:could|might|may) (?:well )?be ${CONDITION}|(?:classic|textbook|typical) (?:signs?|symptoms?) of ${CONDITION})(?![\\p{L}])`,
  'gu',
);
/** The reply takes up what the person wrote about themselves. */
const THEIR_ACCOUNT = phrases([
  "from what you've written", "from what you've said", "from what you've described", "from what you've shared", "from what you describe",
  "from what you've told us", 'from what you say', 'from what you said', "what you're describing", "what you are describing", "what you've described", 'what you describe', 'you describe',
  "you've described", 'you mention', "you've mentioned",
]);
/** "From what you've told us in our annual survey": many people's answers, not one person's case. */
const FROM_MANY = /^\s*(?:in|through|via|on) (?:(?:our|the|this|last|this year['’]s|last year['’]s) )?(?:[\p{L}-]+ )?(?:survey|surveys|poll|polls|feedback|questionnaire|questionnaires|reviews|comments|forms)(?![\p{L}])/u;
/** Questions only a reply to someone about their own case asks, with or without a greeting. */
const ONLY_A_REPLY_ASKS = /(?<![\p{L}])(?:where has (?:yours|your [a-z]+) (?:got|gotten) (?:stuck|to)|did you (?:book|pay) (?:both ways|twice|online and|by phone and))(?![\p{L}])/gu;
/** Questions that open someone's case when asked in a reply to them, or about a problem they have. */
const OPENING_THEIR_CASE = new RegExp(
  "(?<![\\p{L}])(?:which (?:[a-z]+ ){0,2}?(?:line|lines|part|bit|charge|charges|item|items|session|sessions|appointment|appointments) (?:[a-z]+ ){0,2}?(?:looks?|looked|felt|feels|seemed|seems)" +
    '|how long has (?:it|this|that) been (?:going on|happening|like this)|what (?:kind|sort|type) of (?:support|help|therapy) (?:are|were|is) (?:you|he|she|they)|what budget)(?![\\p{L}])',
  'gu',
);
/** "Tell us more about how the evenings are going": asked after a loss or a problem, it opens the case (after "Hi Sam!" it may be chat). */
const TELL_US_MORE = /(?<![\p{L}])tell (?:us|me) (?:a (?:bit|little) )?more about (?:how|what|your|the)(?![\p{L}])/gu;
/** "Happy to talk it through here": the case is to be worked in the thread. */
const TALK_IT_THROUGH_HERE = /(?<![\p{L}])(?:talk|chat) (?:it|this|that) through (?:here|in (?:this|the) thread|on here|below)(?![\p{L}])/gu;

/** What a case-in-reply signal says. */
const REASON = "Takes up someone's own case in public; move it to email, phone or a private message instead.";

/** What the detector knows of the draft as a whole. */
export interface ReplyContext {
  /** It answers one person: "@name …", "Hi Tom, …" (not "Hi everyone"). */
  readonly toOnePerson: boolean;
  /** It answers a problem: "sorry", "complaint", "didn't work". */
  readonly problem: boolean;
  /** It answers someone's message, question or post: "thanks for your message", "great question", "just seen your tweet". */
  readonly answering: boolean;
  /** It moves the case to a private channel: then nothing is flagged. */
  readonly privateChannel: boolean;
}

/** The person's own account taken up in the draft, unless it is many people's (a survey). */
const theirAccountIn = (text: FoldedText): ReturnType<typeof findAll>[number] | undefined =>
  findAll(text, THEIR_ACCOUNT).find((match) => !FROM_MANY.test(text.folded.slice(match.foldedEnd, match.foldedEnd + 60)));

/** Signals for a reply that works someone's case in the thread. */
export const caseTakenUpInReply = (text: FoldedText, context: ReplyContext): Signal[] => {
  if (context.privateChannel) return [];
  const signal = (match: { readonly span: Signal['span'] } | undefined): Signal[] => (match ? [{ span: match.span, reason: REASON }] : []);
  const onlyAReply = findAll(text, ONLY_A_REPLY_ASKS)[0];
  if (onlyAReply) return signal(onlyAReply);
  const theirAccount = theirAccountIn(text);
  // Naming a condition for someone needs that someone: their account, or a reply to them.
  if (theirAccount || context.toOnePerson) {
    const named = findAll(text, NAMES_A_CONDITION)[0];
    if (named) return signal(named);
  }
  // Taking up their account and then asking them more, in the thread.
  if (theirAccount && text.folded.indexOf('?', theirAccount.foldedEnd) >= 0) return signal(theirAccount);
  if (!(context.toOnePerson || context.problem || context.answering || theirAccount)) return [];
  return signal(findAll(text, OPENING_THEIR_CASE)[0] ?? (context.problem ? findAll(text, TELL_US_MORE)[0] : undefined) ?? findAll(text, TALK_IT_THROUGH_HERE)[0]);
};

/**
 * Word prefixes for the detector's `triggers`: the questions only a reply asks, and, since every
 * other signal above needs a reply, a problem or the person's own account, the account's words
 * and a reply's thanks (the detector's own triggers hold the greetings and the problem words).
 */
export const CASE_IN_REPLY_TRIGGERS = ['from what', 'what you', 'you describ', 'you mention', 'thanks for', 'great question', 'good question', 'where has', 'did you', 'hiya', 'morning', 'afternoon', 'evening', 'cheers'];
