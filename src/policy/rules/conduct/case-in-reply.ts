import type { FoldedText } from '../../normalise-text.ts';
import type { Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { phrases } from './sentences.ts';

/**
 * A public reply that takes up someone's own case: it names what they have that troubles them
 * ("from what you've written, it sounds like health anxiety"), or asks them about their case
 * in the thread ("which line looks wrong to you?", "how long has it been going on?"). Both work
 * through a case in public that belongs in a private channel. General advice posted to everyone
 * ("if it sounds like panic disorder, talk to your GP") is not a reply to anyone and passes.
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
  "from what you've told us", "what you're describing", "what you are describing", "what you've described", 'what you describe', 'you describe',
  "you've described", 'you mention', "you've mentioned",
]);
/** Answering what someone posted, without yet taking up their account. */
const ANSWERING_THEIR_POST = phrases(['saw your thread', 'saw your post', 'saw your tweet', 'saw your comment', 'thanks for sharing']);
/** Questions after the specifics of the person's own case, which only a reply to them can ask. */
const ABOUT_THEIR_CASE = new RegExp(
  "(?<![\\p{L}])(?:which (?:[a-z]+ ){0,2}?(?:line|lines|part|bit|charge|charges|item|items|session|sessions|appointment|appointments) (?:[a-z]+ ){0,2}?(?:looks?|looked|felt|feels|seemed|seems)" +
    '|where has (?:yours|your [a-z]+) (?:got|gotten) (?:stuck|to)|how long has (?:it|this|that) been (?:going on|happening|like this)' +
    '|did you (?:book|pay) (?:both ways|twice|online and|by phone and))(?![\\p{L}])',
  'gu',
);
/** Questions that open a case when asked in a reply: "what kind of support are you hoping for?", "what budget…?". */
const OPENING_THEIR_CASE = /(?<![\p{L}])(?:what (?:kind|sort|type) of (?:support|help|therapy) (?:are|were|is) (?:you|he|she|they)|what budget)(?![\p{L}])/gu;
/** "Tell us more about how the evenings are going": asked after a loss or a problem, it opens the case. */
const TELL_US_MORE = /(?<![\p{L}])tell (?:us|me) (?:a (?:bit|little) )?more about (?:how|what|your|the)(?![\p{L}])/gu;
/** "Happy to talk it through here": the case is to be worked in the thread. */
const TALK_IT_THROUGH_HERE = /(?<![\p{L}])(?:talk|chat) (?:it|this|that) through (?:here|in (?:this|the) thread|on here|below)(?![\p{L}])/gu;

/** What a case-in-reply signal says. */
const REASON = "Takes up someone's own case in public; move it to email, phone or a private message instead.";

/**
 * Signals for a reply that works someone's case in the thread. `reply` says the draft answers
 * someone (an @name, a greeting, "thanks for your message"), `problem` that it answers a problem
 * ("sorry", "complaint"), `privateChannel` that it moves the case to a private channel (then nothing is flagged).
 */
export const caseTakenUpInReply = (text: FoldedText, context: { readonly reply: boolean; readonly problem: boolean; readonly privateChannel: boolean }): Signal[] => {
  if (context.privateChannel) return [];
  const aboutTheirCase = findAll(text, ABOUT_THEIR_CASE)[0];
  if (aboutTheirCase) return [{ span: aboutTheirCase.span, reason: REASON }];
  const theirAccount = findAll(text, THEIR_ACCOUNT)[0];
  const answering = context.reply || context.problem || theirAccount !== undefined || findAll(text, ANSWERING_THEIR_POST).length > 0;
  if (!answering) return [];
  const named = findAll(text, NAMES_A_CONDITION)[0];
  if (named) return [{ span: named.span, reason: REASON }];
  // Taking up their account and then asking them more, in the thread.
  if (theirAccount && text.folded.indexOf('?', theirAccount.foldedEnd) >= 0) return [{ span: theirAccount.span, reason: REASON }];
  const asked = findAll(text, OPENING_THEIR_CASE)[0] ?? (context.problem ? findAll(text, TELL_US_MORE)[0] : undefined) ?? findAll(text, TALK_IT_THROUGH_HERE)[0];
  return asked ? [{ span: asked.span, reason: REASON }] : [];
};

/**
 * Word prefixes for the detector's `triggers`: the questions only a reply asks, and, since every
 * other signal above needs a reply, a problem or the person's own account, the account's words
 * and a reply's thanks (the detector's own triggers hold the greetings and the problem words).
 */
export const CASE_IN_REPLY_TRIGGERS = ['from what', 'what you', 'you describ', 'you mention', 'saw your', 'thanks', 'great question', 'good question', 'which', 'where has', 'how long', 'did you'];
