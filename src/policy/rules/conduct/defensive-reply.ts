import type { Detector, Signal } from '../detector.ts';
import { toOriginalSpan, type FoldedText } from '../../normalise-text.ts';
import { findAll, type Match } from '../match.ts';
import { phrases } from './sentences.ts';
import { triggerWords } from './trigger-words.ts';


/**
 * Answers criticism or a contentious post defensively or argumentatively, without insults:
 * "that's simply not true… maybe read up on it", "we need to correct a few things", "for the
 * record, we've done nothing wrong". A gracious apology that invites contact is not flagged.
 */

/**
 * Daring or lecturing the critic ("perhaps he'd like to explain that to…", "third time I've
 * explained this", "…would tell you that. But carry on."): weak cues, since each is also said to
 * toddlers, debating clubs and sponsored swimmers; they count in an answer to someone.
 */
const DARING_PHRASES: readonly string[] = [
  'obviously outweighs', 'clearly outweighs',
  "perhaps he'd like to explain", "perhaps she'd like to explain", "perhaps they'd like to explain", "maybe he'd like to explain", "maybe she'd like to explain",
  'glad to debate him', 'glad to debate her', 'happy to debate him', 'happy to debate her',
  'not letting it slide', "won't let it slide", 'keep replying until', "until it's taken down", 'until it is taken down',
  "third time i've explained", "i've already explained", 'i have already explained', 'happy to keep going if you are', 'but carry on', 'a glance at any research',
  'correct it every time', 'before lecturing', 'before you lecture', 'end of discussion',
  // "I'm done being polite" is said to slugs and the weather too; "if you'd read past the first page" to readers of self-help.
  "i'm done being polite", 'done being polite', "we're done being polite", "if you'd read past", 'if you had read past', "if you'd bothered to read past",
  // Losing patience with a thread: "I'll say it once more", "I won't be debating it further", "answered this a dozen times".
  "i'll say it once more", "won't be debating", 'will not be debating', 'insist on arguing', 'answered this a dozen times', 'answered this countless times', 'tired of defending',
  "i'll stop you there", 'wants to argue about', 'want to argue about', "i'll not be lectured", "won't be lectured", 'will not be lectured', 'before anyone else chimes in',
];

const DEFENSIVE_PHRASES: readonly string[] = [
  "that's not true", "that's simply not true", "that's just not true", "that's completely untrue", "that's untrue",
  'that is not true', 'that is simply not true', 'simply not true', 'simply untrue', 'completely untrue', 'totally untrue',
  "that's not the case", "that's false", "that's wrong", "that's nonsense", "that's rubbish", "that's a myth",
  "that's unfair", "that's not fair", "you're wrong", 'you are wrong', "you're mistaken", 'you are mistaken',
  "you're misinformed", 'ur wrong', 'u r wrong', 'ur mistaken', 'not backing down', "i'm not backing down", 'with respect, you', 'with all due respect', 'read up on it', 'maybe read up', 'perhaps read up', 'do your research', 'do some research',
  'check your facts', 'get your facts', 'before posting', 'before you post', 'before commenting', 'read the terms',
  'if you had read', "if you'd read", 'if you actually read', 'correct a few things', 'correct some things',
  'need to correct', 'set the record straight', 'for the record', 'done nothing wrong', 'did nothing wrong',
  'not done anything wrong', "haven't done anything wrong", "don't accept that", 'do not accept that', "won't accept",
  'we reject', 'we refute', 'we strongly dispute', 'we dispute', 'is simply wrong', 'is just wrong', 'is plain wrong',
  "won't be commenting further", 'will not be commenting further', 'no further comment', 'generalisation', 'generalization',
  'how dare', "it's not our fault", 'not our fault',
  'clearly stated', 'clearly states', 'as it says on', 'as clearly', "perhaps you're",
  "maybe you're", 'maybe you should', 'perhaps you should', 'frankly', 'let me be clear', 'let us be clear', 'to be clear,',
  'quite frankly', 'just to be clear', 'in future', 'we stand by', "let's be clear", "won't be apologising",
  'will not be apologising', 'perhaps if you', 'maybe if you', 'anyone who bothered', 'if you bothered', 'bothered to check',
  'bothered to read', 'any of your business', 'check the facts', 'we disagree', 'respectfully,', 'clearly shown',
  "we don't usually respond", "you're clearly", 'you clearly', "you've clearly", "clearly you didn't", "clearly you haven't",
  "you don't know what you're talking about", "don't know what you're talking about", 'with the greatest respect',
  "if you'd done your homework", 'if you had done your homework', 'take exception', 'not an accurate picture', 'not an accurate reflection', 'not a fair reflection', 'not a fair picture',
  'full of inaccuracies', 'full of lies', 'ask you to remove', 'remove your review', 'take your review down',
  'without speaking to us', 'without contacting us', 'without talking to us', 'the facts are very different', 'the facts are different',
  'disappointing that you', 'nothing to apologise for', 'nothing to apologize for', 'before jumping to conclusions', 'perhaps read our',
  'maybe read our', 'not going to apologise', "won't apologise",
  'will not apologise', 'make no apology', 'no apologies for', 'did everything right', 'did everything by the book',
  'this kind of review', 'clearly you', "you didn't read", "you haven't read", "didn't bother to read", "won't be bullied", 'will not be bullied',
  "won't be intimidated", 'anonymous reviewers', 'not what happened', "doesn't reflect what happened", "isn't what happened", 'never happened', "didn't happen",
  'needs correcting', 'need correcting', 'needs correction', 'we must correct', 'we have to correct', 'complain about anything',
  'moan about anything', 'funny how you', 'funny how this only', 'funny how that only', "funny how it's only", 'only complained after',
  'only came up after', 'where you got that idea', 'where you got this idea', "but it's wrong", 'but it is wrong',
  "but it's not true", "but it isn't true", 'funny how', 'our records show', 'our records tell', 'a very different story', 'maybe check the facts', 'perhaps check the facts', 'maybe check your facts', 'check your facts before', 'check the facts before posting',
  'check the facts before leaving', 'we completely disagree', 'we strongly disagree', 'we totally disagree', 'disagree with this review',
  'disagree with your review', 'disagree with your comment', 'where you got that', 'where you got this', 'completely reject', 'categorically deny', 'we deny', 'interesting that you', 'rather than contacting us',
  'instead of contacting us', 'rather than contact us', 'we have the emails', 'we have proof', 'to prove it',
  'with respect,', 'with respect', "we don't agree", 'we do not agree', "we can't agree", 'we cannot agree', "don't agree with a word",
  'misrepresent*', 'mischaracteri*', "doesn't add up", 'does not add up', "didn't mention", 'failed to mention', 'neglected to mention',
  'forgot to mention', 'conveniently', 'left out the part', 'find it odd', 'find it strange', 'find it curious', 'find it interesting',
  'find it surprising', 'whatever this review', 'whatever this comment', 'whatever you may think', 'gives anyone the right', 'gives you the right',
  'correct a few points', 'correct some points', 'correct the record', 'correct a couple of', 'a few inaccuracies', 'some inaccuracies',
  'we acted properly', 'acted properly', 'acted appropriately', 'acted professionally throughout', 'we followed our policy', 'followed procedure',
  'we are confident that our', "we're confident that our", "we're confident our", 'we are confident our', 
  "it's a shame you", 'shame you didn', 'a shame that you', 'and you know that', 'you know full well', 'as you well know',
  'we will not engage', "we won't engage", 'we will not tolerate', "we won't tolerate", 'trash a', 'trashing', 'one-sided', 'one sided',
  'not the full story', "isn't the full story", 'not the whole story', "isn't the whole story", 'other side of the story', 'our side of the story',
  'surprised by this review', 'surprised to see this review', 'surprised by your review', 'surprised to read this', 'you told us at the time',
  'at the time you said', 'you seemed happy', 'as our emails', 'our emails show', 'as our records', 'as the emails show',
  'defamatory', 'legal action', 'our solicitor', 'surprised by this review', 'surprised to see this review', 'surprised by your review', 'surprised to read this',
  'you told us at the time', 'at the time you said', 'you seemed happy', 'as our emails', 'our emails show', 'as our records', 'as the emails show', "shouldn't have been a surprise", 'should not have been a surprise', 'should have come as no surprise', 'unfounded', 'baseless', 'we were not at fault', 'we were in no way',
  // An apology that turns into a rebuttal, and disappointment aimed at the critic.
  'sorry you feel that way, but', 'sorry you feel like that, but', 'sorry you see it that way, but', 'sorry you think that, but',
  'disappointed that you', 'disappointed you', 'saddened that you', 'surprised that you',
  // Pointing the critic at what they should have read, and what "everyone" should know.
  "you'd know", 'you would know', "you'd have seen", 'you would have seen', "you'd have known", "if you'd checked", 'if you had checked',
  "if you'd looked", 'if you had looked', 'clearly listed', 'clearly set out', 'clearly displayed', 'clearly explained', 'never had a complaint', 'never had a single complaint', 'first complaint we', 'for everyone reading',
  'for anyone reading', 'for anyone else reading', 'just to clarify', 'to clarify,',
  ...DARING_PHRASES,
];
const DEFENSIVE = phrases(DEFENSIVE_PHRASES);
/** "that's simply not true", "this isn't accurate": contradicting someone flatly. */
const CONTRADICTION = new RegExp(
  "(?<![\\p{L}])(?:that|this|which)(?:['’]s|\\s+is|\\s+was)\\s+(?:(?:simply|just|completely|totally|absolutely|entirely|categorically|plainly|frankly|quite|wholly|deeply|grossly|factually|an?)\\s+){0,3}" +
    "(?:not\\s+(?:true|correct|accurate|the\\s+case|fair)|untrue|false|incorrect|inaccurate|misleading|wrong|nonsense|unfair|unjust)(?![\\p{L}])|" +
    "(?<![\\p{L}])(?:that|this|which|it)\\s+(?:simply\\s+|just\\s+)?(?:isn['’]t|wasn['’]t)\\s+(?:true|correct|accurate|the\\s+case|fair)(?![\\p{L}])(?!\\s+that)|" +
    "(?<![\\p{L}])(?:review|comment|post|claim|claims|allegations?|accusations?|account|version|description|portrayal)\\s+(?:(?:of|about)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?)?(?:is|are|was|were)\\s+(?:simply\\s+|just\\s+|completely\\s+|totally\\s+|entirely\\s+|clearly\\s+|frankly\\s+)?(?:untrue|false|misleading|inaccurate|unfair|wrong|nonsense|baseless|unfounded|not\\s+(?:true|accurate|correct|fair|right|what\\s+happened))(?![\\p{L}])|" +
    "(?<![\\p{L}])(?:that|it|which|(?:this|the|that|your)(?:\\s+(?:review|comment|post|account|version(?:\\s+of\\s+events)?))?)\\s+(?:simply\\s+|just\\s+)?(?:doesn['’]t|does\\s+not|didn['’]t|did\\s+not)\\s+(?:reflect|match|represent|describe)\\s+(?:what|the\\s+facts|the\\s+truth|reality|our\\s+records|how|the\\s+care|the\\s+service|our\\s+service|your\\s+sessions)(?![\\p{L}])|" +
    "(?<![\\p{L}])(?:that|this|it)(?:['’]s|\\s+is|\\s+was)?\\s*(?:n['’]t|\\s+not)\\s+(?:an?\\s+)?(?:fair|accurate|true|balanced|honest|correct)\\s+(?:account|picture|reflection|description|representation|summary|version|portrayal)(?![\\p{L}])|" +
    "(?<![\\p{L}])(?:that|this)(?:['’]s|\\s+is)\\s+(?:an?\\s+)?(?:bit\\s+of\\s+an?\\s+)?(?:massive|huge|sweeping|gross|lazy|unfair|big)?\\s*(?:generali[sz]ation|exaggeration|oversimplification|misrepresentation|distortion|straw\\s+man)(?![\\p{L}])|" +
    "(?<![\\p{L}])you(?:['’]re|\\s+are)\\s+(?:simply\\s+|just\\s+|completely\\s+|totally\\s+|quite\\s+|clearly\\s+|plainly\\s+)?(?:wrong|mistaken|misinformed|confused|incorrect)(?![\\p{L}])|" +
    "(?<![\\p{L}])and\\s+you\\s+know\\s+it(?![\\p{L}])|" +
    "(?<![\\p{L}])(?:it|that|this)(?:['’]s|\\s+is|\\s+was)\\s+(?:(?:a\\s+little|a\\s+bit|rather|somewhat|quite|very|really|deeply|hugely|pretty)\\s+)?(?:unfair|unjust|wrong|misleading|inaccurate)\\s+to\\s+(?:judge|say|suggest|claim|describe|call|imply|accuse|paint|write|label|dismiss|blame|single)(?![\\p{L}])|" +
    "(?<![\\p{L}])(?:not|n['’]t)\\s+(?:quite\\s+|exactly\\s+|really\\s+)?(?:how|what)\\s+(?:(?:it|things|that|this)\\s+)?(?:happened|went|played\\s+out|unfolded|was\\s+said)(?![\\p{L}])|" +
    "(?<![\\p{L}])you(?:['’]re|\\s+are)\\s+(?:simply\\s+|clearly\\s+|just\\s+)?(?:misremembering|misreading|misquoting|twisting|exaggerating|confusing\\s+us)(?![\\p{L}])",
  'gu',
);

/** Sarcasm opening an @reply: "@dave sure, Dave, because one Reddit thread obviously outweighs the evidence" (not "@amy sure, because some of you asked…"). */
const SARCASTIC_REPLY = /^\s*(?:replying to\s+)?@[\p{L}\p{N}_]+[\s,:]+((?:oh\s+|yeah\s+)?(?:sure|right),?\s+(?:[\p{L}]+,?\s+)?(?:because|since)\s+(?:one|some|your|a|random))(?![\p{L}])(?=[^.!?\n]{0,80}?(?:obviously|clearly|of course|totally|outweighs|trumps|knows better|beats))/u;
const sarcasticReply = (text: FoldedText): Match[] => {
  // Most drafts are no reply: a look at the first character spares them the pattern.
  const opening = text.folded.trimStart();
  if (!opening.startsWith('@') && !opening.startsWith('replying')) return [];
  const sarcasm = SARCASTIC_REPLY.exec(text.folded);
  if (!sarcasm) return [];
  const end = sarcasm[0].length;
  const start = end - sarcasm[1]!.length;
  return [{ span: toOriginalSpan(text, start, end), text: sarcasm[1]!, foldedStart: start, foldedEnd: end, groups: [] }];
};

/** Reply-ish wording: the "in future" / "frankly" cues only count in an answer to someone. */
const WEAK = new Set(['before commenting', 'read the terms', 'need to correct', 'clearly you', "you're clearly", 'you clearly', "you've clearly",
  'anonymous reviewers', 'perhaps if you', 'maybe if you', 'if you had read', "if you'd read", 'is simply wrong', 'is just wrong',
  'is plain wrong', 'interesting that you', 'where you got that', 'where you got this', 'never happened', "didn't happen", 'funny how', 'a very different story', 'our records show', 'our records tell',
  'needs correcting', 'need correcting', 'for the record', 'respectfully,', 'clearly shown', "we don't usually respond", 'check the facts', 'we disagree', 'do your research', 'do some research', 'check your facts', "that's a myth", "that's unfair", "that's not fair",
  'maybe you should', 'perhaps you should', 'rather than contacting us', 'instead of contacting us', 'rather than contact us', 'to prove it', "maybe you're", "perhaps you're", "won't accept", 'as it says on', 'as clearly', 'in future', 'frankly', 'quite frankly', 'before posting', 'before you post', 'generalisation', 'generalization', 'clearly stated', 'clearly states', 'we stand by', 'to be clear,', 'just to be clear',
  'with respect,', 'with respect', "we don't agree", 'we do not agree', "we can't agree", 'we cannot agree', 'misrepresent', "doesn't add up",
  'does not add up', "didn't mention", 'failed to mention', 'neglected to mention', 'forgot to mention', 'conveniently', 'find it odd', 'find it strange',
  'find it curious', 'find it interesting', 'find it surprising', 'acted properly', 'acted appropriately', 'followed procedure', 'we followed our policy',
  "we're confident that our", 'we are confident that our', "we're confident our", 'we are confident our', 'trash a', 'trashing', 'one-sided', 'one sided',
  'not the full story', "isn't the full story", 'not the whole story', "isn't the whole story", 'other side of the story', 'our side of the story',
  'legal action', 'our solicitor', "shouldn't have been a surprise", 'should not have been a surprise', 'should have come as no surprise', 'unfounded', 'baseless', 'we will not tolerate', "we won't tolerate", 'correct the record',
  "you'd know", 'you would know', "you'd have seen", 'you would have seen', "you'd have known", "if you'd checked", 'if you had checked',
  "if you'd looked", 'if you had looked', 'clearly listed', 'clearly set out', 'clearly displayed', 'clearly explained', 'never had a complaint', 'never had a single complaint', 'first complaint we', 'for everyone reading', 'for anyone reading',
  'for anyone else reading', 'just to clarify', 'to clarify,', 'surprised that you', ...DARING_PHRASES]);
const isWeak = (match: Match): boolean => {
  const cue = match.text.replace(/\s+/gu, ' ').replaceAll('’', "'");
  return WEAK.has(cue) || cue.startsWith('misrepresent') || cue.startsWith('mischaracteri');
};
const ANSWERING = phrases(['you', 'your', 'our', 'this', 'review', 'comment', 'comments', 'post', 'posts', 'posting', 'thread', 'feedback', 'claim', 'claims', 'suggest*', "that's", 'we']);

/** Signs that the draft answers someone: their review, comment or post, or an @reply. */
const REPLY_MARKER = phrases(['your version', 'your account of', 'review', 'reviews', 'comment', 'comments', 'posting', 'posted', 'you said', 'you claim', 'you suggest', 'your post', 'your comment', 'your review', 'thread']);
const hasReplyMarker = (folded: string): boolean => {
  REPLY_MARKER.lastIndex = 0;
  return folded.trimStart().startsWith('@') || REPLY_MARKER.test(folded);
};

export const defensiveReply: Detector = {
  id: 'defensive-reply',
  description: 'Answers criticism or a contentious post defensively or argumentatively.',
  // Every contradiction ends on one of these verdict words.
  triggers: triggerWords([DEFENSIVE_PHRASES], [
    'true', 'correct', 'accurate', 'case', 'fair', 'untrue', 'false', 'incorrect', 'inaccurate', 'misleading', 'wrong', 'nonsense', 'unfair',
    'unjust', 'baseless', 'unfounded', 'generali', 'exaggera', 'oversimp', 'misrepre', 'distorti', 'straw', 'mistaken', 'misinfor', 'confused',
    'know', 'reflect', 'match', 'represen', 'describe', 'honest', 'balanced', 'right', 'happened', 'went', 'played', 'unfolded', 'said',
    'misremem', 'misreadi', 'misquoti', 'twisting', 'exaggera', 'confusin', 'sure',
  ]),
  detect: ({ text }) => {
    const contradictions = [...findAll(text, CONTRADICTION), ...sarcasticReply(text)];
    const contradicts = (match: Match) => contradictions.some((other) => other.foldedStart < match.foldedEnd && match.foldedStart < other.foldedEnd);
    const found = [...contradictions, ...findAll(text, DEFENSIVE)].sort((a, b) => a.foldedStart - b.foldedStart);
    if (found.length === 0) return [];
    // "Think you need a crisis to get therapy? That's not true." busts a myth; it answers nobody.
    const mythBusting = !hasReplyMarker(text.folded) && (/\?\s*$/u.test(text.folded.slice(0, found[0]!.foldedStart)) || /(?<![\p{L}])myths?(?![\p{L}])/u.test(text.folded));
    const strong = found.filter((match) => !isWeak(match) && !(mythBusting && contradicts(match)));
    const weak = found.filter(isWeak);
    ANSWERING.lastIndex = 0;
    // One weak cue is ordinary writing; two, or one with a strong cue, read as arguing back.
    // In an answer to a review, comment or @reply, a single weak cue is enough.
    const cues = strong.length > 0 || (weak.length >= 2 && ANSWERING.test(text.folded)) || (weak.length >= 1 && hasReplyMarker(text.folded)) ? found : [];
    const signals: Signal[] = cues.slice(0, 3).map((match) => ({
      span: match.span,
      reason: `Answers back defensively ("${text.original.slice(...match.span)}"); take time, and take it to email or phone.`,
    }));
    return signals;
  },
};
