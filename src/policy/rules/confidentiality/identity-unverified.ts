import type { Detector, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { APPOINTMENT_DISCLOSURE, APPOINTMENT_GATE } from './appointment-disclosure.ts';
import { apostrophes, findGated } from './text-scope.ts';
import { IDENTITY_UNVERIFIED_TRIGGERS } from './triggers.ts';

/**
 * Account or booking information offered before identity is verified: security questions
 * skipped, a profile picture taken as proof, or a relative told about someone's appointments.
 */

const RELATIVE = String.raw`(?:husband|wife|partner|spouse|boyfriend|girlfriend|fiance|fiancee|mum|mother|dad|father|parent|son|daughter|brother|sister|friend|carer|relative|family|employer|boss|manager)`;

const SKIPPED_CHECK = apostrophes(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`no need (?:to (?:go through|do|answer|bother with|complete|pass)|for) (?:the |any |those |our |all the )?(?:usual |normal |full |standard )?(?:security questions|security checks?|id checks?|identity checks?|verification|checks|id|password|questions)`,
      String.raw`(?:skip|skipped|skipping|bypass|bypassed|waive|waived|ignore|forget|don'?t need to (?:answer|do|go through|complete|bother with)|do not need to (?:answer|do|go through|complete)|won'?t need to (?:answer|do|go through)) (?:the |our |those |all the |any )?(?:(?:id|identity|security|usual|normal|standard|full) ){0,3}(?:questions|checks?|verification|process)(?: step)?`,
      String.raw`(?:i|we) (?:recognise|recognize|know|remember) (?:your|you from your) (?:profile (?:picture|pic|photo)|photo|picture|face|voice|name|handle|account|username)`,
      String.raw`(?:since|as|because) you(?:'re| are) (?:her|his|their|the client's|the) ${RELATIVE}`,
      String.raw`as (?:her|his|their) ${RELATIVE},? (?:i|we) can`,
      String.raw`(?:don'?t worry about|forget about|never mind) (?:the |our |those |any )?(?:(?:id|identity|security|usual|normal) ){0,2}(?:questions|checks?|verification)`,
      String.raw`(?:i'?ll|we'?ll|i will|we will|happy to) take your word (?:for it|that)`,
      String.raw`no (?:id|identity checks?|id checks?|verification|security questions|security checks?) (?:needed|required|necessary)`,
      String.raw`(?:don'?t worry about|no need to|no need for|not necessary to|we can skip|skip) (?:confirming|verifying|proving|checking|confirmation of|verification of) (?:your|who)`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'gu',
);

/**
 * Account or booking facts told straight to the reader in a public reply: "your outstanding balance
 * is £140", "your last session with us was 3 Oct", "you still owe £60". Nothing checked who is asking.
 */
const ACCOUNT_FACTS = apostrophes(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`your (?:outstanding |current |remaining |unpaid |overdue |account |total )*(?:balance|bill|invoice|arrears|debt|amount owed|account) (?:is|was|stands at|comes to|of|shows|will be)(?: (?:now|still|currently|only|just))? (?:[£$€]\s?\d|\d|overdue|outstanding|unpaid|in arrears|in credit)`,
      String.raw`you (?:still |currently )?(?:owe|owe us|have) (?:us )?(?:an outstanding |a balance of |an unpaid )?[£$€]\s?\d`,
      String.raw`your (?:last|next|previous|upcoming|most recent|final|missed|cancelled|rebooked) (?:session|appointment|booking|consultation)(?: with (?:us|me|[\p{L}'-]+))? (?:was|is|will be|'s|is now|has been moved|was moved)(?: (?:booked|moved|set|scheduled))?(?: (?:on|for|at|in))? (?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\p{L}]*|tomorrow|today|yesterday|next|last|this)`,
      String.raw`(?:you've|you have) (?:had |used |got |still got )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:unpaid |outstanding |prepaid |remaining |missed |cancelled |booked )?(?:sessions?|appointments?) (?:left|remaining|booked|outstanding|unpaid|with us|to pay|overdue|still)?`,
      String.raw`(?:i|we) can see (?:from|on|in) (?:your|her|his|their) (?:account|records?|file|notes|booking|bookings|history)`,
      String.raw`(?:our|the) records show (?:that )?you`,
      // Offered in the thread to whoever asks: "I'll post your balance below" (not "we'll post the booking details below" for an event).
      String.raw`(?:i'll|we'll|i will|we will) (?:post|put|pop|share|list) your (?:balance|remaining sessions|sessions (?:left|remaining)|booking details|account details|payment history) (?:below|here|in the comments|in this thread)`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'gu',
);

/**
 * "DM me your name and postcode and I'll send across your session history": a name and a
 * postcode prove nothing, so account information is offered before identity is verified.
 */
const SENT_FOR_DETAILS = apostrophes(
  String.raw`(?<![\p{L}])(?:i'?ll|we'?ll|i will|we will|i can|we can|happy to) (?:then )?(?:send|share|pass|forward|give|dm|message|email|read out)(?: you)?(?: across| over| on| through| back)? (?:all )?(?:your|her|his|their) (?:full |whole |complete |outstanding |current |latest )?(?:session history|sessions?|notes|records?|balance|account(?: details)?|booking history|bookings?|appointment history|appointments?|file|invoices?|history)(?![\p{L}])`,
  'gu',
);
/** A name or postcode asked for over social media in place of a real check ("DM me your name and postcode"). */
const WEAK_PROOF_ASKED = /(?<![\p{L}])(?:dm|pm|message|inbox|send|comment|reply)(?: (?:me|us))?(?: with)? your (?:full )?(?:name|postcode|post code|date of birth|dob)(?![\p{L}])/u;

/**
 * "the address we hold for you is 8 Heol Isaf": their details read back to whoever replied. Only
 * with the value itself after it; "so the details we hold for you are correct" reads nothing back.
 */
const HELD_DETAILS = apostrophes(
  String.raw`(?<![\p{L}])(?:the |your )?(?:address|home address|phone number|mobile number|number|email|email address|e-mail|date of birth|dob|details) (?:we|i) (?:hold|have|keep|got) (?:for|on) (?:you|your account|file|record)(?: (?:is|are|says|reads))?(?=\s*[:–—-]?\s*(?:\d|[\p{L}\p{N}._-]+@))`,
  'gu',
);

/** "I can see it's you" — only a problem when account or booking details follow. */
const TAKEN_AS_YOU = apostrophes(String.raw`(?<![\p{L}])(?:i|we) (?:know|can see|can tell) (?:it'?s|that it'?s) (?:really )?you(?![\p{L}])`, 'gu');
/** "if your balance is £0…" describes any account, not one person's. */
const GENERIC_CUE = /(?<![\p{L}])(?:if|when|once|whether|unless|until|check|see if|make sure)(?:\s+\S+){0,2}\s*$/u;
/** "your next session is 20% off" is an offer to everyone. */
const OFFER = /^[^.!?\n]*?(?:%|per ?cent|off|free|half price|discount|minutes|mins)(?![\p{L}])/u;
const ACCOUNT_DETAILS = /(?<![\p{L}])(?:booking|bookings|booked|appointments?|sessions?|account|balance|invoices?|notes|records|details|credit|payments?|paid|owe)(?![\p{L}])/u;

/** Account or booking information given without verifying who is asking. */
export const identityUnverified: Detector = {
  id: 'identity-unverified',
  description: 'Offers or gives account or booking information before identity is verified.',
  triggers: IDENTITY_UNVERIFIED_TRIGGERS,
  detect: ({ text }) => {
    const skipped = findAll(text, SKIPPED_CHECK).map((match): Signal => ({
      span: match.span,
      reason: "Shares account or booking information without verifying the person's identity the usual way.",
    }));
    const disclosed = findGated(text, APPOINTMENT_GATE, APPOINTMENT_DISCLOSURE).map((match): Signal => ({
      span: match.span,
      reason: "Gives out someone's appointment or account details over social media, with no identity check.",
    }));
    const takenOnSight = findAll(text, TAKEN_AS_YOU).flatMap((match): Signal[] =>
      ACCOUNT_DETAILS.test(text.folded.slice(match.foldedEnd, match.foldedEnd + 160))
        ? [{ span: match.span, reason: "Takes someone's identity on sight and shares account details without the usual checks." }]
        : [],
    );
    const told = findAll(text, ACCOUNT_FACTS).flatMap((match): Signal[] =>
      GENERIC_CUE.test(text.folded.slice(Math.max(0, match.foldedStart - 30), match.foldedStart)) ||
      OFFER.test(text.folded.slice(match.foldedEnd, match.foldedEnd + 24))
        ? []
        : [{ span: match.span, reason: "Gives someone's account or booking details in a reply, with no identity check: confirm who they are privately first." }],
    );
    const readBack = findAll(text, HELD_DETAILS).map((match): Signal => ({
      span: match.span,
      reason: "Reads someone's details back in a reply, with no identity check: confirm who they are privately first.",
    }));
    const offered = findAll(text, SENT_FOR_DETAILS).flatMap((match): Signal[] =>
      WEAK_PROOF_ASKED.test(text.folded.slice(Math.max(0, match.foldedStart - 80), match.foldedStart))
        ? [{ span: match.span, reason: 'Offers account information for a name or postcode sent over social media, which does not verify who is asking.' }]
        : [],
    );
    return [...skipped, ...disclosed, ...takenOnSight, ...told, ...readBack, ...offered];
  },
};
