import type { FoldedText } from '../../normalise-text.ts';
import type { Detector, Signal } from '../detector.ts';
import { findAll, type Match } from '../match.ts';
import { CASE_IN_REPLY_TRIGGERS, caseTakenUpInReply, type ReplyContext } from './case-in-reply.ts';
import { phrases, sentenceIndexAt, sentencesOf } from './sentences.ts';
import { triggerWords } from './trigger-words.ts';


/**
 * Starts resolving a complicated enquiry, complaint or case in public, or asks someone to set
 * out their details in public ("post your complaint below", "reply with the dates you were
 * charged", "it's a bit complicated! With your insurer it depends…"). Inviting someone to call
 * or email is the right channel and is not flagged.
 */

/** Asking for details to be posted where everyone can see them. */
const ASK_PUBLICLY = new RegExp(
  '(?<![\\p{L}])(?:post|share|put|leave|write|drop|pop|type|add|stick|reply|respond|set\\s+out|list|give|tell\\s+us|let\\s+us\\s+know|show\\s+us|upload|attach|paste|comment)\\s+(?:[\\p{L}\'’-]+\\s+){0,10}?(?:below|here|in\\s+the\\s+comments|in\\s+the\\s+thread|in\\s+this\\s+thread|on\\s+this\\s+thread|on\\s+this\\s+post|in\\s+the\\s+replies|in\\s+a\\s+comment|in\\s+the\\s+comment\\s+section|publicly|under\\s+this\\s+post)(?![\\p{L}])|' +
    '(?<![\\p{L}])(?:reply|comment|respond)\\s+(?:[\\p{L}]+\\s+){0,3}?with\\s+(?:your|the|which|what|how|whether|when)(?![\\p{L}])|' +
    "(?<![\\p{L}])(?:reply|comment|respond|answer)\\s+(?:below\\s+|here\\s+)?(?:and|&)\\s+(?:we|i)(?:['’]ll|\\s+will|\\s+can)(?![\\p{L}])",
  'gu',
);
/** "drop us an email rather than sharing details here": the thread is what it steers away from. */
const NOT_HERE = /(?<![\p{L}])(?:rather than|instead of)\s+(?:sharing|posting|putting|leaving|writing|giving)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:here|below|in\s+the\s+comments|in\s+(?:this|the)\s+thread)(?![\p{L}])/u;
/** What the asking is about: a case, not an opinion or a favourite book. */
const CASE_WORDS = phrases([
  'complaint', 'complaints', 'detail', 'details', 'dates', 'date', 'booking*', 'booked', 'paid', 'payment*', 'charged',
  'invoice*', 'refund*', 'account', 'reference', 'order', 'policy number', 'card', 'bank', 'name of', 'session you',
  'what happened', 'what went wrong', 'name of the', 'time of your', 'which therapist', 'what time', 'what day', 'which day', 'policy', 'insurer', 'insurance', 'provider', 'your case', 'your claim', 'claim number', 'address', 'phone number', 'email address', 'diagnosis',
  'browser', 'device', 'error', 'error message', 'screenshot*', 'photo of', 'picture of', 'code', 'receipt*', 'confirmation',
  'the amount', 'how much', 'when you', 'when did you', 'which session', 'what session', 'which appointment', 'what went on',
  'your concern', 'safeguarding', 'about what you saw', 'about what you heard', 'about what you noticed', 'transaction', 'last four digits', 'membership number', 'username', 'app version', 'what you tried', 'exactly what',
]);
/** "Which session did you enjoy most? Tell us in the comments!": a poll of opinions, not a case. */
const ASKS_OPINION = /(?<![\p{L}])(?:enjoy|enjoyed|loved|favourite|favorite|like best|liked best|liked most|most helpful|most useful|vote|looking forward|most excited)(?![\p{L}])/u;
/** The draft answers a problem: then asking for specifics in the thread is working the case in public. */
const PROBLEM_PHRASES: readonly string[] = [
  'sorry', 'apologies', 'problem', 'problems', 'issue', 'issues', "didn't work", 'did not work', "isn't working", 'not working', "wasn't working",
  "doesn't work", 'went wrong', 'mix-up', 'mix up', 'mixup', 'confusion', 'complaint', 'glitch', 'bug', 'error', 'double charge*', 'charged twice',
  'oh no', 'frustrating', 'trouble', 'failed', 'missed', 'cancelled', 'canceled',
];
const PROBLEM = phrases(PROBLEM_PHRASES);
/** Questions after a case's specifics: "which session was it?", "how much were you charged?", "when did you book?". */
const CASE_QUESTION = new RegExp(
  "(?<![\\p{L}])(?:which|what)\\s+(?:date|day|time|session|appointment|therapist|counsellor|card|browser|device|phone|app|step|page|error|email\\s+address|amount|reference|voucher|code|invoice|booking)s?\\s+(?:did|was|were|do|does|is|are|had|have|you)(?![\\p{L}])|" +
    "(?<![\\p{L}])how\\s+much\\s+(?:were|was|did|have|had)\\s+(?:you|they|we)(?![\\p{L}])|" +
    "(?<![\\p{L}])(?:what|which)\\s+was\\s+the\\s+(?:exact\\s+)?(?:amount|date|time|day|reference|error|code|session|fee|charge)(?![\\p{L}])|" +
    "(?<![\\p{L}])when\\s+(?:exactly\\s+)?did\\s+you\\s+(?:book|pay|buy|try|cancel|call|email|purchase|sign\\s+up|first\\s+notice)(?![\\p{L}])|" +
    "(?<![\\p{L}])what\\s+(?:exactly\\s+)?(?:happened|went\\s+wrong|did\\s+the\\s+(?:email|message|confirmation|error|screen|page|app)\\s+say)(?![\\p{L}])",
  'gu',
);
/** Promising to sort the case out in the thread. */
const RESOLVE_HERE = new RegExp(
  '(?<![\\p{L}])(?:get\\s+to\\s+the\\s+bottom\\s+of\\s+(?:it|this|that)|fix\\s+it|fix\\s+this|look\\s+into\\s+it|look\\s+into\\s+this|investigate|refund\\s+you|rebook\\s+you|put\\s+it\\s+right|go\\s+through\\s+it|go\\s+through\\s+them|work\\s+through\\s+it|work\\s+it\\s+out|sort\\s+it\\s+out|sort\\s+this\\s+out|sort\\s+out|get\\s+it\\s+sorted|get\\s+this\\s+sorted|deal\\s+with\\s+it|resolve\\s+it)' +
    '(?:\\s+[\\p{L}\'’-]+){0,10}?\\s+(?:here|right\\s+here|in\\s+the\\s+thread|in\\s+this\\s+thread|in\\s+the\\s+comments|in\\s+the\\s+replies|publicly|on\\s+here|so\\s+everyone\\s+can\\s+see)(?![\\p{L}])|' +
    "(?<![\\p{L}])let['’]s\\s+(?:get\\s+to\\s+the\\s+bottom\\s+of\\s+(?:it|this)|get\\s+it\\s+sorted|get\\s+this\\s+sorted|fix\\s+it|fix\\s+this|sort\\s+it(?:\\s+out)?|sort\\s+this(?:\\s+out)?|deal\\s+with\\s+it|work\\s+it\\s+out)\\s+(?:here|on\\s+here|in\\s+the\\s+thread)(?![\\p{L}])",
  'gu',
);
const UNTANGLE_HERE = /(?<![\p{L}])(?:untangle|unpick|crack)\s+(?:it|this)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:here|on\s+here|in\s+the\s+thread|in\s+the\s+comments)(?![\p{L}])/gu;
/** A complicated answer started in public: "it's complicated", "it depends on"… */
const COMPLICATED = phrases(["it's a bit complicated", "it's complicated", "it's a bit tricky", "it's tricky", 'tricky one', 'it depends on', 'depends on your', 'depends on whether', 'it can get complicated']);
const CONDITIONS = phrases(['if', 'whether', 'unless', 'depends', 'depending', 'otherwise', 'except', 'in which case', 'different again']);
/** What a public case is about: money, cover and bookings. */
const MONEY_MATTERS = phrases([
  'insurer', 'insurance', 'insured', 'cover', 'covered', 'claim', 'excess', 'policy', 'pre-authorisation', 'authorisation',
  'refund*', 'fee', 'fees', 'charge', 'charged', 'cancel*', 'prepaid', 'block', 'invoice*', 'payment*', 'paid', 'booking*',
  'booked', 'price', 'prices', 'discount*', 'eap', 'referral', 'transfer*',
]);
/** Starting to explain something long-winded: what a reply says before working through a case. */
const EXPLAINING = phrases([
  "it's a bit complicated", "it's complicated", "it's a bit tricky", "it's a tricky one", 'to explain fully', 'let me explain',
  "let's unpick", 'let me unpick', "it's a long story", 'long story short', 'bear with me', 'here goes',
]);
/** Answering someone's message or question in the thread ("thanks for flagging the parking, Lyn", "great question about…"). */
const ANSWERING = phrases([
  'thanks for flagging', 'thanks for the message', 'thanks for your message', 'thanks for asking', 'thanks for the question',
  'thanks for your question', 'great question', 'good question', 'thanks for raising', 'thanks for your interest', 'thanks for your enquiry',
  'thanks for getting in touch', 'thanks for reaching out', 'cheers for the message', 'cheers for your message', 'cheers for the question',
]);
/** Answering what one person posted, without yet taking up their account: "just seen your tweet". */
const ANSWERING_THEIR_POST = phrases([
  'saw your thread', 'saw your post', 'saw your tweet', 'saw your comment', 'saw your review', 'seen your thread', 'seen your post', 'seen your tweet',
  'seen your comment', 'seen your review', 'thanks for sharing',
]);
/**
 * "Great question about access, Mr Rees! It's a bit complicated — …": a long reply to someone's
 * question that starts explaining, a case answered at length in the thread. The explaining words, if so.
 */
const explainingAtLength = (text: FoldedText): Match | undefined => {
  if (text.folded.length <= 250 || !(REPLY_OPENING.test(text.folded) || findAll(text, ANSWERING).length > 0)) return undefined;
  return findAll(text, EXPLAINING)[0];
};

/** "Morning Sam!", "Cheers Ben,": other greetings that open a reply to one person. */
const GREETING_BY_NAME = /^\s*(?:hiya|morning|good morning|afternoon|good afternoon|evening|good evening|cheers|thanks|thank you)\s+[\p{L}-]+\s*[,!.:]/u;
/** "Hi everyone", "Hello all": a greeting to a crowd, not a reply to one person. */
const TO_A_CROWD = /^\s*(?:hi|hello|hey|dear)\s+(?:everyone|everybody|all|folks|friends|team|guys|lovelies|y['’]?all|there\s+everyone|both)(?![\p{L}])/u;

/** What case-in-reply.ts needs to know of the whole draft. */
const replyContextOf = (text: FoldedText): ReplyContext => {
  PROBLEM.lastIndex = 0;
  PRIVATE_CHANNEL.lastIndex = 0;
  return {
    toOnePerson: (REPLY_OPENING.test(text.folded) || GREETING_BY_NAME.test(text.folded)) && !TO_A_CROWD.test(text.folded),
    problem: PROBLEM.test(text.folded),
    answering: findAll(text, ANSWERING).length > 0 || findAll(text, ANSWERING_THEIR_POST).length > 0,
    privateChannel: PRIVATE_CHANNEL.test(text.folded) || /@[\p{L}\p{N}-]+\.[\p{L}]/u.test(text.folded),
  };
};

/** A reply to someone: "@name …", "Hi Tom, …". */
const REPLY_OPENING = /^\s*(?:@[\p{L}\p{N}_.]+|(?:hi|hello|hey|dear)\s+[\p{L}-]+)/u;
/** "please don't post your address here" is the opposite of asking for it. */
const DONT = /(?:don['’]t|do\s+not|never|no\s+need\s+to|please\s+avoid|without)\s+$/u;
const PRIVATE_CHANNEL = phrases(['dm', 'direct message', 'private message', 'pm us', 'inbox', 'email us', 'call us', 'ring us', 'phone us', 'by email', 'by phone', 'give us a call', 'give us a ring', 'privately', 'in private', 'get in touch', 'contact the practice', 'contact us directly']);

/** The place named is where the case is NOT to be handled, or a private one is chosen. */
const ELSEWHERE_NOT_HERE = /(?<![\p{L}])(?:rather\s+than|instead\s+of|not|away\s+from|privately|in\s+private|offline|off\s+here|by\s+(?:email|phone|dm)|over\s+(?:email|the\s+phone))(?![\p{L}])/u;
/** "we can't look into this here": the thread ruled out. */
const CANNOT_BEFORE = /(?<![\p{L}])(?:can['’]?t|cannot|can\s+not|not\s+able\s+to|unable\s+to|won['’]?t)\s+$/u;

export const publicCaseHandling: Detector = {
  id: 'public-case-handling',
  description: 'Starts resolving a complicated enquiry or complaint in public, or asks for details to be posted publicly.',
  // Where it is asked (below, here, the thread…), a reply verb, a problem to answer, or a reply's opening.
  triggers: triggerWords([PROBLEM_PHRASES], [
    'below', 'here', 'comment', 'thread', 'repl', 'public', 'post', 'respond', 'answer', 'everyone', 'complicat', 'tricky', 'depend', '@', 'hi',
    'hello', 'hey', 'dear', 'explain', 'unpick', 'untangle', 'crack it', 'crack this', 'long story', 'bear with', 'here goes', 'saw your', 'seen your', ...CASE_IN_REPLY_TRIGGERS,
  ]),
  detect: ({ text }) => {
    const signals: Signal[] = [];
    for (const match of findAll(text, ASK_PUBLICLY)) {
      // The details asked for may come before the ask ("screenshot the payment and post it below") or after it.
      // The details may be asked for in a question just before ("Which day was it? Reply here…").
      const index = sentenceIndexAt(text, match.foldedStart);
      const previous = sentencesOf(text)[index - 1];
      const sentenceStart = previous && /\?\s*$/u.test(text.folded.slice(previous[0], previous[1])) ? previous[0] : sentencesOf(text)[index]![0];
      const window = text.folded.slice(Math.max(sentenceStart, match.foldedStart - 200), Math.min(text.folded.length, match.foldedEnd + 80));
      CASE_WORDS.lastIndex = 0;
      PRIVATE_CHANNEL.lastIndex = 0;
      PROBLEM.lastIndex = 0;
      const aboutCase = PROBLEM.test(window) || (CASE_WORDS.test(window) && !ASKS_OPINION.test(window));
      // "please don't post your address here", "we can't share booking details on here": the thread ruled out.
      const before = text.folded.slice(Math.max(0, match.foldedStart - 20), match.foldedStart);
      if (!aboutCase || PRIVATE_CHANNEL.test(match.text) || DONT.test(before) || CANNOT_BEFORE.test(before) || NOT_HERE.test(match.text)) continue;
      signals.push({ span: match.span, reason: 'Asks for case details in public; move it to email or phone instead.' });
    }
    // Asking a complaint's specifics in the thread, with no private channel offered, works the case in public.
    const questions = findAll(text, CASE_QUESTION);
    if (questions.length > 0 && signals.length === 0) {
      PROBLEM.lastIndex = 0;
      PRIVATE_CHANNEL.lastIndex = 0;
      if (PROBLEM.test(text.folded) && !PRIVATE_CHANNEL.test(text.folded) && !/@[\p{L}\p{N}-]+\.[\p{L}]/u.test(text.folded)) {
        signals.push({ span: questions[0]!.span, reason: 'Asks for the details of a case in public; move it to email or phone instead.' });
      }
    }
    // "let's untangle it here": a case worked in the thread only when money or a booking is what is tangled (not a knitting mess).
    for (const match of findAll(text, UNTANGLE_HERE)) {
      const around = text.folded.slice(Math.max(0, match.foldedStart - 160), match.foldedEnd + 80);
      MONEY_MATTERS.lastIndex = 0;
      if (MONEY_MATTERS.test(around)) signals.push({ span: match.span, reason: 'Offers to resolve the case in public; move it to email or phone instead.' });
    }
    for (const match of findAll(text, RESOLVE_HERE)) {
      // "let's sort this out privately rather than here" moves the case away from the thread.
      if (ELSEWHERE_NOT_HERE.test(match.text) || CANNOT_BEFORE.test(text.folded.slice(Math.max(0, match.foldedStart - 16), match.foldedStart))) continue;
      signals.push({ span: match.span, reason: 'Offers to resolve the case in public; move it to email or phone instead.' });
    }
    // General advice with many "if"s is fine; working through someone's fees, cover or refund is a case.
    const caseDetails = new Set(findAll(text, MONEY_MATTERS).map((match) => match.text)).size;
    const complicated = caseDetails >= 2 ? findAll(text, COMPLICATED)[0] : undefined;
    const conditions = caseDetails >= 2 ? findAll(text, CONDITIONS) : [];
    if (complicated && text.folded.length > 280 && conditions.length >= 3) {
      signals.push({ span: complicated.span, reason: 'Works through a complicated enquiry in public; answer it by email or phone instead.' });
    } else {
      const explaining = explainingAtLength(text);
      if (explaining) {
        signals.push({ span: explaining.span, reason: 'Works through a complicated enquiry in public; answer it by email or phone instead.' });
      } else if (REPLY_OPENING.test(text.folded) && text.folded.length > 250 && conditions.length >= 4) {
        // A long reply to someone that walks through case after case is the same thing, said without "complicated".
        signals.push({ span: conditions[0]!.span, reason: 'Works through a complicated enquiry in public; answer it by email or phone instead.' });
      }
    }
    // The same case, taken up in other words (case-in-reply.ts), when nothing above found it.
    if (signals.length === 0) signals.push(...caseTakenUpInReply(text, replyContextOf(text)));
    return signals.sort((a, b) => a.span[0] - b.span[0]);
  },
};
