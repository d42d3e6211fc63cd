import type { FoldedText } from '../../normalise-text.ts';
import type { Detector, DetectorContext, Edit, Signal } from '../detector.ts';
import { toOriginalSpan } from '../../normalise-text.ts';
import { findAll, type Match } from '../match.ts';
import { afterInSentence, apostrophes, sentenceAt, sentenceText, WARNING_CUE } from './text-scope.ts';
import { SENSITIVE_DETAILS_TRIGGERS } from './triggers.ts';

/**
 * Asking someone to share sensitive details publicly or over social media: identity details
 * (full name with date of birth, home address, GP), health (diagnosis, medication, self-harm)
 * or payment details. Such details are only ever taken through the usual verified channels.
 */

/** "pop … in the comments", "DM us your …", "could you reply here with …", "let us know your …". */
const ASK = apostrophes(
  String.raw`(?<![\p{L}])(?:(?:dm|pm|message|inbox|send|tell|give|text|whatsapp) (?:me|us)|(?:pop|put|post|drop|leave|share|write|list|include|add|type|comment|reply|respond|answer|enter|re-?enter|re-?submit|resubmit|update|verify|confirm|upload|fill in)(?: (?:with|here|below|back|us|me|in))*|let (?:me|us) (?:know|have)|(?:can|could|would|will) you (?:please |kindly |just )?(?:confirm|provide|share|tell|send|give|let|reply|post|pop|drop|dm|message)|(?:please|kindly) (?:confirm|provide|share|send|give)|we(?:'ll| will) need|we need|i(?:'ll| will) need|i need|what(?:'s| is| are)(?= your)|which(?= (?:medication|meds|gp)))(?![\p{L}])`,
  'gu',
);

const SENSITIVE = apostrophes(
  String.raw`(?<![\p{L}])(?:full name|name,? (?:and )?(?:your )?(?:phone|mobile) number,? (?:and|plus|with) (?:what's (?:going on|happening|wrong|been happening)|what you're going through|your (?:story|situation|struggles?|symptoms))|surname and (?:post ?code|date of birth)|post ?code and surname|date of birth|dob|d\.o\.b|gp|gp surgery|gp practice|doctor's name|home address|nhs number|national insurance|ni number|diagnos(?:is|es|ed)|medication|meds|prescriptions?|medical history|mental health history|health history|self[- ]?harm(?:ed|ing)?|hurt (?:yourself|themselves)|suicid\w*|overdos\w*|sectioned|hospital admissions?|(?:card|bank|account) (?:details|number|no)|long card number|(?:long|16-digit|sixteen-digit) number on (?:the front of )?(?:your|the) (?:bank |debit |credit )?card|sort code|cvv|cvc|security code on|expiry date|passport|driving licen[cs]e|benefits? (?:status|details|letter)|income details|salary|bank statements?|payslips?|photo id)(?![\p{L}])`,
  'u',
);

/** The detail asked for is the reader's own: "your date of birth", "any medication", "whether you've…". */
const ADDRESSED_TO_READER = apostrophes(String.raw`(?<![\p{L}])(?:your|ur|yr|any|whether you|if you|you've|you have|you're|you are|you were|you take|you're on|you are on|have you|do you|are you|did you|were you|has your)(?![\p{L}])`, 'u');

const REASON = 'Asks for sensitive personal details over social media: take them only through the usual, verified channel.';
const EDIT: Edit = { kind: 'append', text: "Please don't share personal details here: we'll contact you privately by phone or email." };

/** "Any history of self-harm? Let us know below": the question is the sentence just before the ask. */
const askedJustBefore = (text: FoldedText, match: Match): boolean => {
  const [start] = sentenceAt(text, match.foldedStart);
  const previous = text.folded.slice(Math.max(0, start - 160), start);
  const question = lastQuestion(previous);
  return question !== undefined && SENSITIVE.test(question) && ADDRESSED_TO_READER.test(question) && !WARNING_CUE.test(question);
};

/**
 * The text's closing question (after the last . ! ? or line break before its final "?", trailing
 * white space included), if it ends with one. Read backwards once: a pattern anchored at the end
 * would be tried from every position.
 */
const lastQuestion = (text: string): string | undefined => {
  let end = text.length;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end -= 1;
  if (end === 0 || text[end - 1] !== '?') return undefined;
  let start = end - 1;
  while (start > 0 && !'.!?\n'.includes(text[start - 1]!)) start -= 1;
  return text.slice(start);
};

/** Details taken through the usual channels (a form, the phone, in person, email) are fine. */
const USUAL_CHANNEL = apostrophes(
  String.raw`(?<![\p{L}])(?:on the (?:form|phone)|over the phone|by phone|by email|by e-mail|via email|in person|at reception|when you arrive|at your first (?:session|appointment)|secure (?:form|link|portal)|registration form|intake form|booking form|our website|email (?:it|them) to|at the desk|at the counter|(?:into|on|in) (?:the|our|their|the council's) (?:[\p{L}]+ )?form)(?![\p{L}])`,
  'u',
);

/** "our last post: …", "its own update": the asking word is a noun here. */
const NOT_A_REQUEST = /(?:^|[^\p{L}])(?:our|my|the|a|an|last|this|that|their|its|his|her|your|next|latest|own)\s+$/u;
/** "a drop-in", "let us know, your GP can…": a hyphenated word or a clause break, no ask; "DM us, with your…" still asks. */
const NOUN_AFTER = /^(?:-|\s?[,;](?!\s*with(?![\p{L}])))/u;

/** Someone asked to share sensitive personal details in public or in a social media message. */
/** "Which session are you most looking forward to? Tell us in the comments!": asking for opinions. */
const ASKS_OPINION = /(?<![\p{L}])(?:favourite|favorite|looking forward|most excited|enjoy|enjoyed|loved|vote|recommend|tips?|ideas?|suggestions?)(?![\p{L}])/u;

/**
 * The model's reading of a draft that asks for opinions and names no sensitive detail anywhere is
 * not a request for sensitive details: a poll or an invitation to comment ("Which session are you
 * looking forward to? Tell us in the comments!", the model's sentence being the second).
 */
const contradictsLearned = ({ text }: DetectorContext): boolean => ASKS_OPINION.test(text.folded) && !SENSITIVE.test(text.folded) && !PERSONAL.test(text.folded);
/** Details short of SENSITIVE's list that a request for them still makes personal: contact details, a card, a condition. */
const PERSONAL = /(?<![\p{L}])(?:e-?mail|phone|mobile|number|digits|address|postcode|card|condition|health|symptoms?|history|struggl\w*|anxiety|depression|trauma|what brings you)(?![\p{L}])/u;

/** Asked straight out in a post or reply: "what's the card number and we'll refund it?", "what is your date of birth?". */
const ASKED_OUTRIGHT = apostrophes(
  String.raw`(?<![\p{L}])what(?:'s| is| are) (?:the|your|ur) (?:long |full )?(?:card number|card details|bank details|account number|sort code|date of birth|dob|home address|nhs number|national insurance number|ni number|diagnosis|medication|meds)(?![\p{L}])(?! on (?:the|your|a) (?:gift |)(?:voucher|card|back|receipt))`,
  'gu',
);

export const sensitiveDetailsRequest: Detector = {
  id: 'sensitive-details-request',
  description: 'Asks someone to share identity, health or payment details publicly or over social media.',
  triggers: SENSITIVE_DETAILS_TRIGGERS,
  contradictsLearned,
  detect: ({ text }) => {
    const asked = findAll(text, ASK).flatMap((match): Signal[] => {
      if (NOT_A_REQUEST.test(text.folded.slice(Math.max(0, match.foldedStart - 12), match.foldedStart)) || NOUN_AFTER.test(text.folded.slice(match.foldedEnd, match.foldedEnd + 8))) return [];
      const after = afterInSentence(text, match.foldedEnd, 160);
      const sensitive = SENSITIVE.exec(after);
      if (!sensitive) return askedJustBefore(text, match) ? [{ span: match.span, reason: REASON, edit: EDIT }] : [];
      // "tell your GP", "ask your doctor about medication" are advice; the detail must be the reader's, for us.
      // The GP may be the detail's own word ("update your details with your GP"), so read a little past it.
      const around = after.slice(0, sensitive.index + sensitive[0].length + 24);
      if (/(?<![\p{L}])(?:to|with) (?:your|a|the) (?:gp|doctor|pharmacist)(?![\p{L}])/u.test(after.slice(0, sensitive.index + sensitive[0].length + 12))) return [];
      if (USUAL_CHANNEL.test(sentenceText(text, match.foldedStart))) return [];
      if (!ADDRESSED_TO_READER.test(around) || WARNING_CUE.test(sentenceText(text, match.foldedStart))) return [];
      return [{
        span: toOriginalSpan(text, match.foldedStart, match.foldedEnd + sensitive.index + sensitive[0].length),
        reason: REASON,
        edit: EDIT,
      }];
    });
    if (asked.length > 0) return asked;
    // Asked outright, with no asking verb the pattern above reads ("what's the card number?").
    return findAll(text, ASKED_OUTRIGHT).flatMap((match): Signal[] =>
      WARNING_CUE.test(sentenceText(text, match.foldedStart)) || USUAL_CHANNEL.test(sentenceText(text, match.foldedStart)) ? [] : [{ span: match.span, reason: REASON, edit: EDIT }],
    );
  },
};
