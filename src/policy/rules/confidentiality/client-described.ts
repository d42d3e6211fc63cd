import { PERSON_NOUN } from './client-references.ts';
import { apostrophes } from './text-scope.ts';

/**
 * A client picked out by what happened to them at the practice rather than by a client word:
 * a safeguarding referral made for one of them, a face from the waiting list, an enquirer and
 * what they enquired about, who a funded place went to, what they now take, why they first
 * came. Each with the plain-engine gate the literal gate's scan stands in front of.
 */

/** "a safeguarding referral made today for one of my teenagers at Rawdon High". */
export const SAFEGUARDING_FOR = apostrophes(
  String.raw`(?<![\p{L}])safeguarding (?:referral|concern|report|alert|disclosure)s? (?:(?:made|raised|logged|filed|submitted|sent) )?(?:(?:today|tonight|yesterday|this (?:morning|afternoon|week)) )?(?:for|about|on|regarding) (?:one of (?:my|our)|a|an|my|our|this|the) [\p{L}\p{N}-]+`,
  'gu',
);
export const SAFEGUARDING_FOR_GATE = /safeguarding/;

/** "a familiar face from our waiting list at the bakery". */
export const FROM_THE_WAITING_LIST = apostrophes(
  String.raw`(?<![\p{L}])(?:familiar face|face|someone|one of (?:our|my) (?:clients|regulars)) from (?:our|the|my) (?:waiting list|waiting room|caseload|client list)(?![\p{L}])`,
  'gu',
);
export const FROM_THE_WAITING_LIST_GATE = /waiting list|waiting room|caseload|client list/;

/** What someone enquires about when they enquire about therapy. */
const CONCERN = String.raw`(?:gambling|drinking|drug use|relapse|addiction|anxiety|depression|panic attacks|ocd|ptsd|grief|trauma|eating disorder|self-harm|divorce|marriage|affair|anger|debts?|sexuality|bereavement|miscarriage|breakdown)`;

/** "the gentleman who enquired last night about his gambling relapse". */
export const ENQUIRED_ABOUT = apostrophes(
  String.raw`(?<![\p{L}])(?:the|a|an|one|this|that) (?:[\p{L}-]+ ){0,2}?${PERSON_NOUN} who (?:enquired|inquired|rang|called|phoned|emailed|messaged|got in touch|wrote in|booked in|booked) (?:[\p{L}\p{N}]+ ){0,4}?about (?:his|her|their) (?:[\p{L}-]+ )?${CONCERN}(?![\p{L}])`,
  'gu',
);
export const ENQUIRED_ABOUT_GATE = /who (?:enquired|inquired|rang|called|phoned|emailed|messaged|got in touch|wrote in|booked)/;

/** "our first bursary place went to a single dad from Tilbury Road". */
export const PLACE_WENT_TO = apostrophes(
  String.raw`(?<![\p{L}])(?:place|places|session|sessions|spot|spots|slot|slots) (?:went|goes|has gone|have gone) to (?:a|an|one|this) (?:[\p{L}-]+ ){0,3}?${PERSON_NOUN}(?![\p{L}])`,
  'gu',
);
export const PLACE_WENT_TO_GATE = /(?:went|goes|gone) to (?:a|an|one|this) /;

/** "she's now on sertraline": what a client takes, said where the draft speaks of a client (see CLIENT_IN_DRAFT). */
export const ON_MEDICATION = apostrophes(
  String.raw`(?<![\p{L}])(?:she|he|they)(?:'s| is|'re| are) (?:now |still |finally )?on (?:sertraline|citalopram|fluoxetine|prozac|mirtazapine|venlafaxine|propranolol|diazepam|lithium|quetiapine|olanzapine|antidepressants|anti-depressants|meds|medication|beta blockers)(?![\p{L}])`,
  'gu',
);
export const ON_MEDICATION_GATE = /sertraline|citalopram|fluoxetine|prozac|mirtazapine|venlafaxine|propranolol|diazepam|lithium|quetiapine|olanzapine|depressants|meds|medication|beta blockers/;
export const CLIENT_IN_DRAFT = /(?<![\p{L}])(?:client|client's|patient|patient's)(?![\p{L}])/u;

/** "Meet Ruth, 62, who came to us after her divorce": with a name in the sentence, why a client first came. */
export const CAME_TO_US_AFTER = apostrophes(
  String.raw`(?<![\p{L}])who (?:first )?came to (?:us|me|see (?:us|me)|therapy|counsell?ing|the practice|the clinic|[\p{L}]*therapy|[\p{L}]*counsell?ing) (?:after|for|with|because of|following) (?:her|his|their)(?![\p{L}])`,
  'gu',
);
export const CAME_TO_US_AFTER_GATE = /who (?:first )?came to /;

/** One line of a diary: a name (an initial or a first name, and a surname) and a time, "K Amin 10:00". */
export const DIARY_ENTRY = /(?<![\p{L}\p{N}])(?:[\p{L}]\.?|[\p{L}][\p{L}'’-]+) ([\p{L}][\p{L}'’-]+),? \d{1,2}[:.]\d{2}(?:\s?[ap]m)?(?![\p{N}])/gu;
/** A draft that shows a diary or the day's bookings, where names with times are clients. */
export const DIARY_GATE = /diary|appointments|bookings|booked in|caseload|clients/;
/** A programme's times are its talks and breaks, and its names its speakers. */
export const PROGRAMME = /(?<![\p{L}])(?:speakers?|talks?|keynote|workshops?|agenda|programme|program|open day|break|lunch|panel|therapists|team)(?![\p{L}])/u;
