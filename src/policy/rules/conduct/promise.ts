import type { Detector, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { phrases, sentenceIndexAt, sentencesOf } from './sentences.ts';
import { triggerWords } from './trigger-words.ts';


/**
 * Promises, guarantees and commitments: "guaranteed results", "we guarantee", "I'll
 * definitely", "you WILL leave with…", "money back", "we reply within one hour, 7 days a
 * week". Not "promise" in other senses ("shows promise", "a promising start", "a promise to
 * yourself").
 */

const PROMISES_PHRASES: readonly string[] = [
  'guarantee', 'guarantees', 'guaranteed', 'guaranteeing', 'we promise', 'i promise', 'we can promise', 'i can promise',
  'promise you', 'promise that', "that's a promise", "it's a promise", 'you have my word', 'we give you our word',
  "i'll definitely", 'i will definitely', "we'll definitely", 'we will definitely', 'will definitely',
  "i'll absolutely", "we'll absolutely",
  'money back', 'money-back', 'your money back', 'full refund if', 'refund if you', 'no quibble', 'no-quibble',
  '100% success', '100% guaranteed', '100% certain', '100% sure', 'risk-free', 'risk free', 'without fail',
  'will be cured', 'cure your', 'cures your', 'forever changed',
  'never feel anxious again', 'never be anxious again', 'never feel stressed again', 'reply to every', 'respond to every',
  'answer every', 'no waiting list ever', "you'll definitely", 'you will definitely', "you'll absolutely",
  "i'll make sure of it", "we'll make sure of it", 'personally guarantee', 'personally make sure', 'we commit to', 'i commit to',
  'we pledge', 'i pledge', 'our pledge', 'our promise', 'my promise', "won't let you down", 'will not let you down',
  'never let you down', 'count on that', 'count on it', 'count on us', 'works for everyone', 'works every time', 'works for anyone', 'no matter how busy', '7 days a week', '24/7', 'round the clock', 'around the clock',
  'day or night', 'any time of day or night', 'i swear', 'we swear', 'hand on heart', 'you can bank on it', 'you can bank on that', 'cross my heart', 'rest assured', 'take my word for it',
  'our commitment to you', 'my commitment to you', "that's our commitment", "that's my commitment", 'you have our word', 'we give you our word',
  '100% of clients', '100% of our clients', '100% of people', '100% of the time', 'works for all', 'every single time',
  'without exception', 'no ifs, no buts', 'no ifs or buts',
];
const PROMISES = phrases(PROMISES_PHRASES);
/** "promise!" closing a sentence, or "— promise", is a promise too. */
const BARE_PROMISE = /(?<![\p{L}])promise(?=\s*[!.]|\s*$)|[—–-]\s*promise(?![\p{L}])/gu;

/** "beat anxiety for good": a lasting outcome promised. */
const FOR_GOOD = /(?<![\p{L}])(?:beat|fix|cure|end|banish|overcome|conquer|kick|stop|solve|eliminate|get\s+rid\s+of|say\s+goodbye\s+to|goodbye\s+to|free\s+yourself\s+(?:of|from)|be\s+free\s+(?:of|from))\s+(?:[\p{L}'’-]+\s+){0,3}?(?:for\s+good|once\s+and\s+for\s+all|forever|permanently)(?![\p{L}])/gu;

/** "we'll reply within the hour", "seen within 48 hours": a fast response promised (days are a stated service level). */
const FAST_RESPONSE = /(?<![\p{L}])(?:reply|respond|answer|get\s+back\s+to\s+you|call\s+you\s+back|see\s+you|be\s+seen|seen|matched|contacted|called\s+back|booked\s+in|assessed|in\s+touch)\s+(?:[\p{L}-]+\s+){0,3}?within\s+(?:the\s+|an?\s+|one\s+|two\s+|three\s+|a\s+few\s+|\d+\s+)?(?:minutes?|mins?|hours?|hrs?)(?![\p{L}])|(?<![\p{L}])same[\s-]day\s+(?:slot|appointment|session|reply|response)s?(?![\p{L}])/gu;
/** "I'll get you seen this week", "you'll never have another panic attack". */
const CERTAIN_OUTCOME = /(?<![\p{L}])you(?:['’]ll|\s+will)\s+(?:definitely\s+|instantly\s+|immediately\s+|always\s+|absolutely\s+)?(?:feel|leave|walk\s+out|walk\s+away|come\s+away|come\s+out|go\s+home|be|sleep)\s+(?:(?:of|from)\s+(?:[\p{L}'’-]+\s+){0,3}?)?(?:feeling\s+|so\s+much\s+|much\s+)?(?:better|lighter|calmer|happier|a\s+new\s+person|like\s+a\s+new|transformed|fixed|cured|stress-free|anxiety-free|healed|sorted|well\s+again)(?![\p{L}])|(?<![\p{L}])(?:every|each|all)\s+(?:new\s+|single\s+)?(?:clients?|enquir(?:y|ies)|messages?|callers?|referrals?|emails?|patients?|people)\s+(?:will|(?:['’]ll))\s+(?:be\s+)?(?:seen|contacted|called|answered|booked|helped|get|receive|hear)(?![\p{L}])|(?<![\p{L}])(?:i|we)(?:['’]ll|\s+will)\s+(?:definitely\s+|personally\s+)?(?:get\s+back\s+to|reply\s+to|respond\s+to|answer|call\s+back|ring\s+back|see)\s+(?:every|everyone|everybody|all|each)(?![\p{L}])|(?<![\p{L}])(?:i|we)(?:['’]ll|\s+will)\s+(?:definitely\s+|personally\s+)?(?:have|get)\s+(?:the|your|it|this|them)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:running|ready|sorted|fixed|done|live|open|back)\s+by(?![\p{L}])|(?<![\p{L}])(?:i|we)(?:['’]ll|\s+will)\s+(?:get|have|fit|squeeze)\s+you\s+(?:in|seen|off|a\s+slot|an\s+appointment|booked)(?![\p{L}])|(?<![\p{L}])(?:i|we)(?:['’]ll|\s+will)\s+make\s+sure\s+(?:that\s+)?you(?:['’]re|\s+are|\s+get|\s+have)?(?![\p{L}])|(?<![\p{L}])you(?:['’]ll|\s+will)\s+never\s+(?:have|feel|get|suffer|experience|worry)(?![\p{L}])|(?<![\p{L}])(?:anxiety|depression|stress|panic|worries|problems?|pain|insomnia)\s+will\s+be\s+(?:gone|over|cured|fixed|a\s+thing\s+of\s+the\s+past)(?![\p{L}])|(?<![\p{L}])(?:we|our\s+(?:[\p{L}-]+\s+){0,2}?(?:therapists|counsellors|team|sessions|therapy|programme|course|approach))\s+(?:can|will|['’]ll)\s+(?:save|fix|cure|heal|mend|solve|sort)\s+(?:any|every)\s+(?:relationship|marriage|problem|issue|couple|family|person|one)(?![\p{L}])/gu;
/** "we'll always have a slot for you": capacity promised. */
const ALWAYS_ABLE = /(?<![\p{L}])(?:['’]ll|will)\s+always\s+(?:have|be\s+able|find|fit|see|reply|respond|answer|call)(?![\p{L}])|(?<![\p{L}])(?:call\s+you\s+back|reply|replies|response|answer|respond|get\s+back\s+to\s+you|callback|call\s+back)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:on\s+)?the\s+same\s+day(?![\p{L}])/gu;

/** "I'll match your current rate for as long as you want to keep coming": a fee or a slot held open without end ("I'll be there for as long as you need" is a friend's). */
const OPEN_ENDED = /(?<![\p{L}])(?:i|we)(?:['’]ll|\s+will)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:rates?|prices?|fees?|slot|discount)\s+(?:[\p{L}'’-]+\s+){0,3}?for\s+as\s+long\s+as\s+you\s+(?:want|like|need|wish)(?![\p{L}])/gu;

/**
 * "yes, we'll 100% be back to full hours by the 1st", "everyone who signed up is assured a free
 * taster session": a service committed to. Not "we'll 100% be back next year" (a day out) or
 * "pensioners are assured a free bus pass" (someone else's scheme).
 */
const SERVICE_COMMITTED = /(?<![\p{L}])(?:we(?:['’]ll| will) 100% (?:be (?:open|back to (?:full|normal|our)|able to (?:see|fit|offer|help))|get you (?:seen|in|booked)|fit you in|see you (?:this|next|within|by|before))|(?:(?:anyone|everyone|whoever)(?: who)? (?:signs? up|signing up|books?|booking|registers?|registering|joins?|joining)(?: [\p{L}]+){0,3}? (?:is|are)|you(?:['’]re| are)) (?:certain|sure|guaranteed) to (?:get|have) (?:a|an|your) (?:first )?(?:appointment|session|slot|place|consultation|assessment)|(?:is|are) assured (?:of )?a free (?:session|taster(?: session)?|consultation|appointment|assessment|first session|call|place on (?:our|the) (?:course|group|workshop)))(?![\p{L}])/gu;

/** "you WILL leave": capitals carry the commitment. Checked on the original draft. */
const SHOUTED_WILL = /\b(?:you|You|YOU)\s+WILL\b/gu;

/** Words that make "for good", "24/7", "within" a description rather than a promise of ours. */
const ABOUT_US = /(?:^|[^\p{L}])(?:we|we['’]ll|we['’]re|i|i['’]ll|our|us|you['’]ll|you\s+will)(?:[^\p{L}]|$)/u;
/** "thanks to the crisis team for the work they do around the clock": someone else is the last subject named. */
const THEIR_DOING = /(?:^|[^\p{L}])(?:they|they['’]re|he|she|who)\s+(?:[\p{L}'’]+\s+){0,3}$/u;
/** "our team, who answer day or night": the "who" is ours. */
const OUR_WHO = /(?<![\p{L}])(?:our|my)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+,?\s+who\s+(?:[\p{L}'’]+\s+){0,3}$/u;
/** A commitment still ahead in the words after "promise": then it is a promise, whatever else is past. */
const FUTURE = /(?<![\p{L}])(?:will|won['’]t|['’]ll|going\s+to|shall)(?![\p{L}])/u;
/** "I promise the photos were taken out of context": an assurance about the past, not a commitment. */
const ABOUT_THE_PAST = /^\s+(?:[\p{L}'’-]+\s+){0,7}?(?:was|were|wasn['’]t|weren['’]t|did|didn['’]t|had|hadn['’]t)(?![\p{L}])/u;
const CONTEXT_NEEDED = new Set(['7 days a week', '24/7', 'round the clock', 'around the clock', 'forever changed', 'day or night', 'any time of day or night']);
/**
 * Emphasis that commits to something only when its sentence is about us or you, or about what
 * will be ("hand on heart, we'll fit you in", "the letter will be with you tomorrow without
 * fail"): "hand on heart, jaffa cakes are biscuits" promises nobody anything. Claims that
 * something works ("works every time") stay promises wherever they are: said of a breathing
 * trick, they promise an outcome.
 */
const EMPHASIS_NEEDING_US = new Set([
  'hand on heart', 'i swear', 'we swear', 'cross my heart', 'take my word for it', 'every single time', 'without fail',
  'without exception', '100% sure', '100% certain', 'reply to every', 'respond to every', 'answer every', 'count on it', 'count on that',
]);

/** "shows promise", "a promise to yourself", "broke a promise": the noun, not a commitment. */
const SELF_PROMISE = /(?:yourself|shows?|showing|showed|great|real|early)\s*$/u;
const PROMISE_AS_NOUN = /(?:^|\s)(?:a|the|my|your|his|her|their|that|this|broken|empty|kept|keep|make|made|break|broke)\s*$/u;
/** "we try to reply to every message": an aim, not a commitment. */
const HEDGED = /(?:try|tries|trying|aim|aims|hope|strive|do\s+our\s+best|do\s+my\s+best)\s+to\s+$/u;
/** "no one can guarantee", "we can't promise": honest limits, not promises. */
const NEGATED = /(?:^|\s)(?:no|nothing|none|not|never|cannot|can['’]t|won['’]t|couldn['’]t|isn['’]t|aren['’]t|doesn['’]t|don['’]t|nobody|without)\s+(?:[\p{L}'’]+\s+){0,2}$/u;

/** A sentence that only hopes or aims ("we hope to have the ramp in by summer"), with no word of certainty. */
const HOPES_ONLY = /(?<![\p{L}])(?:hope|hoping)\s+to(?![\p{L}])|(?<![\p{L}])(?:fingers\s+crossed|all\s+being\s+well)(?![\p{L}])/u;
const CERTAINTY = /(?<![\p{L}])(?:guarantee\w*|promise\w*|definitely|certainly|100%|without\s+fail|for\s+sure|no\s+doubt|cure\w*|fix(?:es|ed)?|always|every\s+time|for\s+good|for\s+life|forever|[\p{L}]+-free|symptom\w*|anxiety)(?![\p{L}])/u;

export const promise: Detector = {
  id: 'promise',
  description: 'Promises, guarantees or commits to something without checking it can be delivered.',
  // The regular expressions all need one of these ("we'll" is read as "we" and "ll").
  triggers: triggerWords([PROMISES_PHRASES], ['promis', 'good', 'once', 'forever', 'permanen', 'within', 'same', 'always', 'will', 'll', 'save', 'fix', 'cure', 'heal', 'mend', 'solve', 'sort', 'assured', 'certain to', 'sure to', 'guaranteed']),
  detect: ({ text }) => {
    const signals: Signal[] = [];
    for (const match of [...findAll(text, PROMISES), ...findAll(text, BARE_PROMISE), ...findAll(text, FOR_GOOD), ...findAll(text, FAST_RESPONSE), ...findAll(text, ALWAYS_ABLE), ...findAll(text, CERTAIN_OUTCOME), ...findAll(text, OPEN_ENDED), ...findAll(text, SERVICE_COMMITTED)]) {
      const before = text.folded.slice(Math.max(0, match.foldedStart - 40), match.foldedStart);
      // "It will definitely rain" forecasts; "your session will definitely be this week" commits.
      if (match.text.startsWith('will') && /(?:^|\s)(?:it|this|that|there|which)\s*$/u.test(before)) continue;
      if (SELF_PROMISE.test(before) || NEGATED.test(before) || HEDGED.test(before) || (match.text.startsWith('promise') && PROMISE_AS_NOUN.test(before)) || /^\s+yourself/u.test(text.folded.slice(match.foldedEnd, match.foldedEnd + 10))) continue;
      const next = text.folded.slice(match.foldedEnd, match.foldedEnd + 60);
      if (/promise$/u.test(match.text) && ABOUT_THE_PAST.test(next) && !FUTURE.test(next)) continue;
      if (EMPHASIS_NEEDING_US.has(match.text.replace(/\s+/gu, ' '))) {
        const [from, to] = sentencesOf(text)[sentenceIndexAt(text, match.foldedStart)]!;
        const sentence = text.folded.slice(from, to);
        if (!ABOUT_US.test(sentence) && !FUTURE.test(sentence)) continue;
      }
      if (CONTEXT_NEEDED.has(match.text.replace(/\s+/gu, ' '))) {
        // "The Samaritans are there 24/7" is someone else's service; "we reply 24/7" is ours.
        const leadIn = text.folded.slice(Math.max(0, match.foldedStart - 80), match.foldedStart);
        const lastClause = `${leadIn}${match.text}`.split(/[.!?\n;—–]/u).at(-1) ?? leadIn;
        if (!ABOUT_US.test(lastClause) || (THEIR_DOING.test(leadIn) && !OUR_WHO.test(leadIn))) continue;
      }
      signals.push({ span: match.span, reason: `Makes a promise or commitment ("${text.original.slice(...match.span)}"); check it can be delivered.` });
    }
    SHOUTED_WILL.lastIndex = 0;
    for (let found = SHOUTED_WILL.exec(text.original); found; found = SHOUTED_WILL.exec(text.original)) {
      signals.push({ span: [found.index, found.index + found[0].length], reason: `Promises an outcome ("${found[0]}"); check it can be delivered.` });
    }
    return signals.sort((a, b) => a.span[0] - b.span[0]);
  },
  // The model reads plans as promises; a sentence that says it only hopes ("we hope to…, and will
  // update you") is the non-committal wording the policy asks for.
  contradictsLearned: ({ text }, span) => {
    const passage = text.original.slice(span[0], span[1]).toLowerCase();
    return HOPES_ONLY.test(passage) && !CERTAINTY.test(passage);
  },
};
