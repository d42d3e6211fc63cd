import { apostrophes } from './text-scope.ts';
/**
 * Ways people refer to ONE specific client (present, past or prospective) without naming
 * them, and the verbs that turn such a reference into a retelling of what happened in therapy.
 * Plural, general references ("every new client", "our clients") are service information and
 * are deliberately not matched.
 */

const TIME_OF_DAY = String.raw`\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|o'?clock)`;
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)`;
// "the client portal", "a patient survey": the noun describes a thing, not a person.
const CLIENT_NOUN = String.raw`(?:client|patient|service[- ]user|counsell?ing client|therapy client|supervisee|counsellee|referral)(?!s)(?![\p{L}])(?! (?:portal|area|login|account|base|list|feedback|survey|forms?|care|confidentiality|agreement|hub|app|pack|information|info|contract|services?|experience|journey|testimonials?|reviews?|satisfaction|numbers|data|safety|welfare|database|lounge|entrance|handbook|guide|resources?|charter|pathway|process|system|bookings?)(?![\p{L}]))`;
const CLIENT_ADJECTIVE = String.raw`(?:${TIME_OF_DAY}|${WEEKDAY}|morning|afternoon|evening|new|former|ex-?|past|previous|current|old|young|younger|teenage|teen|older|elderly|first|last|regular|long[- ]term|lovely|brave|male|female|couples?|private|nhs|eap|youngest|oldest|newest|favourite|favorite|hardest|toughest|trickiest|latest)`;
export const PERSON_NOUN = String.raw`(?:\d{1,2}[- ]?(?:year|yr)[- ]?old(?: (?:lad|boy|girl|woman|man|client|mum|dad|student))?|lad|boy|girl|woman|man|young (?:man|woman|person|lad|mum|dad)|teen(?:ager)?|mum|dad|mother|father|gentleman|lady|person|couple|family|kid|child|student|veteran|widow(?:er)?|nurse|teacher|doctor|soldier|refugee|survivor|victim|carer|young carer|pensioner|grandmother|grandfather|grandma|grandad|granddad|nan|wife|husband|new mum|new dad|single (?:mum|dad|parent)|paramedic|police officer|firefighter|builder|farmer|lawyer|student nurse|care leaver|athlete|footballer)`;
/** A session retold by its participant: "session with a retired teacher". */
export const SESSION_WITH_PERSON = apostrophes(
  String.raw`(?<![\p{L}])(?:session|appointment|hour) (?:today |tonight |this (?:morning|afternoon|evening|week) |yesterday |earlier )?with (?:a|an|my|one|this) (?:[\p{L}\p{N}-]+ ){0,3}?${PERSON_NOUN}(?![\p{L}])`,
  'gu',
);
/** "a guy told me…" is a client's disclosure when the draft is about sessions or the therapy room. */
export const SOMEONE_TOLD = apostrophes(
  String.raw`(?<![\p{L}])(?:a|one|this) (?:[\p{L}-]+ )?(?:guy|woman|man|lady|lad|girl|boy|person|mum|dad|teen|teenager|kid|child|gentleman|student) (?:told|said|admitted|confided|cried|shared|confessed|disclosed) (?:me|to me|that)(?![\p{L}])`,
  'gu',
);
export const THERAPY_CONTEXT = apostrophes(
  String.raw`(?<![\p{L}])(?:in (?:session|sessions|therapy|the room|my room|our session)|therapy room|counsell?ing room|consulting room|sessions?|client|clients|therapist life|as a therapist|as a counsell?or)(?![\p{L}])`,
  'u',
);

/** Words that place a session in the past: it happened, so it is a story about someone. */
export const HAPPENED = apostrophes(String.raw`(?<![\p{L}])(?:today|tonight|this (?:morning|afternoon|evening|week)|yesterday|last (?:night|week)|earlier|just|had|left me|was|were|went|stayed with me)(?![\p{L}])`, 'u');
const SEEING = String.raw`i(?:'ve| have|'m| am)? ?(?:been )?(?:seeing|working with|counselling|counseling|treating|supporting|coaching|helping|saw|see|work with|worked with|counsel|support|treat|help|helped|coach|supervise|assessed|assess)`;
/** Seeing someone in therapy in the past, said so: "I used to see for counselling", "I used to treat". */
const USED_TO_SEE = String.raw`i used to (?:(?:see|work with|support) (?:for|in) (?:therapy|counsell?ing|sessions?)|counsel|treat)`;
/** Verbs that only ever mean "I see this person in therapy" (unlike "see" or "help"). */
const SEEING_CLOSELY = String.raw`i(?:'ve| have|'m| am)? ?(?:been )?(?:counsel|counselling|counseling|treat|treating|am seeing|'m seeing|have been seeing|'ve been seeing|'ve been working with|have been working with|'m working with|am working with|'m supporting|am supporting|have been supporting|'ve been supporting|supervise)(?![\p{L}])`;
const NOT_PEOPLE = String.raw`school|schools|charity|company|team|organisation|organization|surgery|practice|clinic|service|gp|trust|college|university|business|group|agency|partner|colleague|colleagues|therapist|counsellor|supervisor|supervisee|council|hospital|platform|model|approach|method|issue|problem|topic|theme|area|couple of|lot|few|number|people|clients|couples|families|folk|adults|children|kids|teenagers|teens|students|women|men|parents|individuals|survivors|veterans|carers|cause|campaign|fundraiser|appeal|event|initiative|project|club|organisation|network|family business`;
const SLOT_TIME = String.raw`(?:${TIME_OF_DAY}|\d{1,2}(?:[:.]\d{2})?|${WEEKDAY}(?: (?:morning|afternoon|evening|night))?(?: ${TIME_OF_DAY}| \d{1,2}[:.]\d{2})?)`;

/**
 * After "someone I see", "a lady I see": met somewhere else ("at the gym", "on the bus", "at the
 * school gates", "out and about"), not in therapy; "at the practice", "in therapy" or "on
 * Mondays" still says client.
 */
const MET_ELSEWHERE = String.raw`(?! (?:(?:at|on|in|by|around) (?!(?:the |our |my |this )?(?:practice|clinic|therapy|counsell?ing|sessions?|room|consulting|${WEEKDAY}s?|weekends?|weekdays?|evenings?|mornings?|afternoons?|weekly|fortnightly)(?![\p{L}]))|(?:walking|out and about|down the)(?![\p{L}])))`;

/** Those whom a reader sees for their own care: "the GP you're seeing for anxiety" is no client (nor any -ist, -path or -or: "the hypnotherapist you're seeing"). */
const CARERS = String.raw`gp|doctor|consultant|psychiatrist|psychologist|nurse|dentist|physio|specialist|professional|practitioner|person|someone|clinician|counsell?or|therapist|coach|expert|mentor`;
/** What a client is seen for. */
const SEEN_FOR = String.raw`(?:panic attacks|panic|anxiety|depression|ocd|ptsd|grief|trauma|bereavement|addiction|an eating disorder|eating disorders?|self-harm|anger|insomnia|phobias?|burnout|counselling|therapy|sessions)(?![\p{L}])`;

/** One specific client, e.g. "my 3pm client", "a client", "one of my clients", "someone I'm seeing". */
export const CLIENT_REFERENCE = apostrophes(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      String.raw`(?:my|our|a|an|one|this|that|another|the) (?:${CLIENT_ADJECTIVE}[ -]){0,2}${CLIENT_NOUN}`,
      String.raw`one of (?:my|our) (?:${CLIENT_ADJECTIVE} ){0,2}(?:clients|patients|service[- ]users|couples|families|supervisees|referrals)`,
      String.raw`(?:a|one) (?:${CLIENT_NOUN}) of (?:mine|ours)`,
      // "Client today said…", "client just told me…": no article, but one client all the same.
      String.raw`${CLIENT_NOUN}(?= (?:today|tonight|this (?:morning|afternoon|evening|week)|earlier|yesterday|just|last (?:night|week)|said|says|told|tells|cried|admitted|confided|disclosed)(?![\p{L}]))`,
      String.raw`my ${SLOT_TIME} (?:slot|appointment|session|booking)`,
      String.raw`my ${TIME_OF_DAY}(?: (?:today|yesterday|this morning|this afternoon))?`,
      // "my Friday 4pm": the person in that weekly slot, when a verb, a quote or "'s" follows ("my Friday 4pm yoga class" is a class).
      String.raw`my ${WEEKDAY}(?: (?:morning|afternoon|evening))? ${TIME_OF_DAY}(?='s|\s?[:,–—-]?\s?["“'‘(]| and i(?![\p{L}])| (?:said|says|told|tells|cried|is|was|has|had|came|just|finally|asked|asks|admitted|shared|opened|turned|cancelled|didn't|did|left|brought|won't|can't)(?![\p{L}])|[.!?]|$)`,
      String.raw`my \d{1,2}[:.]\d{2}(?= (?:has|had|is|was|just|told|said|came|cancelled|didn't|did|client|lady|man|guy|woman|couple|turned|finally|cried|left))`,
      String.raw`(?:my|our) (?:very )?(?:first|former|past|previous|old)(?: ever)? (?:couple|family|clients?|patients?)(?![\p{L}])`,
    ].join('|') +
    ')',
  'gu',
);

/** A person the writer sees in therapy, which says they are a client whatever follows. */
export const CLIENT_PERSON = apostrophes(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      String.raw`someone (?:${SEEING})${MET_ELSEWHERE}`,
      // "I used to treat him for OCD": a past client, named by a pronoun.
      String.raw`i used to (?:treat|counsel) (?:him|her|them) (?:for|through)`,
      // "someone I used to see for therapy": a past client ("someone I used to see at the gym" is not).
      String.raw`(?:someone|(?:a|an|one|the|that) (?:[\p{L}-]+ )?${PERSON_NOUN}) (?:who |whom |that )?${USED_TO_SEE}`,
      String.raw`(?:a|an|one|this|the|that) (?:${CLIENT_ADJECTIVE} |certain |local )*?${PERSON_NOUN},? (?:who |whom |that )?${SEEING}${MET_ELSEWHERE}`,
      String.raw`(?:a|an|the|this|that|one) (?:[\p{L}-]+ ){0,2}?(?!(?:${NOT_PEOPLE})(?![\p{L}]))[\p{L}-]+,? (?:who |whom |that )?${SEEING_CLOSELY}`,
      String.raw`one of (?:the|my|our) (?:[\p{L}-]+ )?(?:kids|children|young people|teens|teenagers|students|pupils|lads|girls|boys|women|men|mums|dads|families|couples|people|clients|patients|survivors|veterans|carers) (?:i|we) (?:work with|see|support|counsel|saw|worked with|'m seeing|'ve been seeing|'m working with|'ve been working with)`,
      String.raw`my ${SLOT_TIME} (?:lady|man|guy|girl|boy|lad|woman|gentleman|couple|family|person|kid|teen|teenager|mum|dad|regular|regular client|one|fella|bloke|chap)`,
      // "the retired headteacher from Otley you're seeing for panic attacks": a described person
      // seen for a condition; not "the GP you're seeing for anxiety" (the reader's own care).
      String.raw`(?:a|an|the|this|that) (?:[\p{L}-]+ ){0,2}?(?!(?:${NOT_PEOPLE}|${CARERS})(?![\p{L}])|[\p{L}-]*(?:ist|path|practor|or|ian)(?![\p{L}]))[\p{L}-]+(?: from [\p{L}-]+)?,? (?:who |whom |that )?(?:you|i|we)(?:'re| are|'m| am|'ve been| have been) seeing (?:privately |weekly |at the moment |now )?for (?:her |his |their )?(?:[\p{L}-]+ )?${SEEN_FOR}`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'gu',
);

/** Plain-engine gates: literal words that every match of the pattern of the same name contains. */
const SLOT_GATE = String.raw`my (?:\d|mon|tue|wed|thu|fri|sat|sun)`;
export const CLIENT_REFERENCE_GATE = new RegExp(String.raw`client|patient|service|supervisee|counsel|referral|couple|famil|${SLOT_GATE}`);
export const CLIENT_PERSON_GATE = new RegExp(String.raw`(?:^|[^a-z])(?:i|we)(?:['’]ve| have|['’]m| am)? ?(?:been |used to )?(?:see|saw|work|counsel|treat|support|coach|help|supervis|assess)|seeing (?:privately |weekly |at the moment |now )?for|${SLOT_GATE}`);
export const SESSION_STORY_GATE = /(?:heavy|tough|hard|difficult|intense|emotional|powerful|breakthrough|amazing|moving|draining|rough|sad|upsetting|big|heartbreaking|harrowing|brutal|long) (?:session|appointment|hour)|in (?:session|therapy|today|our session|my session)|overheard|heard (?:in|from)|said to me|quote of the|guess who/;
export const SESSION_WITH_PERSON_GATE = /(?:session|appointment|hour) (?:[a-z]+ ){0,2}with (?:a|an|my|one|this) /;
export const THERAPY_CONTEXT_GATE = /session|therap|room|client|counsel/;

/** Retelling verbs: what the client said or did in the room. */
export const RETELLING = apostrophes(
  String.raw`(?<![\p{L}])(?:told me|tells me|said|says|shared|disclosed|admitted|confided|opened up|revealed|broke down|cried|sobbed|confessed|explained|described|talked about|spoke about|mentioned|asked me|tell me|to tell me|trusted|trusts|finally|came in|came out|came to see|turned up|walked in|walked out|brought|has been|had been|was|is (?:going through|struggling|dealing|living|still|doing|making|getting|feeling|now|a|an|\d|on the verge|about to|moving|leaving|splitting|separating|pregnant|expecting|off|back|in hospital|in recovery|finally|starting|finishing|having)|'s (?:doing|making|getting|feeling|now)|seems|looked|looks|just|spent|decided|emailed|e-mailed|wrote|messaged|texted|rang|called|left|lost|got|sent|gave|realised|realized|managed|made|won|passed|started|stopped|quit|moved|returned|arrived|reached|hugged|thanked|laughed|smiled|shouted|dropped out|lives|lived|works (?:as|at|in|for)|is from|comes from|has the same|goes to|turned \d+|hasn't|didn't|couldn't|wouldn't|can't|spoke|talked|told|went|tried|faced|opened)(?![\p{L}])`,
  'u',
);

/** A session retold: "had a heavy session with…", "in session today, she…". */
export const SESSION_STORY = apostrophes(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`(?:had|have had|just had|was|finished|came out of) (?:a|an|my|the)? ?(?:really |very |so |such an? |incredibly )?(?:heavy|tough|hard|difficult|intense|emotional|powerful|breakthrough|amazing|moving|draining|rough|sad|upsetting|big|heartbreaking|harrowing|brutal|long) (?:session|appointment|hour)(?: (?:today|tonight|this (?:week|morning|afternoon|evening)|earlier|yesterday|last night))? with (?:a|an|my|one|this|someone|the)`,
      String.raw`in (?:session|therapy|today's session|our session|my session)(?: (?:today|this week|this morning|this afternoon|yesterday|earlier|last week))?,? (?:when |as |while |where |after )?(?:a|an|my|one|she|he|they|this) (?:[\p{L}'-]+ ){0,3}?(?:told|said|shared|disclosed|admitted|cried|broke|opened|revealed|finally|talked|spoke|described|explained|mentioned|asked|confessed)`,
      String.raw`(?:overheard|heard|overheard this|said to me|quote of the (?:day|week)) (?:in|from) (?:a |my |today's |this morning's |the )?(?:session|therapy|the therapy room|counselling|my room|the room|client)`,
      // "what that woman told me in session today": told to the therapist, in therapy.
      String.raw`(?:told|said to|shared with|disclosed to|admitted to|confided in|confessed to) me in (?:session|therapy|today's session|our session|my session)`,
      // "guess who's just booked in with us…": a new client teased to the reader.
      String.raw`guess who(?:'s| has)? (?:just )?booked (?:in )?(?:with (?:us|me)|an? (?:initial |first |free )?(?:chat|session|appointment|consultation|assessment) with (?:us|me))`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'gu',
);
