import { gated } from '../literal-gate.ts';
import { PERSON_NOUN } from './client-references.ts';
import { apostrophes } from './text-scope.ts';

/**
 * A client picked out by what happened to them at the practice rather than by a client word:
 * a safeguarding referral made for one of them, a face from our waiting list, an enquirer and
 * what they enquired about, who a funded place went to, what they now take, why they first
 * came, their court case, a reply that confirms their sessions, a diary's names and times. Each
 * pattern with the plain-engine gate that stands in front of it.
 */

/** "a safeguarding referral made today for one of my teenagers at Rawdon High". */
export const SAFEGUARDING_FOR = apostrophes(
  String.raw`(?<![\p{L}])safeguarding (?:referral|concern|report|alert|disclosure)s? (?:(?:made|raised|logged|filed|submitted|sent) )?(?:(?:today|tonight|yesterday|this (?:morning|afternoon|week)) )?(?:for|about|on|regarding) (?:(?:one of (?:my|our)|my|our) (?:[\p{L}\p{N}-]+ )?(?:clients?|young people|young person|teenagers?|teens?|kids|children|pupils|students|lads?|girls?|boys?|supervisees?|year \d+s?|families|family)|an? (?:[\p{L}-]+ ){0,2}?(?:girl|boy|lad|teenager|child|young person|woman|man|client) (?:i|we) (?:work with|see|support|counsel))(?![\p{L}])`,
  'gu',
);
export const SAFEGUARDING_FOR_GATE = /safeguarding/;

/** "a familiar face from our waiting list at the bakery". */
export const FROM_THE_WAITING_LIST = apostrophes(
  String.raw`(?<![\p{L}])(?:familiar face|face|someone|one of (?:our|my) (?:clients|regulars)) from (?:our|my) (?:waiting list|waiting room|caseload|client list)(?![\p{L}])`,
  'gu',
);
export const FROM_THE_WAITING_LIST_GATE = /(?:our|my) (?:waiting list|waiting room|caseload|client list)/;

/** What someone enquires about when they enquire about therapy. */
const CONCERN = String.raw`(?:gambling|drinking|drug use|relapse|addiction|anxiety|depression|panic attacks|ocd|ptsd|grief|trauma|eating disorder|self-harm|divorce|marriage|affair|anger|debts?|sexuality|bereavement|miscarriage|breakdown)`;
/** The concern closes the phrase: "about her divorce." is hers; "about her divorce party cake" is an order. */
const CONCERN_ENDS = String.raw`(?=\s*(?:[.,;:!?—–)]|$|(?:and|but|last|this|yesterday|today|on|at|in|with|because|so)(?![\p{L}])))`;

/** "the gentleman who enquired last night about his gambling relapse". */
export const ENQUIRED_ABOUT = apostrophes(
  String.raw`(?<![\p{L}])(?:the|a|an|one|this|that) (?:[\p{L}-]+ ){0,2}?${PERSON_NOUN} who (?:enquired|inquired|rang|called|phoned|emailed|messaged|got in touch|wrote in|booked in|booked) (?:[\p{L}\p{N}]+ ){0,4}?about (?:his|her|their) (?:[\p{L}-]+ )?${CONCERN}${CONCERN_ENDS}`,
  'gu',
);
export const ENQUIRED_ABOUT_GATE = /who (?:enquired|inquired|rang|called|phoned|emailed|messaged|got in touch|wrote in|booked)/;

/** "our first bursary place went to a single dad from Tilbury Road" (not "first place went to a 9-year-old with a giant marrow"). */
export const PLACE_WENT_TO = apostrophes(
  String.raw`(?<![\p{L}])(?:bursary|funded|free|subsidised|subsidized|sponsored|low-cost|hardship|pro bono) (?:[\p{L}-]+ )?(?:place|places|session|sessions|spot|spots|slot|slots) (?:went|goes|has gone|have gone) to (?:a|an|one|this) (?:[\p{L}-]+ ){0,3}?${PERSON_NOUN}(?![\p{L}])`,
  'gu',
);
export const PLACE_WENT_TO_GATE = /(?:bursary|funded|free|subsidi[sz]ed|sponsored|low-cost|hardship|pro bono) /;
/** A draft about therapy, where a funded place is a place in therapy (not at a football academy). */
export const THERAPY_DRAFT = /session|therap|counsel|client/;

/** "she's now on sertraline": what a client takes, said where the draft speaks of a client (see CLIENT_IN_DRAFT). */
export const ON_MEDICATION = apostrophes(
  String.raw`(?<![\p{L}])(?:she|he)(?:'s| is) (?:now |still |finally )?on (?:sertraline|citalopram|fluoxetine|prozac|mirtazapine|venlafaxine|propranolol|diazepam|lithium|quetiapine|olanzapine|antidepressants|anti-depressants|meds|medication|beta blockers)(?![\p{L}])`,
  'gu',
);
export const ON_MEDICATION_GATE = /sertraline|citalopram|fluoxetine|prozac|mirtazapine|venlafaxine|propranolol|diazepam|lithium|quetiapine|olanzapine|depressants|meds|medication|beta blockers/;
export const CLIENT_IN_DRAFT = /(?<![\p{L}])(?:a|my|our|one|this|the) (?:[\p{L}-]+ )?client(?:'s|’s)?(?![\p{L}])/u;

/** "Meet Ruth, 62, who came to us after her divorce": with a name in the sentence, why a client first came. */
export const CAME_TO_US_AFTER = apostrophes(
  String.raw`(?<![\p{L}])who (?:first )?came to (?:us|me|see (?:us|me)|therapy|counsell?ing|the practice|the clinic|[\p{L}]*therapy|[\p{L}]*counsell?ing) (?:after|for|with|because of|following) (?:her|his|their) (?:[\p{L}-]+ )?(?:divorce|separation|break-?up|bereavement|loss|breakdown|diagnosis|accident|crash|miscarriage|redundancy|anxiety|depression|grief|trauma|panic attacks|addiction|drinking|gambling|burnout|illness)(?![\p{L}])`,
  'gu',
);
export const CAME_TO_US_AFTER_GATE = /who (?:first )?came to /;
/** "Meet Ruth, our new receptionist, who came to us after her redundancy": staff joined us, they did not come for therapy. */
export const STAFF_ROLE = /(?<![\p{L}])(?:receptionist|administrator|admin|manager|therapist|counsellor|volunteer|trainee|colleague|staff|team|bookkeeper|cleaner|supervisor|intern|joins|joined|joining)(?![\p{L}])/u;

/** One line of a diary: a name (an initial or a first name, and a surname) and a time, "K Amin 10:00". */
export const DIARY_ENTRY = /(?<![\p{L}\p{N}])(?:[\p{L}]\.?|[\p{L}][\p{L}'’]{1,20}) ([\p{L}][\p{L}'’-]{1,30}),? \d{1,2}[:.]\d{2}(?:\s?[ap]m)?(?![\p{N}])/gu;
/** A draft that shows a diary or the day's bookings, where names with times are clients. */
export const DIARY_GATE = gated(/diary|appointments|bookings|booked in|caseload|clients/);
/** A programme's times are its talks and its names its speakers; results, fixtures and courts are sport's; hair and bells a wedding's. */
export const PROGRAMME = /(?<![\p{L}])(?:speakers?|talks?|keynote|workshops?|agenda|programme|program|open day|panel|therapists|results?|race|gala|fixtures?|match|court|courts|tennis|swim|league|hair|wedding|bells?|ringing|rota|v|vs)(?![\p{L}])/u;

/** "in support of a former client's custody application": a client's legal matters. */
export const CLIENT_LEGAL_MATTER = apostrophes(
  String.raw`(?<![\p{L}])(?:a (?:former|current|past|recent|long-standing) |our (?:former |current |past )?|my (?:former |current |past )?|one of (?:our|my) (?:former |current |past )?|(?:two|three|four|several) (?:of (?:our|my) )?)(?:client|patient)(?:'s|s'|s) (?:[\p{L}-]+ ){0,2}?(?:custody|court|divorce|tribunal|criminal|benefits?|pip|immigration|asylum|inquest|disciplinary|fitness to practise) (?:cases?|applications?|hearings?|appeals?|claims?|proceedings|trials?|evidence)(?![\p{L}])`,
  'gu',
);
export const CLIENT_LEGAL_MATTER_GATE = /(?:client|patient)/;

/** "Responding to the review from J.T.: you attended eight sessions with us": a reply that confirms someone is a client. */
export const YOU_ATTENDED = apostrophes(
  String.raw`(?<![\p{L}])you (?:attended|had|came to|completed|booked|cancelled|missed) (?:[\p{L}\p{N}]+ ){0,2}?(?:sessions?|appointments?) (?:with us|here|at the practice)(?![\p{L}])`,
  'gu',
);
export const YOU_ATTENDED_GATE = /you (?:attended|had|came to|completed|booked|cancelled|missed) /;
/** Only in an answer to someone: an @reply, or a reply to their review or comment ("Have you had sessions with us before?" asks everyone). */
export const ANSWERS_SOMEONE = /^\s*@|(?:responding|replying|in reply|in response) to|your (?:review|comment|post)|the review from/;
