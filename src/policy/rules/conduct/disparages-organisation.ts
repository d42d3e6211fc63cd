import type { FoldedText } from '../../normalise-text.ts';
import type { Detector, Signal } from '../detector.ts';
import { findAll, phrasePattern } from '../match.ts';
import { phrases, sentenceIndexAt, sentencesOf } from './sentences.ts';
import { triggerWords } from './trigger-words.ts';


/**
 * Runs down the organisation itself or its services in public: "our rooms are shabby",
 * "I wouldn't book with us", "the workshop is basically me reading a book". The organisation
 * must be in the sentence (its name, or "we/our/us" speaking for it) — or, for the plainest
 * put-downs, in the sentence before. Apologies ("sorry our phones were down") are left alone.
 */

/** Put-downs that need no "is …" to be about the organisation. */
const PLAIN_PHRASES: readonly string[] = [
  "wouldn't book", 'would not book', "wouldn't recommend", 'would not recommend', "wouldn't pay", 'would not pay',
  "wouldn't trust", "wouldn't go", "wouldn't send", "don't book with", 'avoid us', 'steer clear of us', 'basically me reading', 'basically just me', 'just me reading',
  'making it up as we go', 'winging it', "haven't got a clue", 'no idea what we', "don't tell",
  'and i work there', 'and i work here', 'and i should know', "couldn't organise", "couldn't run", 'if their lives depended on it', 'if our lives depended on it', "can't even keep track", "can't even get", "can't even organise",
  "can't even manage", "don't come to us", "don't come here", 'go elsewhere', 'look elsewhere', 'lose paperwork', 'loses paperwork',
  'lost paperwork', 'keep getting double-booked', "i'd be lying if i said", "don't bother booking", "don't bother with us", 'not worth booking', 'cash cow', 'not worth the money', 'waste of money', 'save your money', 'no idea what they', 'waste your money',
  "don't waste your", 'never call back', 'never ring back', 'held together with', 'sellotape and', 'gaffer tape and', 'wing and a prayer',
  "couldn't plan", 'could not plan', "couldn't manage", 'could not organise', 'losing money', 'lost money', 'in the red', "how we're still open",
  'how we are still open', 'barely afloat', 'going under', 'going bust', 'might have to close', 'may have to close', 'nobody knows what', 'no one knows what',
  'nobody has a clue', 'cancellations everywhere', 'keeps freezing', 'keep freezing', 'keeps crashing', 'keep crashing', 'keeps dropping', 'keep dropping',
  'keeps cutting out', 'keep cutting out', 'awkward silence', 'not fit for purpose', 'a sinking ship', 'jumping ship', 'rats leaving',
  'embarrassed to work', 'ashamed to work', 'embarrassed to say i work', 'badly run', 'poorly run', 'badly managed', 'poorly managed', 'mismanaged',
  'run into the ground', 'nobody is saying why', 'no one is saying why', 'smells of damp', 'smell of damp',
  'covered in mould', 'full of mould', 'cheaper for a reason', 'runs on duct tape', 'double-books', 'double books', 'keeps double-booking', 'expensive chatting', 'actually helps anyone', 'helps anyone at all',
  // Staff worn out, said of the practice by someone who works there (the practice the subject, not a reader's stress).
  "we're all burnt out", "we're all burned out", 'we are all burnt out', "we're all running on fumes", 'staff are burnt out',
  'therapists are burnt out', 'staff are running on fumes', 'therapists are running on fumes', 'barely holding it together',
  'on our knees', 'dump of an office', 'miserable dump', 'the circus i work', 'stopped listening to clients',
  // Management and morale, run down by someone inside (each said of clients' own work too often to stand alone: "ignored by management at work?").
  'does not value its', "doesn't value its", 'does not value their', "doesn't value their", 'like our morale', 'morale is at rock bottom',
  'morale is rock bottom', 'morale is non-existent', 'burnout central', 'most disorganised practice', 'most disorganized practice',
  'go anywhere other than where i work', 'go anywhere but where i work', 'go anywhere except where i work',
  'management could not care less', "management couldn't care less", "bosses couldn't care less", "leadership couldn't care less",
  "doesn't value staff", 'does not value staff', "doesn't value its staff", "don't value us", 'do not value us',
  // Warnings off the practice from inside it.
  'think twice before recommending', 'how overpriced the sessions', 'nod along and take the money', 'nod along and take their money',
  // Our own service run down: "our sessions aren't worth full price while we're this short-staffed".
  "sessions aren't worth", 'sessions are not worth', "session isn't worth", "therapy isn't worth", "counselling isn't worth", "services aren't worth",
];

/**
 * Idioms of incompetence, judged like "… is a shambles": about the practice when their clause
 * names it or a service. Only "its": "to save their lives" is as often meant (paramedics), and
 * "amateur hour" is as often fond ("our quiz night was amateur hour in the best way").
 */
const INCOMPETENCE_IDIOMS: readonly string[] = ['to save its life', 'piss-up in a brewery', 'piss up in a brewery'];
const INCOMPETENCE = phrases(INCOMPETENCE_IDIOMS);
const PLAIN = phrases(PLAIN_PHRASES);

/** The practice's own bad numbers: "bookings are down 30%", "worst quarter we've ever had". */
const BAD_NUMBERS = new RegExp(
  '(?<![\\p{L}])(?:bookings|referrals|enquiries|income|revenue|takings|turnover|client\\s+numbers|new\\s+clients|sales|profits?|margins)\\s+(?:(?:are|were|is|was|have|has|had)\\s+)?(?:been\\s+)?(?:down|dropped|fallen|fell|falling|plummeted|plummeting|collapsed|halved|slumped|tanked|dried\\s+up)(?![\\p{L}])|' +
    "(?<![\\p{L}])(?:worst|terrible|dire|awful|disastrous|rough|bad|poor|grim)\\s+(?:quarter|q[1-4]|month|year|term|financial\\s+year)\\s+(?:we['’]ve|we\\s+have|we['’]d|we\\s+had|the\\s+practice|for\\s+the\\s+practice|for\\s+us|on\\s+record|ever)(?![\\p{L}])|" +
    "(?<![\\p{L}])(?:lost|losing|lose|haemorrhaging|hemorrhaging|bleeding)\\s+(?:(?:nearly|almost|over|about|around|more\\s+than)\\s+)?(?:half|a\\s+third|a\\s+quarter|\\d+%?|most|loads|lots|many|so\\s+many|a\\s+lot|two|three|four|five)\\s+(?:of\\s+)?(?:(?:its|our|the|their)\\s+)?(?:clients|staff|therapists|counsellors|bookings|referrals|money|income|customers|team)(?![\\p{L}])|" +
    "(?<![\\p{L}])not\\s+(?:sure|convinced)\\s+(?:they|it|we|anyone|anybody|the\\s+sessions|our\\s+[\\p{L}]+)(?:['’]s|['’]re|\\s+is|\\s+are)?\\s+(?:actually\\s+|really\\s+|even\\s+)?(?:help|helps|helping|work|works|working|benefit|benefits|benefiting|benefitting|do\\s+any\\s+good|make\\s+a\\s+difference|worth\\s+it)(?![\\p{L}])",
  'gu',
);

/**
 * "can't believe people pay £70 for an hour with me", "why does anyone pay £65 for our sessions
 * when the free helpline is just as good?", "I've been on autopilot with clients": scorn for
 * what clients pay for, or care given without care, said of one's own work.
 */
const PAYING_FOR_THIS = new RegExp(
  "(?<![\\p{L}])(?:can['’]t|cannot)\\s+believe\\s+(?:people|anyone|clients)\\s+(?:actually\\s+|still\\s+)?pay\\s+(?:£\\s?\\d+|for\\s+(?:an\\s+hour|a\\s+session|sessions|therapy|this|my|our))|" +
    "(?<![\\p{L}])why\\s+(?:does|do|would)\\s+(?:anyone|anybody|people|clients)\\s+(?:even\\s+|actually\\s+|still\\s+)?pay\\s+(?:£\\s?\\d+\\s+)?(?:for\\s+)?(?:(?:our|my)\\s+(?:sessions?|therapy|counselling|services?|workshops?)|an\\s+hour\\s+with\\s+(?:us|me))(?![\\p{L}])[^.?!\\n]{0,40}?\\s+when\\s+[^.?!\\n]{0,60}?(?:just\\s+as\\s+good|as\\s+good|better|does\\s+the\\s+same)(?![\\p{L}])|" +
    "(?<![\\p{L}])(?:i['’]ve\\s+been|i['’]m|i\\s+am|i\\s+was|we['’]ve\\s+been|we['’]re|we\\s+are)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:on\\s+autopilot|going\\s+through\\s+the\\s+motions)\\s+(?:with|in)\\s+(?:my\\s+|our\\s+|the\\s+)?(?:clients|sessions)(?![\\p{L}])",
  'gu',
);

/**
 * Nobody minding a service that fails: "our booking system swallows one in five appointments and
 * nobody here seems bothered". Only with the failure in the sentence: "it's pouring but nobody here
 * seems bothered" is a cheerful team.
 */
const NOBODY_MINDS = phrases([
  'nobody here seems bothered', 'no one here seems bothered', 'nobody here is bothered', 'no one here is bothered', 'nobody here cares',
  'no one here cares', 'nobody here seems to care', 'no one here seems to care',
]);
const FAILURE = /(?<![\p{L}])(?:swallow\w*|los(?:es|ing|t)|broken|breaks|crash\w*|double[- ]book\w*|miss(?:es|ed|ing)|goes wrong|go wrong|late|fail\w*|drops?|dropped|ignor\w*|never (?:works?|answers?|replies|rings? back))(?![\p{L}])/u;

/** "half the staff have quit", "no one ever picks up": a service falling apart. */
const FALLING_APART = new RegExp(
  '(?<![\\p{L}])(?:half|most|all|loads)\\s+(?:of\\s+)?(?:the|our)\\s+(?:team|staff|therapists|counsellors)\\s+(?:has|have|had)\\s+(?:already\\s+)?(?:left|quit|gone|walked\\s+out)(?![\\p{L}])|' +
    '(?<![\\p{L}])(?:nobody|no\\s+one|no-one)\\s+(?:ever\\s+)?(?:answers|picks\\s+up|replies|responds|returns\\s+calls|calls\\s+back|follows\\s+up)(?![\\p{L}])|' +
    '(?<![\\p{L}])(?:sessions|appointments)\\s+(?:always\\s+|often\\s+)?(?:feel|are|seem)\\s+(?:so\\s+|really\\s+)?rushed(?![\\p{L}])',
  'gu',
);

/** "… is a shambles": a judgement of whatever the sentence is about. */
const JUDGEMENT = new RegExp(
  "(?<![\\p{L}])(?:(?:is|are|was|were|['’]s|been|looks?)\\s+|=\\s*)(?:(?:a\\s+bit\\s+of|a\\s+bit|such|a\\s+total|a\\s+complete|an\\s+absolute|total|totally|complete|completely|absolute|utterly|pretty|so|really|just|frankly|honestly|literally|quite|rather|kind\\s+of|kinda|sort\\s+of|bloody|well|a|an)\\s+){0,3}" +
    '(?:shambles|shambolic|joke|farce|circus|shitshow|shit-show|car\\s+crash|car-crash|train\\s*wreck|dumpster\\s+fire|clown\\s+show|omnishambles|mess|disaster|rip-off|embarrassment|unprofessional|amateurish|' +
    'disorganised|disorganized|chaotic|rubbish|terrible|awful|dreadful|useless|hopeless|pathetic|overpriced|shabby|grotty|dingy|falling\\s+apart|' +
    'clunky|buggy|unreliable|crap|naff|dire|overstretched|over-stretched|stretched\\s+too\\s+thin|run\\s+ragged|mouldy|moldy|damp|tatty|scruffy|crumbling|basically\\s+zero|non-existent|nonexistent|basically\\s+nothing|second-rate|substandard|mediocre|let-down|letdown|cramped|filthy|dirty|nightmare|overworked|understaffed|chaos|chaotic|ridiculous|a\\s+disgrace|disgraceful|shocking|appalling|atrocious|the\\s+worst|not\\s+good\\s+enough|no\\s+good|not\\s+any\\s+good|a\\s+waste\\s+of\\s+(?:money|time)|black\\s+hole)(?![\\p{L}])',
  'gu',
);
/** "the heating never works", "half our sessions start late". */
const FAILING = new RegExp(
  '(?<![\\p{L}])(?:never|rarely|barely|hardly\\s+ever)\\s+(?:works?|starts?\\s+on\\s+time|runs?\\s+on\\s+time)(?![\\p{L}])|' +
    '(?<![\\p{L}])(?:half|most|all|many)\\s+(?:of\\s+)?(?:our|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:start|starts|run|runs|begin|begins)\\s+late(?![\\p{L}])|' +
    '(?<![\\p{L}])(?:room|rooms|decor|furniture|building|carpets?|chairs|sofas?)\\s+(?:is|are|looks?|feels?)\\s+(?:(?:a\\s+bit|really|so|pretty|very)\\s+)?(?:tired|shabby|dated|grotty|dingy|run-down)(?![\\p{L}])',
  'gu',
);

const SELF = phrases([
  'we', "we're", "we've", 'our', 'us', 'ours', 'the practice', 'the clinic', 'the team', 'working here', 'work here', 'this place',
  // Said by one of the staff on their own account.
  'my practice', 'my workplace', 'at work', 'where i work', 'i work in', 'i work at', 'management here', 'bosses here', 'leadership here', 'our bosses',
]);
/** What a judgement must be about: the organisation or one of its services. */
// Not "we" or "our" alone: "we are rubbish at selfies", "our dog is a nightmare" judge something else.
const SUBJECT = phrases([
  'the practice', 'the clinic', 'my practice', 'my workplace', 'where i work', 'working here', 'working there', 'working at', 'session*', 'appointment*', 'counsellors', 'receptionist*', 'management', 'manager*', 'toilets',
  'parking', 'wifi', 'emails', 'replies', 'slots', 'groups', 'retreat*', 'event*', 'talks', 'resources', 'worksheets', 'workshop*', 'course*', 'service*', 'website',
  'booking*', 'system', 'room', 'rooms', 'building', 'team', 'admin', 'reception', 'phone*', 'heating', 'app', 'fees',
  'prices', 'therapists', 'staff', 'handouts', 'class*', 'programme*', 'program*', 'group*', 'offer*', 'waiting list',
  'office', 'offices', 'premises', 'waiting room', 'kitchen', 'training', 'induction', 'leadership', 'bosses', 'inbox',
]);
/** "we don't accept that our sessions are rushed": denying the criticism, not making it. */
const DENIAL = /(?:don['’]t|do\s+not|never)\s+(?:accept|agree|think|believe)|not\s+true|isn['’]t\s+true|(?:deny|denies|reject|rejects|dispute)\s|(?:claim|claims|suggestion|idea|allegation|review\s+says|say|says|said)\s+(?:that\s+)?$/u;
const CLAUSE_BREAK = /[,;:—–(]/gu;
const APOLOGY = phrases(['sorry', 'apologise', 'apologize', 'apologies', 'apologising']);
const ownNames = new Map<string, RegExp>();
const ownNamePattern = (names: readonly string[]): RegExp => {
  const key = names.join('|');
  let pattern = ownNames.get(key);
  if (!pattern) ownNames.set(key, (pattern = phrasePattern(names.flatMap((name) => [name, `${name}'s`, `${name}’s`]))));
  return pattern;
};

const sentenceText = (text: FoldedText, match: { readonly foldedStart: number }): string => {
  const [start, end] = sentencesOf(text)[sentenceIndexAt(text, match.foldedStart)]!;
  return text.folded.slice(start, end);
};

const has = (pattern: RegExp, sentence: string): boolean => {
  pattern.lastIndex = 0;
  return pattern.test(sentence);
};

const aboutOrganisation = (text: FoldedText, names: readonly string[], range: readonly [number, number]): boolean => {
  const sentence = text.folded.slice(range[0], range[1]);
  return has(ownNamePattern(names), sentence) || has(SELF, sentence);
};

export const disparagesOrganisation: Detector = {
  id: 'disparages-organisation',
  description: 'Runs down the organisation itself or its services in public.',
  // The put-down words of PLAIN, FALLING_APART, PAYING_FOR_THIS, JUDGEMENT, FAILING and BAD_NUMBERS.
  triggers: triggerWords([PLAIN_PHRASES, INCOMPETENCE_IDIOMS], [
    'left', 'quit', 'gone', 'walked', 'nobody', 'one', 'rushed', 'believe', 'shambles', 'shambolic', 'joke', 'farce', 'circus', 'shitshow', 'shit',
    'crash', 'wreck', 'trainwre', 'fire', 'show', 'omnisham', 'mess', 'disaster', 'rip', 'embarras', 'unprofes', 'amateur', 'disorgan', 'chaotic',
    'rubbish', 'terrible', 'awful', 'dreadful', 'useless', 'hopeless', 'pathetic', 'overpric', 'shabby', 'grotty', 'dingy', 'falling', 'clunky',
    'buggy', 'unreliab', 'crap', 'naff', 'dire', 'second', 'substand', 'mediocre', 'let', 'letdown', 'cramped', 'filthy', 'dirty', 'nightmar',
    'overwork', 'understa', 'overstre', 'stretched', 'ragged', 'mould', 'mold', 'damp', 'tatty', 'scruffy', 'crumbl', 'basically', 'existent', 'nonexist', 'chaos', 'ridicul', 'disgrace', 'shocking', 'appallin', 'atroci', 'worst', 'enough', 'good', 'waste', 'never', 'rarely',
    'barely', 'hardly', 'late', 'tired', 'dated', 'run', 'down', 'dropped', 'fallen', 'fell', 'plummet', 'collaps', 'halved', 'slumped', 'tanked',
    'dried', 'disastro', 'rough', 'bad', 'poor', 'grim', 'sure', 'convinced', 'lost', 'losing', 'lose', 'haemorrh', 'hemorrha', 'bleeding',
    'hole', 'why', 'autopilo', 'motions',
  ]),
  detect: ({ text, organisation }) => {
    const plain = [...findAll(text, PLAIN), ...findAll(text, FALLING_APART), ...findAll(text, BAD_NUMBERS), ...findAll(text, NOBODY_MINDS).filter((match) => FAILURE.test(sentenceText(text, match)))];
    const scorn = findAll(text, PAYING_FOR_THIS);
    const judged = [...findAll(text, JUDGEMENT), ...findAll(text, FAILING), ...findAll(text, INCOMPETENCE)];
    if (plain.length === 0 && judged.length === 0 && scorn.length === 0) return [];
    const ranges = sentencesOf(text);
    const signals: Signal[] = [];
    // Each sentence is read once however many put-downs it holds (keeps a long draft linear).
    const perSentence = (test: (range: readonly [number, number]) => boolean) => {
      const known = new Map<number, boolean>();
      return (index: number): boolean => {
        let answer = known.get(index);
        if (answer === undefined) known.set(index, (answer = test(ranges[index]!)));
        return answer;
      };
    };
    const apologetic = perSentence((range) => has(APOLOGY, text.folded.slice(range[0], range[1])));
    const aboutUs = perSentence((range) => aboutOrganisation(text, organisation.names, range));
    const flag = (match: (typeof plain)[number], lookBack: boolean) => {
      const index = sentenceIndexAt(text, match.foldedStart);
      const here = ranges[index]!;
      if (apologetic(index)) return;
      if (DENIAL.test(text.folded.slice(Math.max(here[0], match.foldedStart - 60), match.foldedStart))) return;
      if (!lookBack) {
        // "life is a mess, and we're here" judges life, not us: look at the clause before the verb.
        const before = text.folded.slice(Math.max(here[0], match.foldedStart - 150), match.foldedStart);
        const clause = `${before.split(CLAUSE_BREAK).at(-1) ?? before} ${match.text}`;
        if (!has(SUBJECT, clause) && !has(ownNamePattern(organisation.names), clause)) return;
        // "our old website was clunky, so we built a new one": a fault already left behind.
        if (/^(?:was|were)/u.test(match.text) && /(?:^|\s)(?:old|previous|former)\s/u.test(clause)) return;
      }
      const about = aboutUs(index) || (lookBack && index > 0 && aboutUs(index - 1));
      if (about) signals.push({ span: match.span, reason: 'Runs down the practice or its services in public, which could damage its reputation.' });
    };
    // Said of one's own work, this needs no "we" or name: the writer is the service.
    for (const match of scorn) signals.push({ span: match.span, reason: 'Scorns the practice\'s own services, and what clients pay for them, in public.' });
    for (const match of plain) flag(match, true);
    for (const match of judged) flag(match, false);
    return signals.sort((a, b) => a.span[0] - b.span[0]);
  },
};
