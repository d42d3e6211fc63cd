import { phrases } from './sentences.ts';

/**
 * Topics and opinion words behind political-or-religious-view. A view needs both in one
 * sentence; which opinions count depends on the kind of topic.
 */

/** Parties, governments, politicians and divisive issues: taking a side on these is a view. */
export const SIDES_PHRASES: readonly string[] = [
  'government', 'governments', 'tory', 'tories', 'conservatives', 'labour party', 'labour government', 'lib dems',
  'reform uk', 'snp', 'parliament', 'mps', 'prime minister', 'chancellor', 'home secretary', 'cabinet', 'westminster',
  'politicians', 'my mp', 'our mp', 'councillors', 'trump', 'biden', 'starmer', 'sunak', 'farage', 'boris', 'putin',
  'republicans', 'democrats', 'maga', 'gop', 'the left', 'the right wing', 'left-wing', 'right-wing', 'lefties', 'woke',
  'monarchy', 'royal family', 'royals', 'the eu', 'european union', 'brexit', 'brexiteers',
  'remainers', 'rejoin', 'women bishops', 'female bishops', 'women priests', 'immigration', 'immigrants', 'migrants', 'asylum seekers', 'small boats', 'our borders',
  'ulez', 'low traffic', 'ltns', 'net zero', 'abortion', 'gun control', 'benefit cap', 'two-child limit', 'two-child cap',
  'puberty blockers', 'gender critical', 'faith schools', 'scottish independence', 'welsh independence', 'independence referendum',
  // A nation going independent; "going independent" alone is a therapist starting in private practice.
  'wales goes independent', 'wales going independent', 'scotland goes independent', 'scotland going independent',
  'independent wales', 'independent scotland', 'yes cymru', 'indyref',
  'death penalty', 'trans rights', 'israel', 'palestine', 'gaza', 'hamas', 'zionis*', 'austerity',
  'privatisation', 'privatising', 'benefit cuts', 'welfare cuts', 'the unions', 'trade unions',
  'strike action', 'on strike', 'picket line', 'picket lines', 'picketing', 'private schools', 'scroungers', 'pro-lifers', 'feminists', 'feminism',
  // Labour the party, not labour the work or the birth ("Labour had…" is told apart by its capital, see LABOUR_PARTY).
  'vote labour', 'voting labour', 'voted labour', 'labour mps', 'labour lot',
  'assisted dying', 'assisted suicide',
  'badenoch', 'reeves', 'rayner', 'truss', 'corbyn', 'sturgeon', 'swinney', 'braverman', 'rishi', 'keir', 'kemi', 'the pm', "the pm's",
  'minister', 'ministers', 'the president', "the president's", 'us president', 'president trump', 'president biden', 'president putin', 'president macron', 'president zelensky', 'the pope', 'archbishop', 'the tories', 'westminster elites', 'the establishment', 'mainstream media',
  'msm', 'reform voters', 'labour voters', 'tory voters', 'leave voters', 'remain voters', 'the opposition party', 'leader of the opposition', 'opposition leader', 'party leader',
];
export const SIDES = phrases(SIDES_PHRASES);

/**
 * Elections, the Crown, the country, groups of people: often the occasion of a post ("the King's
 * Speech", "landlords need to give notice"), a view only when judged.
 */
export const CIVIC_PHRASES: readonly string[] = [
  'election', 'elections', 'vote', 'voted', 'votes', 'voting', 'voters', 'ballot', 'manifesto', 'the king', 'the queen',
  'this country', 'taxpayers', "taxpayers'", 'taxpayer', 'landlords', 'bankers', 'billionaires', 'the rich',
  'benefit claimants', 'sinners',
];
export const CIVIC = phrases(CIVIC_PHRASES);

/** Faith and its places: an occasion too, unless a claim is made for it. */
export const FAITH_PHRASES: readonly string[] = [
  'allah', 'the lord', 'prayer', 'pray', 'bible', 'scripture', 'religious', 'religion', 'salvation', 'church', 'churches',
  'the church', 'mosque', 'islam', 'muslims', 'christians', 'christianity', 'jews', 'hindus', 'atheists', 'atheism',
];
export const FAITH = phrases(FAITH_PHRASES);

/** Words that judge: a view whatever the topic. */
export const JUDGEMENT = phrases([
  'disaster', 'disastrous', 'disgrace', 'disgraceful', 'shameful', 'shame on', 'useless', 'incompetent', 'corrupt',
  'clowns', 'a joke', 'waste of', 'cash grab', 'scandal', 'scandalous', 'outrageous', 'pathetic', 'criminal', 'evil',
  'wicked', 'abolish*', 'scrap it', 'ban it', 'get rid of', 'self-harm', 'biggest mistake', 'best thing', 'worst thing',
  'betray*', 'rigged', 'liars', 'lies', 'traitors', 'ruined', 'ruining', 'destroyed', 'destroying', 'wrecked', 'wrecking',
  'trashed', 'broke this country', 'should be ashamed', 'long past time', 'out of touch', 'must go', 'has to go',
  'needs to go', 'sheep', 'brainwashed', 'propaganda', 'no clue', 'clueless', 'shambles', 'shambolic', 'a farce', 'crooks',
  'parasites', 'leeches', 'their fault', 'the only party', 'only party', 'taking all the', 'taking our', 'flooding',
  'swamped', 'invasion', 'genocide', 'apartheid', 'war crimes', 'more harm than good', 'morally bankrupt', 'sanctimonious', 'twaddle', 'no business lecturing', 'deluded', 'danger to',
  'threat to democracy', 'cronies', 'greedy', 'heartless', 'cruel', 'shameless', 'spineless', 'gutless', 'idiots',
  'morons', 'muppets', 'fools', 'fairy tale*', 'delusion*', 'brilliant job', 'great job', 'legend', 'hero', 'sold out',
  'plain and simple', "we'll say it", 'stitch-up', 'racist*', 'fascist*', 'bigot*', 'sick of', 'fed up with',
  'proud to vote', 'voted for', 'i said it', "couldn't organise", "couldn't run", "can't run", 'incapable', 'crutch',
  'relic', 'time it went', 'had its day', 'obsolete', 'what they deserved', 'what they deserve', 'got what was coming',
  'embarrassment', 'an embarrassment', 'moral compass', 'no morals', 'prove me wrong', "don't @ me", 'dont @ me',
  'holding this country back', 'holding us back', 'wrong about everything', 'a con', 'con trick', 'hoax', 'elites', 'useless lot',
  'done enough damage', 'done enough harm', 'a lot to answer for', 'stop pretending', 'institutional harm', 'phased out',
  "can't come soon enough", 'cannot come soon enough', "you're complicit", 'you are complicit', 'wrong side of history', 'taking orders from',
]);

/** Leaning words: a view when said of a party, a government or a divisive issue. */
export const LEANING = phrases([
  'ridiculous', "can't believe", 'failed', 'failing', 'outdated', 'wake up', 'deserve better', 'let down', 'hopeless',
  'terrible', 'awful', 'dreadful', 'enough is enough', 'the only way', 'does nothing', 'do nothing', 'dangerous',
  'more damage', 'damaging', 'nonsense', 'about time', 'finally someone', 'worst', 'the best', 'greatest', 'wrong about', 'is wrong',
  'are wrong', 'was wrong', 'still backing', 'still supporting', 'still support', 'still defending', 'anyone backing', 'anyone supporting',
  'long hard look', 'embarrassing', 'a disgrace', 'joke', 'a scam', 'lying', 'dishonest', 'weak', 'spineless', 'love him', 'love her',
  'no idea', "doesn't care", "don't care", "couldn't care less", 'out of control', 'crashed', 'tanked', 'screwed', 'messed up', 'made a mess',
  'never be allowed', 'lied', 'broken promises', 'stupid*', 'idiot*', 'mistake', 'a mistake', 'laughing stock', 'getting away with',
  // Announcing an opinion is a view only about a side: a hot take on pineapple pizza is not politics.
  'hot take', 'unpopular opinion', 'fight me',
  'any backbone', 'grow a spine', 'morally wrong', 'firm support for', 'our support for', 'its support for', 'write to their mp', 'write to your mp', 'in favour',
  // Judging the people on a side: "anyone who supports…", "never trust a…".
  'anyone who supports', 'anyone who backs', 'anyone who still', 'call themselves', 'never trust', "don't back",
  "hasn't been paying attention", "haven't been paying attention",
  // A side's talking point: "asylum seekers get hotel rooms while our veterans sleep in doorways".
  'while our veterans',
]);

/** The monarch, for "the King should…". */
export const CROWN = phrases(['the king', 'the queen']);

/** "The government should…": a demand, when it follows the side within a few words. */
export const DEMAND = phrases(['should', 'must', 'need to', 'needs to', 'has to', 'have to', 'ought to']);

/** Claims made for faith: "prayer will heal you", "the truth". */
export const FAITH_CLAIM = phrases(['truly heal', 'can heal', 'will heal', 'heals', 'be healed', 'the truth', 'the only way', 'the answer', 'saved', 'sinful', 'repent']);

/**
 * "…should stop taking in asylum seekers", "we must scrap the monarchy": a demand to act on a
 * side, said before it. A side after it within a few words makes it a view; "we should all
 * support asylum seekers' wellbeing" asks for no policy, so it is not one.
 */
export const POLICY_DEMAND = phrases([
  'should stop', 'should ban', 'should scrap', 'should end', 'should close', 'should shut', 'should deport', 'should abolish',
  'should cut', 'should bring back', 'should leave', 'should rejoin', 'should nationalise', 'should privatise', 'should defund',
  'should let in', 'should take in', 'should send back', 'should kick out', 'should get rid of', 'should legalise', 'should criminalise',
  'must stop', 'must ban', 'must scrap', 'must end', 'must close', 'must deport', 'must abolish', 'must cut', 'must leave',
  'must get rid of', 'need to stop', 'needs to stop', 'need to ban', 'needs to ban', 'need to scrap', 'needs to scrap',
  'need to close', 'needs to close', 'need to deport', 'needs to deport', 'must shut', 'has to ban', 'have to ban', 'need to get rid of', 'needs to get rid of',
  'has to stop', 'have to stop',
  'time to scrap', 'time to abolish', 'time to ban', 'time to stop', 'time to get rid of', 'time to close', 'time to leave',
]);
/** Between the demand and its side: a few words that act on it ("stop taking in"), not ones that turn to talk about it ("stop worrying about what"). */
export const POLICY_DEMAND_GAP = /^(?:\s+(?!about\b|what\b|how\b|why\b|whether\b|if\b|worrying\b|thinking\b|talking\b|listening\b|caring\b)[\p{L}'’]+){0,2}\s+$/u;

