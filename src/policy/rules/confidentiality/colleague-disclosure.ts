import type { Detector, DetectorContext, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { aboutWritersOwnLife } from '../people-in-therapy.ts';
import { afterInSentence, apostrophes } from './text-scope.ts';
import { COLLEAGUE_DISCLOSURE_TRIGGERS } from './triggers.ts';

/**
 * A colleague's or supplier's private matters (health, burnout, personal life) discussed
 * without their approval. Announcing that someone is away is fine; saying WHY is not.
 */

const COLLEAGUE_ROLES = [
  'colleague', 'colleagues', 'fellow therapist', 'fellow counsellor', 'therapist', 'counsellor', 'counselor', 'psychotherapist',
  'receptionist', 'practice manager', 'office manager', 'administrator', 'admin', 'supervisor', 'supervisee', 'team member',
  'co-worker', 'coworker', 'associate', 'trainee', 'placement student', 'locum', 'cleaner', 'accountant', 'bookkeeper',
  'landlord', 'supplier', 'web designer', 'it guy', 'it person', 'business partner', 'partner at the practice', 'boss',
  'manager', 'employee', 'member of staff', 'staff member',
];

/** "our colleague", "my supervisor", "one of our therapists" (+ the policy's own role words). */
const colleaguePattern = (extra: readonly string[]): RegExp => {
  const roles = [...new Set([...COLLEAGUE_ROLES, ...extra].map((role) => role.trim().toLowerCase()).filter(Boolean))];
  // Longest first, so "practice manager" wins over "manager"; spaces match any run of spaces.
  const nouns = `(?:${roles.sort((a, b) => b.length - a.length).map((role) => role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})`;
  return apostrophes(String.raw`(?<![\p{L}])(?:(?:our|my|the practice's|a|one of our|one of my|your) (?:lovely |brilliant |wonderful |fellow |new |senior |lead |head |[\p{L}-]+ )?${nouns}s?)(?![\p{L}])`, 'gu');
};

/** Health matters that, written as "her …", can only be the person's own. */
const OWN_CONDITION = String.raw`(?:mental health|anxiety|depression|panic attacks|ocd|ptsd|bipolar|adhd|eating disorder|endometriosis|migraines?|back|bad back|long covid|chronic fatigue|me\/cfs|fibromyalgia|ms|cancer|chemo|ivf|pregnancy|morning sickness|menopause|drinking|addiction|burnout|grief|breakdown|illness|condition|diagnosis|health)`;
const CONDITION = String.raw`(?:burn ?out|burnt out|burned out|stress|exhaustion|fatigue|depression|anxiety|panic attacks?|a breakdown|a nervous breakdown|cancer|covid|long covid|flu|pneumonia|an infection|a bad back|back problems|a broken [\p{L}]+|mental health (?:issues|problems|struggles)|a rough patch|a tough time|a hard time|a difficult time|a bad patch|grief|a bereavement|a miscarriage|surgery|an operation|a heart attack|a stroke|an illness|illness|ill health|a health scare|health (?:issues|problems)|personal (?:issues|problems|reasons))`;

/** Private circumstances stated about someone ("is off with burnout", "signed off", "going through a divorce"). */
const PRIVATE_MATTER = apostrophes(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`(?:is|'s|was|has been|have been|'ve been|are|were) (?:currently |still |now |also |really |quite )?(?:off sick|signed off|in hospital|in intensive care|unwell|poorly|seriously ill|ill|having (?:surgery|an operation|chemo|treatment|ivf)|pregnant|expecting|not coping|in rehab|on sick leave|on stress leave|burn(?:ed|t) out|depressed|grieving|heartbroken|getting divorced)`,
      String.raw`(?:off|signed off|away|absent|on leave|out|recovering|suffering|battling) (?:[\p{L}\p{N}'-]+ ){0,4}?(?:with|from|after|because of|due to|following) (?:[\p{L}'-]+ ){0,2}?${CONDITION}`,
      String.raw`(?:having|going through|had) (?:a |such a )?(?:really |very |pretty |so )?(?:hard|tough|difficult|rough|horrible|awful|bad) (?:time|patch|few (?:weeks|months)) (?:with|since|after)`,
      String.raw`(?:struggling|not coping|having a (?:hard|tough|rough) time|in bits|in pieces|falling apart|a mess)(?: so much| badly| a lot| massively)? (?:since|after|because of|with) (?:her|his|their) (?:[\p{L}-]+ )?(?:divorce|break-?up|separation|diagnosis|miscarriage|bereavement|loss|operation|surgery|illness|affair|breakdown|mum|dad|husband|wife|partner)`,
      String.raw`(?:struggling|not coping|coping|dealing) with (?:her|his|their) (?:mental health|health|grief|anxiety|depression|diagnosis|illness|divorce|marriage|drinking|weight|eating)`,
      String.raw`(?:speedy |quick |full |swift )?recovery (?:after|from|following) (?:her|his|their) (?:[\p{L}-]+ )?(?:operation|surgery|op|accident|illness|fall|treatment|stroke|heart attack|procedure|chemo|diagnosis|breakdown)`,
      String.raw`(?:battling|fighting|suffering from|suffering with|living with|dealing with|struggling with|coping with) (?:[\p{L}'-]+ ){0,2}?${CONDITION}`,
      // "because her anxiety has flared up", "with his back again": the condition is named as theirs.
      String.raw`(?:because(?: of)?|due to|cos|'cause|cause|as|since|with|from|after) (?:her|his|their) (?:[\p{L}-]+ ){0,2}?${OWN_CONDITION}`,
      String.raw`(?:her|his|their) ${OWN_CONDITION} (?:has |is |'s |have |are |'ve )?(?:flared|flaring|playing up|acting up|back|returned|come back|got worse|getting worse|worse|bad again|kicked in|relapsed|spiralling|spiraling)`,
      // Their standing at work is theirs too: "is struggling with boundaries", "nearly lost a client", "faces a complaint".
      String.raw`(?:is|'s|are|'re|was|were|has been|have been) (?:really |quite |still |clearly |badly |currently )?(?:struggling with (?:boundaries|(?:her|his|their) (?:caseload|workload|boundaries|confidence|notes|practice))|out of (?:her|his|their) depth|under investigation|being investigated|on a performance plan|facing (?:a |an )?(?:complaint|investigation|disciplinary|hearing))`,
      String.raw`(?:nearly|almost) lost (?:a|another|her|his|their) client|(?:got|had|received|has had) (?:a |another )?(?:formal )?complaint|made (?:a |another )?(?:serious |big |huge |real )?(?:mistake|mess|error) with (?:a |her |his |their )?client`,
      // Blaming them in public: "is three weeks late fixing the heating", "still hasn't paid us".
      String.raw`(?:is|are|was|were|'s|'re) (?:now |already |still )?(?:[\p{L}\p{N}]+ )?(?:weeks|days|months) late (?:fixing|paying|sending|replying|with|on)|still (?:hasn'?t|has not|haven'?t|have not) (?:fixed|paid|sent|replied|turned up|sorted)|turned up (?:[\p{L}\p{N}]+ )?(?:days|hours|weeks) late|ignored (?:[\p{L}\p{N}]+ )?(?:of (?:our|my) )?(?:emails|calls|messages|letters|voicemails)`,
      // A supplier's or contractor's pay and treatment, heard from them: "they pay her below minimum wage".
      String.raw`(?:pay|pays|paying|paid) (?:her|him|them|staff|their staff|workers|people) (?:below|under|less than|peanuts|nothing|cash in hand|late|a pittance|next to nothing)`,
      String.raw`(?:hasn'?t|haven'?t|has not|have not|didn'?t|did not|never) (?:been )?paid (?:her|him|them)|(?:below|under|less than) (?:the )?(?:minimum|living) wage|zero[- ]hours? contract|(?:is|'s|are|'re|was|were|being|been|getting|gets|get) (?:badly |really |totally |so )?(?:underpaid|exploited|mistreated|bullied|harassed|sacked|fired|let go|laid off|docked|not (?:been )?paid|treated (?:badly|terribly|awfully|like (?:dirt|rubbish|crap)))`,
      String.raw`treats? (?:her|him|them) (?:so )?(?:badly|terribly|awfully|appallingly|horribly|like (?:dirt|rubbish|crap|a slave))`,
      String.raw`(?:her|his|their) (?:wages|salary|pay|hourly rate|pay rate|pay packet|contract) (?:is|are|was|were|has been|got) (?:cut|docked|only|just|awful|terrible|tiny|£)`,
      // A bereavement or illness in their family: "whose dad has just died".
      String.raw`(?:whose|(?:her|his|their)) (?:mum|dad|mother|father|husband|wife|partner|son|daughter|brother|sister|baby|child|nan|gran|grandma|grandad|granddad) (?:has |have |had |is |was )?(?:just |recently |sadly |suddenly )?(?:died|passed(?: away)?|been diagnosed|dying|terminally ill|seriously ill|in hospital)`,
      String.raw`(?:diagnosed with|(?:(?:has|have|'s|'ve|who|just) )?lost (?:her|his|their) (?:mum|dad|mother|father|husband|wife|partner|baby|son|daughter|brother|sister)|going through (?:a |her |his |their )?(?:[\p{L}-]+ )?(?:divorce|break-?up|separation|rough patch|hard time|tough time|difficult time|ivf|chemo|menopause)|(?:had|has had|suffered) (?:a )?(?:heart attack|stroke|miscarriage|breakdown|nervous breakdown|panic attack)|split (?:up )?from (?:her|his|their) (?:husband|wife|partner)|'s (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee) (?:has |just |has just )?(?:left|walked out on|cheated on|died|passed away)|(?:she'?s|he'?s|they'?re|is|are) (?:absolutely |completely |so )?(?:devastated|heartbroken|grieving|in pieces))`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'u',
);

/** When the condition belongs to other people ("helps people suffering from anxiety") it is the colleague's work, not their life. */
const OTHERS_OR_WORK = /(?<![\p{L}])(?:people|clients|those|anyone|others|someone|children|kids|teens|adults|couples|families|parents|students|talk|workshop|session|sessions|course|webinar|group|specialis(?:es|ing)|interest|helps?|helping|supports?|supporting|works? with|working with)(?![\p{L}])/u;

/** Going somewhere "with" a matter, not a person's state: "off with the team", "away with family on holiday" is fine. */
const HARMLESS_LEAVE = /(?<![\p{L}])(?:holiday|annual leave|maternity leave|paternity leave|parental leave|training|a conference|cpd|course|honeymoon|wedding)(?![\p{L}])/u;

const patternCache = new Map<string, RegExp>();

/** The colleague pattern for this policy's extra role words, built once per distinct lexicon. */
const colleagues = (context: DetectorContext): RegExp => {
  const extra = context.organisation.lexicon('colleague-roles');
  const key = extra.join('|');
  let pattern = patternCache.get(key);
  if (!pattern) {
    pattern = colleaguePattern(extra);
    if (patternCache.size > 16) patternCache.clear();
    patternCache.set(key, pattern);
  }
  return pattern;
};

/** Someone from work, or work itself ("my work wife Chloe"). */
const WORKPLACE_PERSON = /(?<![\p{L}])(?:colleague\w*|co-?workers?|workmates?|work|team\w*|staff|manager\w*|boss\w*|receptionist\w*|therapist\w*|counsellor\w*|supervis\w*|supplier\w*|practice|clinic|office)(?![\p{L}])/u;

/** A colleague's, fellow therapist's or supplier's private matters discussed in public. */
export const colleagueDisclosure: Detector = {
  id: 'colleague-disclosure',
  description: "A colleague's, fellow therapist's or supplier's health or personal life, discussed without their approval.",
  triggers: COLLEAGUE_DISCLOSURE_TRIGGERS,
  detect: (context) => {
    const { text } = context;
    return findAll(text, colleagues(context)).flatMap((match): Signal[] => {
      const after = afterInSentence(text, match.foldedEnd, 140);
      const matter = PRIVATE_MATTER.exec(after);
      if (!matter || OTHERS_OR_WORK.test(after.slice(0, matter.index))) return [];
      if (HARMLESS_LEAVE.test(after) && !/burn|sick|breakdown|hospital|cancer|surgery|diagnos/.test(after)) return [];
      return [{ span: match.span, reason: "Discusses a colleague's health or private life without their approval." }];
    });
  },
  // The model's reading gives way when the draft is plainly about the writer's own family or
  // friends and names no one from work ("I told my wife she draws her eyebrows too high").
  contradictsLearned: ({ text }) => aboutWritersOwnLife(text.folded) && !WORKPLACE_PERSON.test(text.folded),
};
