import { DraftMemo, type FoldedText } from '../../normalise-text.ts';
import { findAll, type Match } from '../match.ts';
import { WORD_END, WORD_START } from './folded-pattern.ts';

/**
 * Demeaning a whole group of people: dehumanising generalisations ("immigrants are vermin")
 * and "go back to where you came from". Used by both the harassment and the offensive-content
 * detectors, since a put-down of a group with a protected characteristic is both.
 */
const GROUP_NAMES: readonly string[] = [
  'immigrants', 'migrants', 'refugees', 'asylum seekers', 'foreigners', 'muslims', 'jews', 'christians', 'hindus', 'sikhs', 'catholics',
  'atheists', 'gays', 'gay people', 'lesbians', 'trans people', 'trans women', 'trans men', 'travellers', 'gypsies', 'poles', 'romanians',
  'africans', 'asians', 'arabs', 'indians', 'pakistanis', 'black people', 'white people', 'disabled people', 'the disabled', 'fat people',
  'old people', 'pensioners', 'boomers', 'millennials', 'gen z', 'northerners', 'southerners', 'scousers', 'the poor', 'poor people',
  'benefit claimants', 'people on benefits', 'the unemployed', 'homeless people', 'addicts', 'chavs', 'vegans', 'the english', 'the scots',
  'the irish', 'the welsh', 'the french', 'the americans', 'americans', 'the chinese', 'chinese people',
  'eastern europeans', 'europeans', 'polish people', 'bulgarians', 'albanians', 'nigerians', 'somalis', 'mexicans', 'jewish people', 'roma',
  'gingers', 'over-\\d+s', 'obese people', 'the elderly', 'elderly people', 'young people', 'teenagers', 'autistic people', 'autistics', 'people with autism',
  'people with adhd', 'the mentally ill', 'mentally ill people', 'schizophrenics', 'alcoholics', 'junkies', 'druggies', 'bisexuals',
  'transgender people', 'non-binary people', 'lgbt people', 'queers', 'the gays', 'protestants', 'religious people', 'believers', 'cyclists',
  'londoners', 'geordies', 'brummies', 'yanks', 'scots', 'the scottish', 'welsh people', 'irish people', 'english people', 'brits', 'tories',
  'lefties', 'remoaners', 'brexiteers', 'remainers', 'leave voters', 'labour voters', 'tory voters', 'reform voters', 'gamers', 'fans of \\w+',
];
/**
 * People by a mental health condition: the stigma a therapy practice exists to fight. Said of them
 * only with "are" ("people with BPD are manipulative"): the practice's own "group for people with
 * PTSD nightmares" names a condition and a symptom.
 */
const CONDITION_GROUP_NAMES: readonly string[] = [
  'people with bpd', 'people with borderline', 'people with bipolar', 'bipolar people', 'borderlines', 'people with schizophrenia',
  'people with depression', 'depressed people', 'people with anxiety', 'people with ocd', 'people with ptsd', 'people with dementia',
  'people with learning disabilities', 'people with mental health problems', 'people with mental illness', 'people with personality disorders',
  'people with eating disorders', 'anorexics', 'people with addictions',
];
const GROUPS = GROUP_NAMES.join('|');
const PUT_DOWNS = [
  'scum', 'vermin', 'animals', 'parasites', 'filth', 'trash', 'subhuman', 'disgusting', 'a disease', 'a plague', 'cockroaches', 'rats',
  'leeches', 'scroungers', 'criminals', 'terrorists', 'lazy', 'stupid', 'thick', 'a joke', 'pathetic', 'useless', 'evil', 'inferior', 'dirty',
  'ruining (?:this|our|the) country', 'taking over', 'a drain', 'the problem', 'not welcome', 'not human', 'freaks', 'degenerates', 'sick',
  'brainwashed', 'sheep', 'idiots', 'morons', 'backward', 'savages', 'barbaric', 'extremists', 'paedophiles', 'nonces', 'thieves', 'vile',
  'annoying', 'mentally ill', 'mental', 'crazy', 'delusional', 'ugly', 'smelly', 'greedy', 'liars', 'cheats', 'a burden', 'a menace', 'a nuisance',
  'beggars', 'spongers', 'freeloaders', 'dangerous', 'violent', 'rapists', 'groomers', 'perverts', 'predators', 'backwards', 'primitive',
  'uncivilised', 'uncivilized', 'weird', 'the worst(?! hit| affected| off)', 'all the same', 'to blame', 'the enemy', 'not normal', 'abnormal', 'unnatural',
  'an abomination', 'a waste of space', 'useless eaters', 'dumb', 'thick as', 'losers', 'pigs', 'dogs', 'monkeys', 'apes', 'snowflakes',
].join('|');
/** Put-downs that also describe a symptom or a feeling ("nightmares", "hopeless"): only with "are". */
const STATED_PUT_DOWNS = [
  'manipulative', 'manipulators', 'attention seekers', 'attention-seekers', 'attention seeking', 'nightmares', 'drama queens', 'fakers',
  'faking it', 'time wasters', 'hopeless(?! (?:with|at))', 'a lost cause', 'beyond help', 'psychos',
].join('|');
const DETERMINER = '(?:all |these |those |the |most |so many |bloody |filthy |dirty |stupid |lazy )?';
/** What a group is said to do or deserve, when that demeans it. */
const DOES = [
  "(?:can['’]?t|cannot) be trusted", "(?:shouldn['’]?t|should not|should never|mustn['’]?t) be allowed", "(?:don['’]?t|do not) (?:belong|deserve)",
  '(?:should|need to|must|ought to) (?:all )?(?:be )?(?:(?:sent|go|get|fuck|piss) (?:back|home|out|off)|deported|locked up|banned|kicked out|rounded up|shot|gassed|die|disappear|be sterili[sz]ed)',
  '(?:breed|multiply) like', '(?:have|has|are|keep) (?:ruined|ruining|destroyed|destroying|wrecked|wrecking) (?:everything|this country|the country|our country|britain|england|our town|it for everyone)',
  '(?:are )?(?:stealing|taking|nicking|steal|take) (?:all )?(?:our|the) (?:jobs|houses|homes|benefits)', 'ruin everything', 'smell', 'stink',
].join('|');
/** "I hate vegans", "sick of immigrants". */
const HATE_OF = "(?:i |we )?(?:hate|can['’]?t stand|cannot stand|despise|detest|loathe|sick (?:and tired )?of|fed up (?:of|with))";

const ADVERBS = '(?: (?:all|just|nothing but|basically|literally|such|so|a bunch of|really|mostly|always|genuinely))?(?: all)?';
const GROUP_PUT_DOWN = new RegExp(
  `${WORD_START}(?:${DETERMINER}(?:${GROUPS})(?: (?:are|r|is|['’]re))?${ADVERBS} (?:${PUT_DOWNS}|${DOES})|${HATE_OF} ${DETERMINER}(?:${GROUPS}))${WORD_END}`,
  'g',
);
/** People by a condition, with "are" said outright ("teenagers are nightmares in the morning" is a fond moan). */
const STATED_GROUP_PUT_DOWN = new RegExp(
  `${WORD_START}${DETERMINER}(?:${CONDITION_GROUP_NAMES.join('|')}) (?:are|r|is|['’]re)${ADVERBS} (?:${PUT_DOWNS}|${STATED_PUT_DOWNS}|${DOES})${WORD_END}`,
  'g',
);
/** A faith put down as a whole ("… is a cancer"), or an old conspiracy about a people. */
const FAITH_PUT_DOWN = /(?<![a-z0-9])(?:(?:islam|judaism|christianity|hinduism|sikhism|catholicism|buddhism) is (?:a |an )?(?:cancer|disease|evil|poison|plague|religion of (?:hate|violence)|backward|joke|cult)|(?:the )?jews (?:control|run|own) (?:the )?(?:banks|media|world|government|money))(?![a-z0-9])/g;
/** Denying a group's identity ("trans women aren't real women"). */
const NOT_REAL = /(?<![a-z0-9])(?:aren['’]?t|are not|will never be) real (?:women|men|people)(?![a-z0-9])/g;
const GO_BACK = /(?<![a-z0-9])(?:go|get|send (?:them|em|\w+)) (?:all )?back (?:to )?(?:where (?:you|they) (?:came|come) from|(?:your|their) own country|(?:your|their) country)(?![a-z0-9])/g;
const NOT_AN_ASSERTION = /(?<![a-z])(?:myths?|not true|isn['’]t true|further from the truth|we hear (?:it|this|that)|stereotyp\w*|told|called|hate speech|racis\w*|abuse|if you['’]ve been|never okay|not okay|unacceptable)(?![a-z])/;

/** Folded matches of demeaning generalisations about a group of people. */
// Weakly keyed: the harassment and the offensive-content phrase detectors both ask, once per draft.
const putDownCache = new DraftMemo<Match[]>();

export const findGroupPutDowns = (text: FoldedText): Match[] => {
  const cached = putDownCache.get(text);
  if (cached) return cached;
  const found = [...findAll(text, GROUP_PUT_DOWN), ...findAll(text, STATED_GROUP_PUT_DOWN), ...findAll(text, GO_BACK), ...findAll(text, NOT_REAL), ...findAll(text, FAITH_PUT_DOWN)].filter((match) => {
    const around = text.folded.slice(Math.max(0, match.foldedStart - 80), Math.min(text.folded.length, match.foldedEnd + 80));
    return !NOT_AN_ASSERTION.test(around);
  });
  putDownCache.set(text, found);
  return found;
};

/**
 * Word prefixes one of which every put-down found here contains: the group's first word (after
 * "the"), a faith's name, and the words of the fixed phrases. For detectors' `triggers`.
 */
export const GROUP_PUT_DOWN_TRIGGERS: readonly string[] = [
  // "people with autism" is keyed on "autism": "people" would wake the detector for most drafts.
  // A short first word is kept with the rest of the name ("gen z", "old people", "non-binary"): the
  // pattern holds the name literally, and the index walks a trigger across its space or hyphen.
  ...[...GROUP_NAMES, ...CONDITION_GROUP_NAMES].map((name) => {
    const words = name.split(' ').filter((word) => word !== 'the');
    const key = words[0] === 'people' ? words.at(-1)! : words[0]!;
    const plain = /^[a-z -]+$/.test(name);
    return plain && key.length < 4 ? words.join(' ') : plain ? key : key.replace(/[^a-z-]/g, '').split('-')[0]!;
  }),
  'islam', 'judaism', 'christianity', 'hinduism', 'sikhism', 'catholicism', 'buddhism', 'jews',
  // "aren't real women", "go back where you came from", "back to their own country"
  'real women', 'real men', 'real people', 'where you ', 'where they ', 'own country', 'your country', 'their country',
];
