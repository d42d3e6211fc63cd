import { LETTER_WORD_START } from './folded-pattern.ts';

/**
 * Mockery without a swear word or a name from the lists: sarcastic titles ("well done,
 * Einstein"), jibes at someone's intelligence ("thick as two short planks", "reading is hard for
 * you, isn't it?"), taunts ("cry harder", "ok boomer") and the clown emoji aimed at someone.
 * Eye-roll put-downs count when the eye-roll sits beside a sarcastic word ("genius 🙄").
 */

// Every phrase in MOCKERY starts with a letter; the clown-first jibe is added on its own.
const B = LETTER_WORD_START;
const DIM = 'thick|stupid|dumb|dense|dim|gormless|clueless|ignorant|daft|slow|brainless|braindead|brain-dead|moronic|idiotic|pathetic|sad|bitter|petty|deluded|entitled|smug|useless';
const OPENERS = 'well done|nice one|good job|great job|nice work|bravo|congrats|congratulations|ok|okay|alright|sure|cheers|thanks|thank you|no shit|wow|oh look|yes|right|calm down|listen';
const SARCASTIC_TITLES = 'einstein|sherlock|genius|mastermind|smartypants|smarty pants|smart arse|smartarse|captain obvious|brainbox|bright spark|rocket scientist|sweetie|buttercup|princess|snowflake';

const MOCKERY = [
  // The title ends its clause: "well done, Einstein." is sarcasm, "genius idea" is praise.
  `(?:${OPENERS}),? (?:${SARCASTIC_TITLES})(?= *(?:[^a-z0-9\\s'’]|$))`, '(?:ok|okay|k) (?:boomer|karen|zoomer|snowflake)',
  'cry (?:harder|me a river)', 'stay mad', 'cope (?:harder|and seethe)', 'seethe', 'l \\+ ratio',
  `(?:must be|it must be|is it|bet it[’']?s) (?:exhausting|tiring|hard|difficult) being (?:you|this (?:${DIM})|so (?:${DIM}))`,
  `(?:do|did) you (?:practi[cs]e|train|try|work hard at|have to try) (?:at )?being (?:this|so|that)`,
  `(?:how (?:are|can) you (?:be )?|are you (?:always |actually |really |genuinely )?|is it possible to be )(?:this|so|that) (?:${DIM})`,
  `imagine being (?:this|so|that) (?:${DIM}|wrong|boring|insecure|miserable)`,
  '(?:thick|daft|stupid|dim|dense) as (?:two short planks|a brick|mince|a plank|pigshit|a post|a bag of \\w+|shit)', 'lights are on but',
  '(?:a )?(?:few|couple of) (?:sandwiches|bricks|cards|fries|screws|slices) short', 'not the (?:sharpest|brightest) (?:tool|knife|pencil|crayon|bulb|spark)',
  'room temperature iq', 'smooth[- ]?brain(?:ed)?', '(?:dropped|drop) you on your head', 'dropped on (?:your|his|her|their) head',
  'who let you (?:near|on|out|have|use|online)', '(?:did|does) your (?:mum|mom|mother|carer|nan) (?:know|let you|dress you)',
  `your (?:opinion|view|take|comment|input|review|argument|post)s? (?:is|are) (?:worthless|irrelevant|meaningless|garbage|rubbish|trash|laughable|a joke|${DIM})`,
  '(?:nobody|no one|no-one) (?:wants|needs|values|asked for|cares about) your (?:opinion|view|take|input|comments?|nonsense|rubbish|drivel|two pence|2p)',
  '(?:reading|thinking|spelling|maths|comprehension|grammar|english|basic \\w+) (?:is|must be) (?:hard|difficult|tough) for you',
  'can you even (?:read|spell|think|count)', '(?:someone|somebody) thinks (?:they[’\']re|he[’\']s|she[’\']s) (?:clever|smart|funny|an expert|special|important|hilarious)',
  '(?:you|you[’\']re|youre|you lot) ?🤡',
  'bless (?:your|his|her) (?:little )?(?:brain|brain cell)',
  `(?:what an?|such an?|your|this|that) (?:${DIM}) (?:take|comment|reply|opinion|argument|response|post|thing to say)`,
  '(?:congrats|congratulations|well done) (?:on|for) being (?:the )?(?:dumbest|stupidest|thickest|worst|biggest|most)',
  '(?:the )?(?:dumbest|stupidest|thickest|most clueless) (?:person|man|woman|people|comment|take|thing)',
];

/** Sarcastic words that an eye-roll beside them turns into a put-down. */
const ROLLED = `(?:genius|einstein|sherlock|clever|so smart|smart one|well done|nice one|bless|sweetie|sweetheart|hun|professor|expert|${DIM})`;
const EYE_ROLL = '(?:🙄|🤦(?:‍[♂♀]️?)?|😂😂)';

export const MOCKING_PHRASES = new RegExp(`${B}(?:${MOCKERY.join('|')})(?![a-z0-9])|${B}${ROLLED}[^a-z0-9\\n]{0,4}${EYE_ROLL}|🤡 ?you(?![a-z0-9])`, 'g');

/**
 * Word prefixes one of which every mockery above holds (an emoji is no word, so the clown needs
 * a "you" beside it). For `triggers`.
 */
export const MOCKING_TRIGGERS: readonly string[] = [
  'einstein', 'sherlock', 'genius', 'masterm', 'smart', 'obvious', 'brainbox', 'spark', 'rocket', 'sweetie', 'butterc', 'princess', 'snowflak',
  'boomer', 'karen', 'zoomer', 'cry', 'mad', 'cope', 'seethe', 'ratio', 'you', 'imagine', 'lights', 'short',
  'sharpest', 'brightes', 'iq', 'smooth', 'head', 'thinks', 'bless', 'clever', 'done', 'nice',
  'sweethea', 'hun', 'professo', 'expert', 'congrat', 'dumbest', 'stupidest', 'thickest', 'clueless', ...DIM.split('|').map((word) => word.split('-')[0]!),
];
