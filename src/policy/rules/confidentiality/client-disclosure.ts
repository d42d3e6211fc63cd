import { aboutWritersOwnLife } from '../people-in-therapy.ts';
import { toFoldedOffset } from '../../normalise-text.ts';
import type { Detector, DetectorContext, Signal } from '../detector.ts';
import { APPOINTMENT_DISCLOSURE, APPOINTMENT_GATE } from './appointment-disclosure.ts';
import { ANSWERS_SOMEONE, STAFF_ROLE, THERAPY_DRAFT, YOU_ATTENDED, YOU_ATTENDED_GATE, CAME_TO_US_AFTER, CAME_TO_US_AFTER_GATE, CLIENT_IN_DRAFT, CLIENT_LEGAL_MATTER, CLIENT_LEGAL_MATTER_GATE, DIARY_ENTRY, DIARY_GATE, PROGRAMME, ENQUIRED_ABOUT, ENQUIRED_ABOUT_GATE, FROM_THE_WAITING_LIST, FROM_THE_WAITING_LIST_GATE, ON_MEDICATION, ON_MEDICATION_GATE, PLACE_WENT_TO, PLACE_WENT_TO_GATE, SAFEGUARDING_FOR, SAFEGUARDING_FOR_GATE } from './client-described.ts';
import { CLIENT_PERSON, CLIENT_PERSON_GATE, CLIENT_REFERENCE, CLIENT_REFERENCE_GATE, HAPPENED, SESSION_STORY_GATE, SESSION_WITH_PERSON_GATE, THERAPY_CONTEXT_GATE, RETELLING, SESSION_STORY, SESSION_WITH_PERSON, SOMEONE_TOLD, THERAPY_CONTEXT } from './client-references.ts';
import { looksLikeName, namesIn } from './person-names.ts';
import { afterInSentence, apostrophes, beforeInSentence, findGated, sentenceRange, sentenceText } from './text-scope.ts';
import { CLIENT_DISCLOSURE_TRIGGERS } from './triggers.ts';
import { gated, mayMatch } from '../literal-gate.ts';

const NEVER_DISCUSSED = /(?<![\p{L}])(?:never|not|won't|don't|do not|cannot|can't)(?![\p{L}])/u;

/** Generic statements ("if a client cancels…", "what should I do when a client says…") describe no one. */
const GENERIC_CUE = apostrophes(String.raw`(?<![\p{L}])(?:if|when|whenever|unless|every time|each time|should|any|whether|let'?s say|imagine|suppose|hypothetically)(?![\p{L}])`, 'u');

/** Public celebration of one client. */
/** A day's clinical events counted out: "one disclosure of abuse, two safeguarding calls". */
const CLINICAL_EVENTS = /(?<![\p{L}\p{N}])(?:a|an|one|another|two|three|four|\d+) (?:disclosures? of|safeguarding (?:referrals?|calls?|concerns?|disclosures?)|clients? in crisis)(?![\p{L}])/gu;
const CLIENT_SPOTLIGHT = apostrophes(String.raw`(?<![\p{L}])(?:client (?:shout[- ]?outs?|spotlight|success stor(?:y|ies)|of the (?:week|month|year)|milestone|story|win|update|news|moment|breakthrough|progress|presented|presents|disclosed|reported|stated)|not (?:her|his|their) real name|names? (?:have|has) been changed)(?![\p{L}])`, 'gu');

/** A person's therapy itself: "finished her 12 sessions", "started his counselling". */
const RETURNED_FOR_THERAPY = apostrophes(String.raw`(?<![\p{L}])(?:(?:been )?(?:coming|came|come|returned|returning|back) (?:back )?(?:to (?:us|see us|me|see me) )?for (?:[\p{L}\p{N}-]+ ){0,3}?(?:sessions?|therapy|counsell?ing|treatment))(?![\p{L}])`, 'gu');
const THERAPY_PARTICIPATION = /(?<![\p{L}])(?:finished|finishing|completed|completing|ended|ending|wrapped up|graduated from|reached the end of|started|starting|began|attended|missed|cancelled|booked|celebrat(?:ed|ing)) (?:her|his|their) (?:[\p{L}\p{N}-]+ ){0,2}?(?:sessions?|therapy|counsell?ing|treatment|appointments?|emdr|cbt)(?![\p{L}])(?! (?:training|diploma|degree|qualification|course|placement|skills|practice|career|studies|service|business|supervision|module))/gu;

/** Plain-engine gates for the patterns below. */
const SESSION_WITH_NAME_GATE = /(?:session|appointment|hour) with /;
const SOMEONE_TOLD_GATE = /(?:told|said|admitted|confided|cried|shared|confessed|disclosed) (?:me|to me|that)/;
const SPOTLIGHT_GATE = /client|real name|been changed/;
/**
 * A client's thanks quoted and signed with a first name and an initial: "'Thank you for getting
 * me through the divorce' — Rachel P." names the client. Unsigned or initials-only thanks do not,
 * nor a colleague's sign-off with a role ("— Jo B., practice manager") or a kiss ("— Jen x").
 */
const SIGNED_THANKS = apostrophes(String.raw`["'“‘]\s*(?:thank you|thankyou|thanks)(?: so much)? for (?:getting me through|helping me|all (?:your|the) help|everything you|listening to me|being there|saving|giving me)[^"“”\n]{0,200}?["”]?\s?[—–-] ?([\p{L}][\p{L}'-]+) [\p{L}]\.?(?![\p{L}])(?!\.?,? (?:[\p{L}]+ )?(?:manager|director|lead|admin|administrator|receptionist|therapist|counsellor|owner|founder|trustee|chair|secretary|volunteer))`, 'gu');
const SIGNED_THANKS_GATE = /thank/;
const CLINICAL_EVENTS_GATE = /disclosure|safeguarding|in crisis/;
const PARTICIPATION_GATE = /(?:her|his|their) (?:[a-z0-9-]+ ){0,2}(?:session|therap|counsel|treatment|appointment|emdr|cbt)/;
const RETURNED_GATE = / for (?:[a-z0-9-]+ ){0,3}(?:session|therap|counsel|treatment)/;
const GROUP_SHARING_GATE = /speaking|spoke|talking|talked|sharing|shared|opening up|opened up|telling (?:us|the group)|told (?:us|the group)/;
const UNNAMED_SHARING_GATE = /shared|told|opened|spoke|talked|cried|broke|admitted|disclosed|confided|revealed/;
const RECORD_WORDS = /notes|record|file|report|plan|assessment|formulation|letter|form|questionnaire|history|diagnosis|results|scores|paperwork|documents|prescription|summary/;

/** Sending or showing someone's clinical paperwork. */
const CLINICAL_RECORDS = apostrophes(String.raw`(?<![\p{L}])(?:(?:attached|attach|attaching|sent|send|sending|forwarded|forwarding|shared|sharing|posted|posting|emailed|emailing|email|uploaded|uploading|printed|printing|faxed|faxing|passed on|passing on|handed over|here(?:'s| is| are)|copy of|pdf of|scan of|photo of|screenshot of) (?:[\p{L}'-]+ ){0,4}?(?:your|her|his|their|the client'?s|a client'?s|my client'?s|(?!(?:the practice|practice|team|company|business|our|clinic|it)'s)[\p{L}-]+'s) (?:[\p{L}-]+ )?(?:notes|records?|case file|file|report|care plan|risk assessment|formulation|letter|form|forms|questionnaire|history|diagnosis|results|scores|paperwork|documents|prescription|discharge summary)|letter (?:we|i) (?:sent|wrote|sent off) to (?:your|her|his|their) (?:gp|doctor|psychiatrist|consultant))(?![\p{L}])`, 'gu');

/**
 * A client's therapist reporting on them, in a reply or post: "your husband's therapist tells us he
 * missed three sessions", "your counsellor says you disclosed drinking". Told to us, or saying what
 * the person did, not general advice ("if your therapist says you need a break, listen").
 */
const THERAPIST_REPORTS = apostrophes(
  String.raw`(?<![\p{L}])(?:your|his|her|their|[\p{L}-]+'s) (?:[\p{L}-]+'s )?(?:therapist|counsellor|counselor|psychologist|psychotherapist) (?:(?:tells|told|has told|let|informed|has informed|reported to|mentioned to) us|(?:says|said|tells me|told me) (?:that )?(?:you|he|she|they) (?:disclosed|missed|admitted|mentioned|talked about|spoke about|have been|has been|had been|were|was|cancelled|didn't|did not))(?![\p{L}])`,
  'gu',
);
const THERAPIST_REPORTS_GATE = /therapist|counsel|psycholog/;

/** Thanking or praising named attendees for what they shared in a group. */
const GROUP_SHARING = /(?<![\p{L}])(?:for|who|after) (?:[\p{L}']+ ){0,3}?(?:speaking|spoke|talking|talked|sharing|shared|opening up|opened up|telling us|told us|telling the group|told the group)(?: so (?:openly|honestly|bravely|movingly))?(?: with (?:us|the group|everyone))? (?:about|how|what|that|their|her|his)(?![\p{L}])/gu;
const UNNAMED_GROUP_SHARING = apostrophes(String.raw`(?<![\p{L}])(?:(?:one|an?|another) (?:attendee|participant|group member|member of the group)|(?:one|an?|another|this|the) (?:[\p{L}-]+ )?(?:attendee|participant|member|woman|man|lady|gentleman|guy|person|mum|dad|lad|girl|boy|young (?:man|woman|person)) (?:in|from|at) (?:[\p{L}'-]+ ){1,3}?(?:group|workshop|circle|class|course|session|retreat|meeting))(?: [\p{L}'-]+){0,3}? (?:shared|told us|told the group|opened up|spoke|talked|cried|broke down|admitted|disclosed|confided|revealed)(?![\p{L}])`, 'gu');

const startsCapitalised = (original: string, offset: number): boolean => {
  const first = original.charAt(offset);
  return first !== first.toLowerCase();
};

/** "my client Sam": the reference is followed straight away by a name. */
const NEXT_WORD = /^,? ([\p{L}][\p{L}'’-]*)/u;
const namedNext = (context: DetectorContext, foldedEnd: number): boolean => {
  const next = NEXT_WORD.exec(context.text.folded.slice(foldedEnd, foldedEnd + 40));
  if (!next?.[1]) return false;
  const start = foldedEnd + next[0].length - next[1].length;
  return looksLikeName(context.text, start, start + next[1].length, context.organisation);
};
const SOMEONE_IN_SLOT = apostrophes(String.raw`(?:is|'s|are|comes|came|sits) (?:in|to|into) $`, 'u');
/** "bumped into a former client", "session with my 4pm client": the client is a particular person. */
const ENCOUNTER_OR_SESSION = apostrophes(String.raw`(?<![\p{L}])(?:proud of|well done to|congratulations to|congrats to|shout ?out to|thinking of|love to|bumped into|bump into|bumping into|ran into|run into|running into|spotted|came across|crossed paths with|saw|seen|met|passed|(?:session|appointment|hour|call|chat) (?:[\p{L}]+ ){0,2}?with)\s$`, 'u');
/** "…when you know all about their affair": hints at what the client disclosed. */
const KNOWS_PRIVATE = apostrophes(String.raw`(?<![\p{L}])(?:know|knew|knowing|heard) (?:far |way |so |a bit |)(?:all|everything|so much|too much|a lot|the whole story|all the details|every detail|the details) about|(?:their|her|his) (?:affair|affairs|divorce|secret|secrets|addiction|drinking|gambling|diagnosis|trauma|abuse|eating disorder|self-harm|overdose|debts|sex life|marriage problems|past)(?![\p{L}])`, 'u');
/** "(the GP from Didsbury)", ", a teacher at the academy": a description that points at one person. */
const DESCRIBED_BY = apostrophes(String.raw`^\W{0,3}(?:the|a|an|who(?:'s| is)(?: a| an| the)?) (?:[\p{L}-]+ ){0,2}?[\p{L}-]+ (?:from|in|at|who works|who teaches|who runs|who lives)(?![\p{L}])`, 'u');
const SLOT_ON_OFFER = /^ (?:is |are |has )?(?:now |still |just )?(?:free|available|open|opened up|become free|up for grabs|vacant)(?![\p{L}])/u;
/** A plain thank-you from a client, with nothing more said of them. */
const THANKS_RECEIVED = apostrophes(String.raw`^,? (?:has |just )?(?:sent|gave|left|dropped off|posted) (?:us|me|the team) (?:a |an |some |the )?(?:lovely |beautiful |kind |sweet |wonderful |little )?(?:thank[- ]?you )?(?:card|note|message|email|review|flowers|chocolates|biscuits)(?: (?:today|this (?:morning|week)|yesterday))?[^\p{L}]*(?:$|[.!]|it |which |and it )`, 'u');
const PRONOUN_NEXT = /^\W{0,4}(?:she|he|they)(?![\p{L}])/u;
/** "my Friday 4pm: 'my cat is the only one with boundaries'": their words quoted. */
const QUOTE_NEXT = /^\s?[:,–—-]?\s?["“'‘]/u;

const clientReferences = (context: DetectorContext): Signal[] =>
  findGated(context.text, CLIENT_REFERENCE_GATE, CLIENT_REFERENCE).flatMap((match) => {
    const { text } = context;
    if (GENERIC_CUE.test(beforeInSentence(text, match.foldedStart, 40))) return [];
    const after = afterInSentence(text, match.foldedEnd, 90);
    // "my 6pm slot is now free" offers the slot; it tells nothing about whoever had it.
    if (SLOT_ON_OFFER.test(after) && /(?:slot|appointment|session|booking)$/.test(match.text)) return [];
    // "A former client sent us a thank-you card": thanks received, nothing about them.
    if (THANKS_RECEIVED.test(after)) return [];
    const timed = /\d/.test(match.text) || /day|morning|afternoon|evening/.test(match.text);
    const slotTaken = /(?:slot|appointment|session|booking)$/.test(match.text) && SOMEONE_IN_SLOT.test(beforeInSentence(text, match.foldedStart, 30));
    const story = RETELLING.test(after) || KNOWS_PRIVATE.test(after) || DESCRIBED_BY.test(after) || ENCOUNTER_OR_SESSION.test(beforeInSentence(text, match.foldedStart, 40)) || namedNext(context, match.foldedEnd) || slotTaken || (timed && (/client|patient/.test(match.text) || PRONOUN_NEXT.test(after) || QUOTE_NEXT.test(after)));
    if (!story) return [];
    return [{
      span: match.span,
      reason: 'Talks about a specific client and what happened in their therapy: even without a name, this can identify them.',
      edit: { kind: 'replace', with: startsCapitalised(text.original, match.span[0]) ? 'People I work with' : 'people I work with' },
    }];
  });

const clientPeople = ({ text }: DetectorContext): Signal[] =>
  findGated(text, CLIENT_PERSON_GATE, CLIENT_PERSON).flatMap((match) => {
    if (GENERIC_CUE.test(beforeInSentence(text, match.foldedStart, 40))) return [];
    return [{ span: match.span, reason: 'Talks about a particular person the writer sees in therapy: details like these can identify a client.' }];
  });

/** "today's session with Maria was a breakthrough": a named person's session, in the past. */
const SESSION_WITH_NAME = /(?<![\p{L}])(?:session|sessions|appointment|hour) with ([\p{L}][\p{L}'’-]*)/gu;
const BOOKING_TALK = /(?<![\p{L}])(?:book|booking|available|availability|offers?|runs|running|join|sign up|try|with our|enquire|new therapist|our therapist)(?![\p{L}])/u;
const namedSessions = (context: DetectorContext): Signal[] =>
  findGated(context.text, SESSION_WITH_NAME_GATE, SESSION_WITH_NAME).flatMap((match) => {
    const { text } = context;
    const nameEnd = match.foldedEnd;
    const nameStart = nameEnd - (match.groups[0]?.length ?? 0);
    if (!looksLikeName(text, nameStart, nameEnd, context.organisation)) return [];
    const sentence = sentenceText(text, match.foldedStart);
    if (BOOKING_TALK.test(sentence) || !HAPPENED.test(sentence)) return [];
    return [{ span: match.span, reason: 'Names someone and retells their session: that identifies them as a client.' }];
  });

const SESSION_REASON = 'Retells a therapy session with a particular person: details like these can identify a client.';
const sessionStories = ({ text }: DetectorContext): Signal[] => [
  ...findGated(text, SESSION_STORY_GATE, SESSION_STORY).map((match) => ({ span: match.span, reason: SESSION_REASON })),
  ...findGated(text, [SOMEONE_TOLD_GATE, THERAPY_CONTEXT_GATE], SOMEONE_TOLD).flatMap((match) => {
    const around = text.folded.slice(Math.max(0, match.foldedStart - 160), match.foldedEnd + 160);
    return THERAPY_CONTEXT.test(around) ? [{ span: match.span, reason: SESSION_REASON }] : [];
  }),
  ...findGated(text, SESSION_WITH_PERSON_GATE, SESSION_WITH_PERSON).flatMap((match) => {
    if (GENERIC_CUE.test(beforeInSentence(text, match.foldedStart, 40))) return [];
    // Happened, or retold: "a session with a retired firefighter who finally talked about the fire".
    return HAPPENED.test(afterInSentence(text, match.foldedEnd, 60)) || RETELLING.test(afterInSentence(text, match.foldedEnd, 90)) || HAPPENED.test(beforeInSentence(text, match.foldedStart, 30)) ? [{ span: match.span, reason: SESSION_REASON }] : [];
  }),
];

/** The matches, when the draft-wide condition holds: asked only once a match is found, since it reads the whole draft. */
const onlyIf = <T>(matches: readonly T[], condition: () => boolean): readonly T[] => (matches.length > 0 && condition() ? matches : []);

/** Signals from a pattern that only count when a person's name is in the same sentence. */
const withNameInSentence = (context: DetectorContext, gate: RegExp | readonly RegExp[], pattern: RegExp, reason: string): Signal[] =>
  findGated(context.text, gate, pattern).flatMap((match) => {
    // The name may close the sentence before ("Remember Katie? She's been coming to us since").
    const [start, end] = sentenceRange(context.text, match.foldedStart);
    return namesIn(context.text, Math.max(0, start - 120), end, context.organisation).length > 0 ? [{ span: match.span, reason }] : [];
  });

const namedClients = (context: DetectorContext): Signal[] => [
  ...findGated(context.text, SPOTLIGHT_GATE, CLIENT_SPOTLIGHT).map((match) => ({ span: match.span, reason: 'Singles out a client in public: clients must never be identified.' })),
  ...findGated(context.text, SIGNED_THANKS_GATE, SIGNED_THANKS).flatMap((match) => {
    const name = match.groups[0] ?? '';
    const nameStart = match.foldedStart + match.text.lastIndexOf(name);
    // A capital initial: "— Jen x" signs off with a kiss.
    const initial = context.text.original.charAt(context.text.sourceStart[nameStart + name.length + 1] ?? 0);
    return initial !== initial.toLowerCase() && looksLikeName(context.text, nameStart, nameStart + name.length, context.organisation) ? [{ span: match.span, reason: "Quotes a client's thanks under their name: that identifies them as a client." }] : [];
  }),
  ...findGated(context.text, CLINICAL_EVENTS_GATE, CLINICAL_EVENTS).flatMap((match) =>
    GENERIC_CUE.test(beforeInSentence(context.text, match.foldedStart, 40)) ? [] : [{ span: match.span, reason: 'Describes what happened in clients\' sessions: that is confidential.' }],
  ),
  ...withNameInSentence(context, PARTICIPATION_GATE, THERAPY_PARTICIPATION, 'Names a person and describes their therapy, which identifies them as a client.'),
  ...withNameInSentence(context, [RETURNED_GATE, /(?:coming|came|come|returned|returning|back) /], RETURNED_FOR_THERAPY, 'Names a person and says they come to the practice for therapy, which identifies them as a client.'),
  ...withNameInSentence(context, GROUP_SHARING_GATE, GROUP_SHARING, 'Names people and retells what they shared in a group session: what is said there is confidential.'),
  ...withNameInSentence(context, CAME_TO_US_AFTER_GATE, CAME_TO_US_AFTER, 'Names a person and says why they came for therapy, which identifies them as a client.').filter((signal) => !STAFF_ROLE.test(sentenceText(context.text, toFoldedOffset(context.text, signal.span[0])))),
  ...findGated(context.text, SAFEGUARDING_FOR_GATE, SAFEGUARDING_FOR).flatMap((match) => (GENERIC_CUE.test(beforeInSentence(context.text, match.foldedStart, 30)) ? [] : [{ span: match.span, reason: 'Says a safeguarding referral was made for a particular person: that is confidential.' }])),
  ...findGated(context.text, FROM_THE_WAITING_LIST_GATE, FROM_THE_WAITING_LIST).map((match) => ({ span: match.span, reason: 'Picks out someone from the practice\'s waiting list or caseload: that identifies a client.' })),
  ...findGated(context.text, ENQUIRED_ABOUT_GATE, ENQUIRED_ABOUT).map((match) => ({ span: match.span, reason: 'Describes someone who enquired about therapy and what for: details like these can identify a client.' })),
  ...onlyIf(findGated(context.text, YOU_ATTENDED_GATE, YOU_ATTENDED), () => ANSWERS_SOMEONE.test(context.text.folded)).flatMap((match) => (GENERIC_CUE.test(beforeInSentence(context.text, match.foldedStart, 20)) || /\?/u.test(sentenceText(context.text, match.foldedStart)) ? [] : [{ span: match.span, reason: 'Confirms in public that someone came for sessions: that identifies them as a client.' }])),
  // "A former client's court case is never something we discuss" states the rule.
  ...findGated(context.text, CLIENT_LEGAL_MATTER_GATE, CLIENT_LEGAL_MATTER).flatMap((match) => (NEVER_DISCUSSED.test(sentenceText(context.text, match.foldedStart)) ? [] : [{ span: match.span, reason: "Speaks of a client's legal matters: that is confidential." }])),
  ...onlyIf(findGated(context.text, PLACE_WENT_TO_GATE, PLACE_WENT_TO), () => THERAPY_DRAFT.test(context.text.folded)).map((match) => ({ span: match.span, reason: 'Describes who a place or session went to: details like these can identify a client.' })),
  ...onlyIf(findGated(context.text, ON_MEDICATION_GATE, ON_MEDICATION), () => CLIENT_IN_DRAFT.test(context.text.folded)).flatMap((match) => (GENERIC_CUE.test(beforeInSentence(context.text, match.foldedStart, 30)) ? [] : [{ span: match.span, reason: "Says what medication a client is on: that is confidential health information." }])),
  ...findGated(context.text, [UNNAMED_SHARING_GATE, /attendee|participant|member|group|workshop|circle|class|course|session|retreat|meeting/], UNNAMED_GROUP_SHARING).map((match) => ({ span: match.span, reason: 'Retells what a participant shared in a group session: what is said there is confidential.' })),
];

/**
 * A diary shown in public: two or more names with a time each ("Jo Pell 09:00, K Amin 10:00") in
 * a draft about the diary or bookings, one of them written with an initial as diaries do. One name
 * with a time is an event's speaker; a programme's names are its speakers.
 */
const diaryEntries = (context: DetectorContext): Signal[] => {
  const { text } = context;
  // The draft's shared literal scan rules most drafts out before either pattern reads them.
  if (!mayMatch(text, DIARY_GATE) || !DIARY_GATE.test(text.folded) || PROGRAMME.test(text.folded)) return [];
  const named = findGated(text, DIARY_GATE, DIARY_ENTRY).filter((match) => {
    const surname = match.groups[0] ?? '';
    const start = match.foldedStart + match.text.indexOf(surname, match.text.indexOf(' '));
    return looksLikeName(text, start, start + surname.length, context.organisation);
  });
  const initialled = named.some((match) => /^[\p{L}]\.? /u.test(match.text));
  return named.length >= 2 && initialled ? [{ span: [named[0]!.span[0], named.at(-1)!.span[1]], reason: "Shows names and appointment times from the practice's diary: that identifies clients." }] : [];
};

const records = ({ text }: DetectorContext): Signal[] => [
  ...findGated(text, [RECORD_WORDS, /attach|sent|send|forward|shar|post|email|upload|print|fax|pass|hand|here|copy of|pdf of|scan of|photo of|screenshot of|letter (?:we|i)/], CLINICAL_RECORDS).map((match) => ({ span: match.span, reason: 'Shares a client\'s clinical records or correspondence over social media.' })),
  ...findGated(text, APPOINTMENT_GATE, APPOINTMENT_DISCLOSURE).map((match) => ({ span: match.span, reason: 'Gives out a client\'s appointments or account details, which confirms they are a client.' })),
  ...findGated(text, THERAPIST_REPORTS_GATE, THERAPIST_REPORTS).map((match) => ({ span: match.span, reason: "Passes on what a client's therapist said about them, which reveals what happened in therapy." })),
];

/**
 * One scan for all the gates above: a draft none of them can match (most drafts the triggers
 * let through) is dismissed in one pass instead of one per pattern.
 */
const ANY_GATE = gated(new RegExp(
  [CLIENT_REFERENCE_GATE, CLIENT_PERSON_GATE, SESSION_STORY_GATE, SESSION_WITH_PERSON_GATE, SESSION_WITH_NAME_GATE, SOMEONE_TOLD_GATE,
    SPOTLIGHT_GATE, SIGNED_THANKS_GATE, CAME_TO_US_AFTER_GATE, SAFEGUARDING_FOR_GATE, FROM_THE_WAITING_LIST_GATE, ENQUIRED_ABOUT_GATE, PLACE_WENT_TO_GATE, ON_MEDICATION_GATE, CLIENT_LEGAL_MATTER_GATE, YOU_ATTENDED_GATE, CLINICAL_EVENTS_GATE, PARTICIPATION_GATE, RETURNED_GATE, GROUP_SHARING_GATE, UNNAMED_SHARING_GATE, RECORD_WORDS, APPOINTMENT_GATE, THERAPIST_REPORTS_GATE]
    .map((gate) => `(?:${gate.source})`).join('|'),
));

/**
 * Every pattern the parts above look for, each behind one of ANY_GATE's gates: when the literal
 * gate rules all of them out, every part finds nothing, so the draft is dismissed without
 * running ANY_GATE.
 */
const PATTERNS = [
  CLIENT_REFERENCE, CLIENT_PERSON, SESSION_STORY, SOMEONE_TOLD, SESSION_WITH_PERSON, SESSION_WITH_NAME, CLIENT_SPOTLIGHT, SIGNED_THANKS, CAME_TO_US_AFTER, SAFEGUARDING_FOR, FROM_THE_WAITING_LIST, ENQUIRED_ABOUT, PLACE_WENT_TO, ON_MEDICATION, CLIENT_LEGAL_MATTER, YOU_ATTENDED, CLINICAL_EVENTS,
  THERAPY_PARTICIPATION, RETURNED_FOR_THERAPY, GROUP_SHARING, UNNAMED_GROUP_SHARING, CLINICAL_RECORDS, APPOINTMENT_DISCLOSURE, THERAPIST_REPORTS,
].map(gated);

/** Talk about a client that could identify them or reveals what happened in therapy. */
export const clientDisclosure: Detector = {
  id: 'client-disclosure',
  description: 'A specific client (named or not), their sessions, records or appointments, or what someone shared in therapy.',
  triggers: CLIENT_DISCLOSURE_TRIGGERS,
  // The diary is read on its own: its names and times hold no literal the gate could scan for.
  detect: (context) => [...(PATTERNS.some((pattern) => mayMatch(context.text, pattern)) && mayMatch(context.text, ANY_GATE) && ANY_GATE.test(context.text.folded) ? [...clientReferences(context), ...clientPeople(context), ...sessionStories(context), ...namedSessions(context), ...namedClients(context), ...records(context)] : []), ...diaryEntries(context)],
  // The model's reading of a client story gives way when the story is plainly the writer's own
  // family or friends, with no client and no therapy anywhere ("I told my wife she…").
  contradictsLearned: ({ text }) => aboutWritersOwnLife(text.folded),
};
