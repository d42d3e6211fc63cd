import type { Detector, DetectorContext, Signal } from '../detector.ts';
import { toOriginalSpan } from '../../normalise-text.ts';
import { gated, mayMatch } from '../literal-gate.ts';
import { findAll } from '../match.ts';
import { afterInSentence, apostrophes, beforeInSentence, sentenceText, WARNING_CUE } from './text-scope.ts';
import { CREDENTIAL_TRIGGERS } from './triggers.ts';

/**
 * A password, login, one-time code or other credential revealed, or asked for. Advice about
 * passwords ("use a password manager") and phishing warnings ("we will never ask for your
 * code") reveal and request nothing.
 */

const SECRET_NOUN = String.raw`(?:password|passwords|pass(?=\s?[:=])|p(?=\s?:)|pw|pwd|pword|passcode|pass code|passphrase|pin|pin number|pin code|login|log-in|log in|logins|login details|log-in details|login info|sign-in details|credentials|username and password|user name and password|(?:login|log-in|sign-in|verification|security|access|one-time|one time|2fa|two-factor|two factor|authentication|auth|otp|confirmation|sms|text|\d[- ]?(?:digit|figure)|(?:four|five|six|eight)[- ]digit|fb|facebook|insta|instagram|whatsapp|google|microsoft|gmail|bank|banking|app|phone|mobile) codes?|(?:\d|four|five|six|eight)[- ]?(?:digit|figure) (?:numbers?|pins?)|(?:verification|security|login|2fa|confirmation|sms|one-time) (?:texts?|messages?|sms|numbers?)|otp|one-time passcode|recovery codes?|backup codes?|wifi password|wi-fi password)`;

/** "the password is X", "login: X", "the code is 482 913". */
const STATED = apostrophes(
  String.raw`(?<![\p{L}])(?:the |our |my |your |its |page |account |admin )?(?:${SECRET_NOUN}|code)(?: (?:for|to|on|of) [\p{L}\p{N}' ]{1,30}?)?(?: (?:is now|is still|is|are|was|will be|has been changed to|changed to)|'s|\s?[:=]| [-–—]| (?<=(?:password|passcode|pw|pwd|pin|login) ))\s*["'‘“]?([^\s"'’”]{3,40}(?: ?/ ?[^\s"'’”]{3,40})?)`,
  'gu',
);
/** "'Biscuit2019' is the password", "Calm2024! is our login". */
const STATED_AFTER = apostrophes(
  String.raw`(?<![^\s"'‘“(])["'‘“]?([^\s"'’”]{3,40})["'’”]? is (?:the|our|my|his|her|their|still the|now the) (?:${SECRET_NOUN})`,
  'gu',
);
/** "the Instagram login changed this morning. New one is Heddwch!2026": a changed secret, then its new value. */
const CHANGED_THEN_NEW = apostrophes(
  String.raw`(?<![\p{L}])(?:${SECRET_NOUN}) (?:has |have |was |were |just |got |'s |'ve )?(?:been )?(?:changed|reset|updated)(?![\p{L}])[^\n]{0,80}?(?<![\p{L}])new one(?: is|'s|:| =)\s*["'‘“]?([^\s"'’”]{3,40})`,
  'gu',
);
/** A code word and then a spelled-out number: "login code… it's 482 913". */
const CODE_THEN_DIGITS = apostrophes(
  String.raw`(?<![\p{L}])(?:(?:login|log-in|sign-in|verification|security|access|one-time|one time|2fa|authentication|auth|confirmation) code|code (?:came|has come|just came|arrived|has arrived|just arrived|is here|they sent|that came|came through)|(?:texting|texted|texts|text|sent|sending|sends|emailing|emailed) (?:me|us) (?:a |the |this |that |my )?(?:code|pin)|passcode|otp|pin)(?![\p{L}])[^\n]{0,120}?(?<![\p{N}])(\d{3}[\s-]?\d{3}|\d{4,8})(?![\p{N}])`,
  'gu',
);
/** Asking someone to send a credential: "DM me the password", "reply with the code". */
const REQUEST = apostrophes(
  String.raw`(?<![\p{L}])(?:dm|pm|message|send|text (?:me|us)|tell|give|ping|fire over|shoot|pass|bung|chuck|read out|read me|email (?:me|us)|e-mail (?:me|us)|whatsapp|share|forward|post|pop|drop|reply with|reply here with|comment|confirm|verify|enter|re-enter|type|let (?:me|us) (?:have|know))(?![\p{L}]) (?:(?:me|us|it|over|here|back|across|below|through|quickly|please|all|your|the|their|his|her|my|our|page|account|admin|facebook|instagram|linkedin|twitter|x|tiktok|email|practice's|practice|and|with|a|copy|of|today's|todays|tonight's|latest)[ ,]+){0,6}?(?:${SECRET_NOUN}|code)(?![\p{L}])(?! word)`,
  'gu',
);

/** "text me the number Microsoft sends you": a code in all but name. */
const REQUEST_NUMBER = apostrophes(
  String.raw`(?<![\p{L}])(?:dm|pm|message|send|text|tell|give|whatsapp|forward|read out|read|ping|screenshot) (?:me|us) (?:the |that |those )?(?:number|numbers|digits)(?: (?:that|which))? (?:[\p{L}'-]+ ){0,2}?(?:sends?|sent|texts?|texted|came|comes|come|pops? up|popped up|gets? sent|you get|you got|you receive|arrives?|arrived)(?![\p{L}])`,
  'gu',
);

/** "What's the code that came through?" */
const ASKED_WHAT = apostrophes(
  String.raw`(?<![\p{L}])what(?:'s| is| was| were) (?:the|your|that|our) (?:[\p{L}-]+ )?(?:${SECRET_NOUN}|code)(?![\p{L}])`,
  'gu',
);
const NOT_A_CREDENTIAL_CODE = /(?<![\p{L}])(?:dress|post|zip|area|promo|promotional|discount|voucher|colou?r|bar|qr|tax|sort|country|dialling|dialing|source|morse|highway|building|code of)(?![\p{L}])/u;

/** "Reply here with it" after a code has been mentioned. */
const REQUEST_IT = apostrophes(
  String.raw`(?<![\p{L}])(?:(?:reply|respond|comment|dm|pm|message|text|send|email|get back to us)(?: (?:to )?(?:me|us))?(?: (?:here|back|below|in the comments|in this thread))? with (?:it|that|them|the number|the digits)|(?:send|dm|pm|message|text|tell|give|forward|pass) (?:it|that|them) (?:on )?(?:to )?(?:me|us|here|over|back))(?![\p{L}])`,
  'gu',
);
const CODE_MENTION = apostrophes(String.raw`(?<![\p{L}])(?:${SECRET_NOUN}|code)(?![\p{L}])`, 'u');
const PROMOTION = /(?:discount|promo|promotional|voucher|coupon|offer|referral|gift|booking reference|reference)\s*$/u;
const NOT_A_SECRET_AFTER = /^\s*(?:manager|managers|policy|policies|strength|reset|hygiene|tips?|rules?|requirements?|strategy|advice|habits|security|length|changes?|of your choice|you choose|you chose)(?![\p{L}])/u;
const YEAR = /^(?:19|20)\d\d$/;
/** A voucher, gift card or offer just before "what's the code?": its code, not a login… */
const VOUCHER_BEFORE = /(?<![\p{L}])(?:vouchers?|gift cards?|coupons?|promo|discount|offer)(?![\p{L}])/u;
/** …unless the asking sentence is about a login code: "What's the verification code we sent you?". */
const LOGIN_CODE_CUE = /(?<![\p{L}])(?:verification|security|login|account|sent you|we sent)(?![\p{L}])/u;
/** "the new one is Face-ID only": a way of signing in, not a secret. */
const SIGN_IN_METHOD = /^(?:face|touch|finger(?:print)?)[-_ ]?id$|^pass-?keys?$/iu;

/** A token only counts as a secret if it looks like one: a digit, a symbol, capitals inside, or quotes. */
const looksLikeSecret = (token: string, original: string, numericAllowed: boolean): boolean => {
  if (/^[£$€]/.test(token)) return false;
  // A bare number is a code or PIN only when the draft says "code" or "PIN"; "day pass: 10" is not.
  if (/^[\d\s/-]+$/.test(token)) return numericAllowed;
  return /[\d_!@#$%^&*/\\|.+=?-]/.test(token) || QUOTE.test(original) || /\p{Ll}\p{Lu}/u.test(original);
};
/** A quotation mark: an apostrophe between letters ("password's been") quotes nothing. */
const QUOTE = /["‘“]|(?<!\p{L})'|'(?!\p{L})/u;

/**
 * "forgot the pw again… it's the cat's name + year: Biscuit2019": a credential word, then (or
 * just before) a word that mixes letters and digits the way passwords do.
 */
// Not "login": it is also a verb, and "log in for the Spring2025 timetable" names no secret.
const CREDENTIAL_WORD = apostrophes(String.raw`(?<![\p{L}])(?:password|passwords|pw|pwd|pword|passcode|passphrase|pass(?= (?:is|was|=|:))|pin|credentials)(?![\p{L}])`, 'gu');
/** Everyday phrases that contain a warning word but warn of nothing: "can never remember", "if anyone needs it". */
const NOT_A_WARNING = /(?:can|could|will|i)? ?never remember|if (?:anyone|someone|somebody) (?:needs|wants|asks for) (?:it|them)|don'?t (?:change|forget|lose) (?:it|them)/gu;
/** "a password like Fluffy2019 is easy to guess": an example in advice. */
const EXAMPLE_CUE = /(?<![\p{L}])(?:like|such as|e\.?g|for example|for instance|easy to (?:guess|crack|hack)|guessable|avoid|weak|instead|bad idea|never use)(?![\p{L}])/u;
const PASSWORD_LIKE = /(?<![\p{L}\p{N}@#/.:_-])(?=[\p{L}]*\p{N})(?=\p{N}*\p{L})[\p{L}\p{N}]{2,30}[!?*$&%£#]*(?![\p{L}\p{N}@/.:_-]|\.[\p{L}\p{N}])/gu;
/** Letters-and-digits words that are not secrets: times, ordinals, sizes, versions, covid19. */
const NOT_PASSWORD = /^(?:\d+(?:am|pm|st|nd|rd|th|k|m|s|x|g|gb|mb|kb|hrs?|mins?|min|secs?|yrs?|mph|km|cm|mm|kg|lbs?|p|d)|(?:covid|mp|h|v|q|ps|win|windows|ios|iphone|galaxy|pixel|fy|y|a|b|m|uk|gcse|a-level|b2b|p2p|2fa|mfa|g|k)\d+|\d+fa|\d+g|mp\d|w\d+|\d+[a-z])$/u;
const pastedPasswords = ({ text }: DetectorContext): Signal[] => {
  const signals: Signal[] = [];
  for (const word of findAll(text, CREDENTIAL_WORD)) {
    const sentence = sentenceText(text, word.foldedStart);
    if (WARNING_CUE.test(sentence.replace(NOT_A_WARNING, '')) || EXAMPLE_CUE.test(sentence) || NOT_A_SECRET_AFTER.test(afterInSentence(text, word.foldedEnd, 16))) continue;
    if (/(?:strong|secure|good|new|unique|long|weak|random|memorable)\s+$/u.test(beforeInSentence(text, word.foldedStart, 16))) continue;
    const from = Math.max(0, word.foldedStart - 40);
    const window = text.folded.slice(from, Math.min(text.folded.length, word.foldedEnd + 120));
    PASSWORD_LIKE.lastIndex = 0;
    for (let found = PASSWORD_LIKE.exec(window); found; found = PASSWORD_LIKE.exec(window)) {
      const token = found[0].replace(/[!?*$&%£#]+$/u, '');
      if (NOT_PASSWORD.test(token) || YEAR.test(token) || !/\p{L}{3}/u.test(token) || !/\p{N}{2}/u.test(token)) continue;
      const start = from + found.index;
      signals.push({ span: toOriginalSpan(text, start, start + found[0].length), reason: 'Reveals an account password or login in public.', edit: { kind: 'replace', with: '[credential removed]' } });
      break;
    }
  }
  return signals.slice(0, 1);
};

const POSSESSIVE_OWNER = / (?:for|to|on|of) [\p{L}\p{N}' ]{1,30}?['’]s\s*["'‘“]?[^\s"'’”]+$/u;

const revealed = ({ text }: DetectorContext): Signal[] => {
  const signals: Signal[] = [];
  for (const pattern of [STATED, STATED_AFTER, CHANGED_THEN_NEW]) {
    for (const match of findAll(text, pattern)) {
      // Sentence punctuation after a token is not part of it: 'password manager.' is no secret.
      const token = (match.groups[0] ?? '').replace(/[.,!?;:…)]+$/u, '');
      if (token.length < 3 || NOT_A_SECRET_AFTER.test(token) || SIGN_IN_METHOD.test(token)) continue;
      const original = text.original.slice(match.span[0], match.span[1]);
      if (!looksLikeSecret(token, original, /code|pin|otp/.test(match.text))) continue;
      if (/^(?:a|an|the|not|never|only|your|strong|weak|long|short|changed|shared)$/.test(token)) continue;
      // "the passwords on all the practice's social accounts": that 's belongs to the account's owner, it is no "is".
      if (POSSESSIVE_OWNER.test(match.text) && /^[a-z]+$/u.test(original.slice(-token.length))) continue;
      if (PROMOTION.test(beforeInSentence(text, match.foldedStart, 30)) || NOT_A_SECRET_AFTER.test(afterInSentence(text, match.foldedEnd, 16))) continue;
      signals.push({ span: match.span, reason: 'Reveals an account password or login in public.', edit: { kind: 'replace', with: '[credential removed]' } });
    }
  }
  for (const match of findAll(text, CODE_THEN_DIGITS)) {
    // A year after "code" is usually a date; after "pin is" / "it's" it is the PIN itself.
    const stated = /(?:is|it'?s|its|=|:)\s*$/u.test(match.text.slice(0, match.text.length - (match.groups[0]?.length ?? 0)));
    if (WARNING_CUE.test(sentenceText(text, match.foldedStart)) || (YEAR.test(match.groups[0] ?? '') && !stated)) continue;
    signals.push({ span: match.span, reason: 'Reveals a one-time or login code in public.', edit: { kind: 'replace', with: '[code removed]' } });
  }
  return signals;
};

/**
 * How to work a password out, told in public: "the password is on the post-it, basically our
 * postcode plus 2019". A recipe gives it away as surely as the password itself.
 */
const PASSWORD_RECIPE = apostrophes(
  String.raw`(?<![\p{L}])(?:password|passcode|login)(?:'s| is| for [\p{L}\p{N}' ]{1,30}? is|:)[^.!?\n]{0,60}?(?:our|my|the|the practice's|your) (?:postcode|post code|dog's name|cat's name|birthday|birth year|phone number|street name|house number|surname|door code) (?:plus|and then|followed by|then|with|\+)(?![\p{L}])`,
  'gu',
);

/** "Bad password: your surname plus 123": advice about passwords, not one given away. */
const ADVICE_ON_PASSWORDS = /(?<![\p{L}])(?:bad|weak|strong|good|never|avoid|don'?t|example|tip)(?![\p{L}])/u;

const recipes = ({ text }: DetectorContext): Signal[] =>
  findAll(text, PASSWORD_RECIPE).flatMap((match) =>
    WARNING_CUE.test(sentenceText(text, match.foldedStart)) || ADVICE_ON_PASSWORDS.test(sentenceText(text, match.foldedStart)) ? [] : [{ span: match.span, reason: 'Tells how to work out an account password, in public.' }],
  );

const requested = ({ text }: DetectorContext): Signal[] =>
  [...findAll(text, REQUEST), ...findAll(text, REQUEST_NUMBER)].flatMap((match) => {
    const sentence = sentenceText(text, match.foldedStart);
    if (WARNING_CUE.test(sentence)) return [];
    // "use a password manager", "change your password" are advice, not requests.
    if (NOT_A_SECRET_AFTER.test(afterInSentence(text, match.foldedEnd, 16))) return [];
    if (/(?:^|\s)(?:how to|how do (?:i|you)|you can|you should|remember to|make sure)\s+$/.test(beforeInSentence(text, match.foldedStart, 24))) return [];
    return [{ span: match.span, reason: 'Asks for a password, login or one-time code over social media.' }];
  });

const askedWhat = ({ text }: DetectorContext): Signal[] =>
  findAll(text, ASKED_WHAT).flatMap((match) => {
    if (NOT_A_CREDENTIAL_CODE.test(match.text) || NOT_A_SECRET_AFTER.test(afterInSentence(text, match.foldedEnd, 16))) return [];
    if (/^\s*of(?![\p{L}])/u.test(afterInSentence(text, match.foldedEnd, 6)) || WARNING_CUE.test(sentenceText(text, match.foldedStart))) return [];
    // "Sorry your gift voucher didn't work! What's the code on it?": a voucher's code, no login.
    if (VOUCHER_BEFORE.test(text.folded.slice(Math.max(0, match.foldedStart - 120), match.foldedStart)) && !LOGIN_CODE_CUE.test(sentenceText(text, match.foldedStart))) return [];
    return [{ span: match.span, reason: 'Asks for a password or one-time code over social media.' }];
  });

const requestedByPronoun = ({ text }: DetectorContext): Signal[] =>
  findAll(text, REQUEST_IT).flatMap((match) => {
    const earlier = text.folded.slice(Math.max(0, match.foldedStart - 200), match.foldedStart);
    if (!CODE_MENTION.test(earlier) || WARNING_CUE.test(sentenceText(text, match.foldedStart))) return [];
    return [{ span: match.span, reason: 'Asks for a one-time code or login over social media.' }];
  });

/** Plain-engine gate: a word every pattern above needs (a looser form of CREDENTIAL_TRIGGERS). */
// Registered with the literal gate: the draft's shared scan answers it for most drafts.
const CREDENTIAL_GATE = gated(/pass|pw|pin|log|sign|credential|user|code|otp|digit|figure|verification|security|2fa|sms|wifi|wi-fi|number/);

/** Passwords, logins and one-time codes revealed or requested. */
export const credential: Detector = {
  id: 'credential',
  description: 'A password, login or one-time code revealed, or asked for.',
  triggers: CREDENTIAL_TRIGGERS,
  detect: (context) => {
    // Every pattern here names a credential or a code; one plain scan dismisses the rest.
    if (!mayMatch(context.text, CREDENTIAL_GATE) || !CREDENTIAL_GATE.test(context.text.folded)) return [];
    const signals = [...revealed(context), ...requested(context), ...requestedByPronoun(context), ...askedWhat(context), ...recipes(context)];
    return signals.length > 0 ? signals : pastedPasswords(context);
  },
  // "The practice line is 01884 000111": a phone number given, where the model reads "… is <digits>"
  // as a code; only when the passage names no credential or code at all.
  contradictsLearned: ({ text }, span) => {
    const passage = text.original.slice(span[0], span[1]).toLowerCase();
    return PHONE_NUMBER.test(passage) && !CODE_MENTION.test(passage) && !LOCK_WORDS.test(passage);
  },
};

/** What a number opens: "key safe … 0192 837 465" is a code, whatever its shape. */
const LOCK_WORDS = /key ?safe|alarm|combination|entry|door|lock|wi-?fi|safe(?![\p{L}])/u;
/** A UK phone number as written: "01884 000111", "07700 900123", "+44 20 7946 0000". */
const PHONE_NUMBER = /(?<![\d])(?:\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d])/u;
