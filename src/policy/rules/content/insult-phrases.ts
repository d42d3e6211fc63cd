import { LETTER_WORD_START, WORD_END } from './folded-pattern.ts';

/**
 * Phrases that insult, dismiss or threaten the person they are addressed to. Dismissals that
 * also have an ordinary meaning ("kids grow up fast", "get lost in a book") count only as a
 * clause of their own ("Grow up.", "…, get a life, mate").
 */

// Every phrase here starts with a letter.
const B = LETTER_WORD_START;
const E = WORD_END;
const words = (alternatives: readonly string[]): string => alternatives.join('|');

/**
 * What comes right before a dismissal that starts its own clause: the text start, punctuation,
 * a dash, or one of those and a filler ("just", "oh"). Checked after the phrase is found,
 * because a lookbehind tried at every position is slow.
 */
export const CLAUSE_START_BEFORE = /(?:^|[.!?,;:\n(—–-]|[.!?,;:\n(—–-] (?:just|oh|so|honestly|seriously|please|now|and|mate|pal))\s*$/;
/** End of a clause: punctuation, an emoji, the end, or a vocative ("mate", "love"). */
const CLAUSE_END = "(?=\\s*(?:[^a-z0-9\\s'’]|$|(?:mate|pal|love|sunshine|sweetheart|hun|buddy|dear|already|then|please|seriously|honestly|lol|lmao)(?![a-z0-9])))";

const DISMISSALS_IN_OWN_CLAUSE = [
  'get a life', 'grow up', 'get a grip', 'shut up', 'shut it', 'do one', 'jog on', 'get lost', 'go away', 'get over yourself', 'cry more',
  'cope harder', 'touch grass', 'get a brain', 'who asked', 'bore off', 'wind your neck in', 'do me a favour', 'get in the bin',
];
const DISMISSALS_ANYWHERE = [
  '(?:piss|sod|bugger|fuck|f\\*+k?|naff|eff|clear|bog) off', 'get stuffed', 'go to hell', 'go f\\S* yourself', 'screw (?:you|u)', 'up yours',
  'eat shit', 'drop dead(?! gorgeous)', 'kys', '(?:go|just|should) (?:and )?kill yourself', '(?<!(?:opinions?|takes?|thoughts|reviews?|rants?|updates?|facts?|lists?|rankings?|tangents?|predictions?|confessions?) )(?:nobody|no one) asked(?: you)?',
  '(?:nobody|no one|no-one) cares what you think', 'learn to read', '(?:crawl|go|get|slither|slink) back under (?:your|a|the) (?:rock|bridge|stone)', 'log off and touch (?:some )?grass', '(?:fuck|f\\*+k?|fck|screw) (?:you|u|ya)',
  'you (?:clearly |obviously )?(?:can[\'’]?t|cannot|don[\'’]t) (?:read|understand (?:basic|simple))', 'can[\'’]?t you read', 'are you (?:stupid|thick|blind|dense|illiterate)',
  'how (?:stupid|thick|dense) (?:are you|can you be)', "you(?:['’]re| are) (?:remarkably|incredibly|unbelievably|truly|properly|seriously) (?:thick|stupid|dense|dim|clueless)(?! about)",
  "(?:shouldn['’]?t|should not|should never) be allowed to (?:breed|reproduce|have (?:kids|children))", '(?:one|two|a single|no) brain cells?', 'iq of an? \\w+', 'sad little (?:man|woman|person|troll|people|men|boy|girl)',
  // Put-downs of anyone's mind ("how do people this thick get jobs"), not their skin ("this thick-skinned").
  '(?:people|someone|anyone|men|women|blokes|lads|girls) (?:this|that|so) (?:thick|stupid|dim|dense|dumb|gormless)(?![-‐])',
  'keyboard warriors?', 'pathetic little', 'waste of (?:space|oxygen|air|skin)', '(?:go )?cry about it', 'shut (?:the|your) (?:f\\S*|hell|mouth|face|gob|trap) up', 'shut your (?:mouth|face|gob|trap)', 'go and do one',
  'imagine being (?:this|so) (?:thick|stupid|dumb|dense|sad|pathetic)', 'nothing better to do with (?:your|her|his|their) (?:life|lives|time)', '(?:nobody|no one|no-one) likes you', 'everyone hates you',
  '(?:idiots|morons|clowns|losers|people) like you', 'should be ashamed of (?:yourself|yourselves)', '(?:nobody|no one|no-one) would (?:miss|notice|care about) you',
  'your face could (?:curdle|stop|crack|sour)', 'face like a (?:smacked|slapped) (?:arse|haddock|kipper)', "you(?:['’]re| are) not (?:even )?worth (?:replying|responding|answering|a reply|my time|the effort)",
  '(?:absolute )?state of you', 'cry to your (?:mum|mummy|mam|mom|mommy|mother|mates)', '(?:did|do) you even (?:read|know|understand|listen)',
  'you(?:[\'’]re| are| r|re) (?:a |an |such a |an absolute |a complete |a total )?(?:pathetic|a joke|joke|useless|clueless|stupid|thick|an embarrassment|embarrassment|a disgrace|disgrace|delusional|deluded|vile|disgusting|pathetic excuse|nobody|beneath)',
  'you(?:[\'’]re| are| r|re) (?:so |really |proper |well |just |literally |actually |genuinely |such )?(?:ugly|fat|dim|dense|dumb|gormless|minging|hideous|repulsive|irrelevant|spineless|brainless|braindead|insufferable|unbearable|worthless|a failure|a loser|a laughing stock)',
  // Idioms of stupidity said of someone ("he's two sandwiches short of a picnic"), not of oneself
  // ("I'm two sandwiches short of a picnic today").
  "(?:he|she|he['’]s|she['’]s|they['’]re|you['’]re|he is|she is|they are|you are|is|was) (?:(?:a|two|few|some|one|several|about) )?sandwich(?:es)? short of a picnic",
  "(?:he|she|they|you)(?:['’]s|['’]re| is| are)? not the (?:sharpest|brightest) (?:tool|knife|pencil|bulb|crayon|spark|button|penny)",
  // Said of a person by role or pronoun ("if your supervisor is as thick as mine", "he's dense."), and
  // closing the clause or compared: not "my tutor's thick accent", "he's dim sum mad", "as thick as thieves".
  "(?:supervisor|boss|manager|colleague|receptionist|landlord|tutor|lecturer|trainer|assessor|he|she)(?:['’]s| is| was) (?:as |so |really |proper |well |utterly |completely )?(?:thick|dim|dense|dumb|gormless)(?= *(?:[.,!?;:)…]|$| as (?:mine|yours|his|hers|theirs|they come|a brick|mince|a plank|two short planks)(?![a-z])))",
  "lights (?:are )?on but (?:nobody|no one|no-one)(?:['’]s| is) home",
  // Incompetence said of people: "couldn't locate empathy with a satnav".
  "(?:they|he|she|who)(?: [a-z]+){0,2} (?:couldn['’]?t|could not|can['’]?t|cannot) (?:find|locate) (?:empathy|compassion|kindness|tact|manners|a brain cell) (?:with|if you gave them) (?:a|both hands and a) (?:satnav|map|torch|search party|compass)",
  // "the intellectual reach of a damp teabag", "the brains of a goldfish".
  // Said of someone else ("the chap who asked… had the attention span of a gnat"), not "me before coffee" or "our dog".
  "(?:he|she|they|you|who)(?: [a-z'’]+){0,6} (?:has|had|have|['’]s got|['’]ve got|displayed|showed|shows) (?:the )?(?:intellectual reach|brains?|brainpower|iq|intelligence|wit|personality|charisma|emotional range|attention span) of an? (?:[a-z]+ )?(?:teabag|sponge|lettuce|goldfish|potato|brick|plank|doorknob|houseplant|turnip|gnat)",
  // A put-down said of a whole lot of people: "spineless snowflakes, every last one of them".
  // "Except Keith, who nobody can stand and who smells like a damp potting shed".
  // "Except Keith, who nobody can stand." (not "who no one can bear to wake", "can stand up to", "can stand and argue with").
  "who(?:m)? (?:nobody|no one|no-one) can (?:stand|bear|stomach|tolerate)(?= *(?:[.;!…]|$))",
  "(?:snowflakes|idiots|morons|scroungers|freeloaders|parasites|cowards|degenerates|jobsworths),? (?:every (?:last |single )?one of (?:them|you|em)|the (?:whole )?(?:sorry )?lot of (?:them|you|em))", "(?:someone|anyone|anybody) dimmer than (?!me|myself|i(?![a-z])|us)",
];

/** "Somebody ought to deck him.": a threat wished on someone (not "someone should slap them on the barbecue"). */
const THREAT_MODALS = ['ought to', 'oughta', 'should', 'needs to', 'wants to'];
const THREAT_VERBS = ['shove', 'kick', 'punch', 'slap', 'deck', 'smack', 'lamp', 'clobber'];
const THREAT_MODAL = `(?:${THREAT_MODALS.join('|')})`;
const THREAT_VERB = `(?:${THREAT_VERBS.join('|')})`;

/** Threats: to harm, to expose, to contact someone's employer or family, to pursue. */
const WE_WILL = "(?:i|we)(?:['’]ll| will| shall| are going to| am going to|['’]re going to|['’]m going to|['’]m gonna|['’]re gonna| gonna)";
const THREATS = [
  '(?:i|we) know (?:exactly )?(?:who|where) you (?:are|live|work)', 'know where you live',
  `make sure (?:your|you['’]re) (?:employer|boss|manager|workplace|wife|husband|partner|family|mum|friends|kids|neighbours|colleagues|everyone)\\S* (?:hears?|knows?|finds? out|sees?|gets?)`,
  `${WE_WILL} (?:be )?(?:tell|telling|inform|informing|contact|contacting|email|emailing|call|calling|ring|ringing|report|reporting|write to|writing to) (?:you to )?your (?:employer|boss|manager|workplace|wife|husband|partner|family|mum|mother|parents|kids|neighbours|colleagues)`,
  "you['’]?ll regret (?:it|this|that|the day)", 'you will regret', 'watch your back', "you['’]ve been warned", 'consider yourself warned', 'or else(?=\\s*[.!?]|$)',
  `${WE_WILL} (?:find|hunt|come for|come after|come round for|deal with|sort) you`, `${WE_WILL} (?:kill|smash|punch|batter|hurt|stab|shoot|beat|slap|deck|smack|thump|end|ruin|destroy) (?:you|ya|u|your)`,
  'hunt you down', '(?:hope|wish) you (?:die|rot|suffer|get (?:hit|cancer|run over|what[\'’]s coming))', "what['’]s coming to you",
  'deserves? to (?:die|suffer|be (?:shot|hurt|beaten|punished))', 'should be (?:shot|hanged|strung up)', 'see you in court',
  `${WE_WILL} (?:sue|take legal action against|be suing|be taking legal action against) you`, 'name and shame', "(?:i['’]m|we['’]re|i am|we are|i['’]ll be|we['’]ll be|i will be|we will be) naming and shaming",
  "you['’]?ll be hearing from (?:our|my) (?:solicitors?|lawyers?)", 'watch yourself', "you['’]?ll be sorry", "(?:i['’]?d|i would) be careful if i were you", 'your days are numbered',
  `${WE_WILL} find out (?:who|where) you (?:are|live)`,
  `${WE_WILL} (?:post|share|publish|leak) your (?:address|details|photos?|number|name|identity)`, "you['’]re (?:dead meat|finished)",
  "you(?:['’]ll| will| are going to|['’]re going to|['’]re gonna) (?:pay for (?:this|that|it|what you \\w+)|pay(?= *(?:[.!?]|$))|live to regret|get what['’]?s coming|not know what hit you|never see it coming)",
  'make your (?:life|lives|days|work life) (?:hell|a (?:living )?hell|a misery|miserable|unbearable)', 'make you (?:pay|regret|suffer)',
  '(?:it )?would be a (?:shame|pity) if (?:something|anything) (?:happened|were to happen|was to happen|bad happened)',
  '(?:someone|somebody|i|we) (?:should|needs? to|ought to|is going to|will|might) (?:teach you a lesson|shut you up|sort you out|put you in your place|deal with you)',
  'teach you a lesson', '(?:you|u|ya) (?:need|needs|deserve|want|are asking for|gonna get|will get|[’\']ll get) a (?:good )?(?:slap|smack|kicking|hiding|punch|beating|thump|clip round the ear|kick up the arse)',
  'say that to my face', `(?:someone|somebody) ${THREAT_MODAL} ${THREAT_VERB} (?:him|her)(?= *(?:[.,;!?…]|$| (?:off|in|into|out|under|down|where|for what|so hard|for (?:that|this|it))(?![a-z])))`, '(?:meet|see) me outside(?= *(?:and|then|[.!?,]|$))', 'sleep with one eye open',
  '(?:i|we) know (?:what car you drive|what you drive|where your (?:kids|children|family|wife|husband) (?:go|are|live|work))',
  '(?:if|when|next time) (?:i|we) (?:see|catch) you (?:round|around|near|again|out)', "you['’]re (?:a )?dead(?: (?:man|woman))?(?= *(?:[.!?,]|$| mate| pal))",
  `${WE_WILL} (?:get|have) you (?:sacked|fired|struck off|arrested|evicted|kicked out|shut down|closed down)`,
  '(?:keep (?:talking|it up|pushing|posting)|try (?:it|that)|do that again|say that again) and (?:see|watch|you[’\']ll see) what happens',
  '(?:make sure|ensure) (?:nobody|no one|no-one) (?:ever )?(?:books|uses|visits|works|hires|goes|trusts)', "(?:i['’]m|we['’]re|i am|we are) coming (?:for|after) you",
  "(?:don['’]?t|do not) make me (?:come|find|hurt|do|get)", `${WE_WILL} be waiting for you`, "(?:better|best|i['’]?d) watch (?:your back|yourself|your mouth|it|out)",
];

/**
 * The worst of a kind, said to someone's face: "you're still the dullest bloke the Rotary has ever
 * produced". Birthday and anniversary teasing says the same fondly, so harassing-phrases reads it
 * only in a draft without affection (AFFECTION), and not inside quotes.
 */
export const SUPERLATIVE_PUT_DOWN = new RegExp(
  `${B}you(?:['’]re| are) (?:still |easily |officially |genuinely |honestly )?the (?:dullest|thickest|stupidest|dumbest|ugliest|most boring|most useless|laziest|most tedious) (?:bloke|man|woman|person|lad|girl|guy|fella|member|human|boss|neighbour|colleague)${E}`,
  'g',
);
export const AFFECTION = /(?<![a-z])(?:love (?:you|ya|u|him|her)|happy (?:\S+ )?birthday|happy \d+(?:st|nd|rd|th)|bestie|anniversary|xx+)(?![a-z])|❤|💕|😘/;

/** Dismissals that count only as a clause of their own: check `CLAUSE_START_BEFORE` too. */
export const OWN_CLAUSE_DISMISSALS = new RegExp(`${B}(?:${words(DISMISSALS_IN_OWN_CLAUSE)})${CLAUSE_END}`, 'g');
export const INSULT_PHRASES = new RegExp(`${B}(?:${words(DISMISSALS_ANYWHERE)})${E}`, 'g');
export const THREAT_PHRASES = new RegExp(`${B}(?:${words(THREATS)})${E}`, 'g');
/** Words that turn "you're useless" into a report of a feeling ("depression tells you you're useless"). */
export const REPORTED_FEELING = /(?<![a-z])(?:tells?|telling|told|feel\w*|felt|think\w*|thought|believe\w*|voice|critic|says|saying|if|might|may|even when|doesn['’]t mean)(?![a-z])/;

/**
 * Word prefixes one of which every phrase above holds: "you" (and "your", "yourself"), or the
 * phrase's own word where it has none ("get a life", "drop dead", "or else"). Text-speak "u" and
 * "ya" alone are left out, as prefixes they would wake this detector for every word starting
 * with u or ya; the phrases that use them are triggers whole ("screw u"). For `triggers`.
 */
export const INSULT_TRIGGERS: readonly string[] = [
  'you', 'piss', 'sod', 'bugger', 'fuck', 'naff', 'eff', 'clear', 'bog', 'stuffed', 'hell', 'shit', 'dead', 'kys', 'asked', 'read', 'crawl', 'brain',
  'iq', 'little', 'keyboard', 'waste', 'cry', 'shut', 'one', 'imagine', 'nothing', 'life', 'grow', 'grip', 'jog', 'lost', 'away', 'cope', 'grass',
  'bore', 'favour', 'bin', 'else', 'log', 'state', 'ashamed', 'miss', 'deserve', 'shot', 'hanged', 'strung', 'shame', 'face', 'outside', 'eye', 'happens', 'nobody', 'sure', 'don',
  'watch', 'screw u', 'screw ya', 'fck u', 'fck ya', 'naming', 'should', 'thick', 'stupid', 'dim', 'dense', 'dumb', 'gormless', 'sandwich', 'sharpest', 'brightest', 'lights', 'dimmer', 'empathy', 'compassion', 'kindness', 'tact', 'manners', 'snowflake', 'idiots', 'morons', 'scrounger', 'freeloader', 'parasite', 'coward', 'degenerate', 'jobsworth', 'intellect', 'brains', 'brainpow', 'intellig', 'wit', 'personal', 'charisma', 'emotional', 'attention', 
  'dullest', 'thickest', 'stupidest', 'dumbest', 'ugliest', 'most boring', 'most useless', 'laziest', 'most tedious', 'who nobody', 'who no one', 'who no-one', 'whom nobody', 'whom no one', ...THREAT_MODALS.flatMap((modal) => THREAT_VERBS.map((verb) => `${modal} ${verb}`)),
];
