import type { FoldedText } from '../../normalise-text.ts';
import { findAll, type Match } from '../match.ts';
import { WORD_END, WORD_START } from './folded-pattern.ts';
import { sentenceAt, sentenceRangesOf } from './sentences.ts';

/**
 * Demeaning gender-specific comments: generalisations that put women or men down ("women
 * can't drive", "men are useless", "nagging wives", "throws like a girl"). A sentence that
 * questions the stereotype ("it's a myth that…", "stop telling men to man up") is fine.
 */

const B = WORD_START;
const E = WORD_END;
const GROUPS = 'women|ladies|girls|females|wives|wifes|men|blokes|lads|males|husbands|boys|feminists|womenfolk|(?:female|male|lady|women|woman) [a-z]+s';
const SINGULARS = 'woman|female|man|male|bloke|wife|husband|girl';
const ADJECTIVES = 'nagging|naggy|hysterical|hormonal|moaning|whinging|whiny|useless|lazy|stupid|dumb|bossy|shrill|silly|crazy|emotional|irrational';
const CANT = "(?:can['’]?t|cannot|can never|never could)";
const TRAITS = [
  'nag|nags|nagging|naggy|moan|moans|moaning|whinge|whinges|whinging|whine|whines|whining|hysterical|irrational|illogical',
  'useless|hopeless|clueless|pathetic|weak|bossy|shrill|crazy|psycho|psychos|cheats|liars|manipulative|pigs|dogs|trash|scum',
  'incapable|inferior|stupid|dumb|thick|dim|(?:generally |just )?too (?:dim|thick|stupid|dumb|lazy|emotional|weak)|lazy|gossips|gold ?diggers?|high maintenance|drama queens|hormonal|talk too much|never listen|(?:do not|don[\'’]?t) listen',
  '(?:bad|rubbish|hopeless|terrible|awful) at (?:maths|math|science|driving|parking|directions|multitasking|listening|cooking|map reading|technology|it)',
  'only think (?:about|of) (?:one thing|themselves)|seen and not heard|know (?:their|your) place',
  'too emotional|so emotional|overemotional|all the same|only want one thing|only after one thing|only (?:really |ever )?good for|animals',
  'a joke|ugly|weird|(?:overgrown |big )?(?:children|babies|kids)|too soft|soft|weaker|too weak|fragile|unstable|emotionally unstable|attention seekers|gold diggers',
  '(?:make|makes) (?:terrible|rubbish|bad|awful|poor|useless|crap|shit|lousy) [a-z]+|(?:shouldn[\'’]?t|should not|should never|must not) be (?:allowed|in charge|trusted|[a-z]+s)',
  'have no (?:place|business) (?:in|being)|(?:aren[\'’]?t|are not|just aren[\'’]?t) (?:cut out|built|made|wired) for|not cut out for',
  `${CANT} (?:do maths|do math|do science|lead|manage|cope|focus|fix|understand|commit|parallel park|be leaders|be therapists|be engineers|be bosses)`,
  `${CANT} (?:drive|park|cook|multitask|multi-task|read (?:a )?maps?|be trusted|handle|take a joke|do anything|control themselves|help themselves|think)`,
  'belongs? (?:in|at) the (?:kitchen|sink)|belongs? at home|should (?:stay|be kept) (?:at home|in the kitchen)|get back (?:in|into|to) the kitchen',
].join('|');
const TRAIT = new RegExp(`${B}(?:${TRAITS})${E}`);

// Not "women's" or "the girls' netball bibs": a possessive names their things, not them.
const GROUP_WORD = new RegExp(`${B}(?:(${ADJECTIVES})\\s+)?(?:${GROUPS})${E}(?!['’])`, 'g');
const TYPICAL = new RegExp(`${B}(?:typical|such a|just like a) (?:${SINGULARS}|${GROUPS})${E}(?=\\s*(?:[,.!?—-]|$))`, 'g');
/** More stock put-downs: "a woman's place", "for a girl", "calm down, dear", "diversity hire". */
const STOCK_MORE = [
  "(?:a )?woman['’]?s place is", '(?:woman|women|wife|wives)(?: should)? (?:belong|stay|be kept) (?:in|at) (?:the )?(?:kitchen|home|sink)',
  "(?:good|clever|smart|bright|decent|not bad|funny|strong|tough|fast|capable|sensible|logical|brave|competent|confident)(?: [a-z']+){0,5} for a (?:woman|girl|bird|lass|female|lady)",
  "(?:she|she['’]s|she is|must be|probably|bet|is|['’]s) on (?:her|the) (?:period|rag)", 'pmsing', 'pms-ing',
  "(?:only|just) (?:got|get|gets|getting|hired|promoted|picked)(?: [a-z']+){0,4} because (?:she['’]s|he['’]s|she is|he is|she was|he was) (?:a )?(?:woman|girl|female|pretty|fit|hot|blonde|young|man|bloke)",
  "(?:don['’]?t|do not|never) worry (?:your|their) pretty (?:little )?heads?",
  // Said as one's own rule ("I'd never hire a mum", "rule one: never hire mums"), not of employers who do.
  "(?:(?:i['’]?d|i would|i['’]?ll|i will|we['’]?d|we would|we['’]?ll|we will|i|we) |(?<=(?:^|[:;—–.!?]) ?))never (?:hire|employ) (?:a |any )?(?:mums?|mothers?|women|a woman|young women|pregnant women|girls)",
  '(?:played|defended|tackled|threw|kicked) like a (?:bunch|load|pack) of (?:little )?girls',
  'diversity hire', 'calm down,? (?:dear|love|sweetheart|darling|sweetie|luv|hun|princess|little lady)', 'feminazis?',
  '(?:never|don[\'’]?t|do not) trust (?:a|any) (?:woman|man|female|bloke|girl)', '(?:never|don[\'’]?t|do not) let (?:a|any) (?:woman|female|girl|bloke|man) (?:near|anywhere near) (?:your|the|our) (?:accounts|money|finances|books|filing|paperwork|bank|budget|spreadsheets?|tax|vat)', 'leave (?:the )?(?:[a-z]+ )?(?:stuff |things |bits )?to the (?:lads|men|boys|blokes|guys)',
  'leave (?:the )?(?:[a-z]+ )?(?:decisions|decision making|thinking|serious work|real work) to the (?:lads|men|boys|blokes|guys)',
  // Aimed at one person through her sex or his: "women like you shouldn't be running a practice".
  "(?:women|woman|girls|men|man|blokes|lads) like (?:you|her|him) (?:shouldn['’]?t|should not|should never|can['’]?t|cannot|aren['’]?t (?:meant|supposed) to) (?:be )?[a-z]+",
].join('|');
const STOCK_PHRASES = new RegExp(
  `${B}(?:(?:throws?|threw|runs?|ran|cry|cries|cried|crying|fights?|fought|screams?|screaming|drives?|squeal\\w*|whin\\w+) like a (?:little )?girl|man up|${STOCK_MORE}|grow a pair|women drivers?|woman drivers?|that time of the month|get back (?:in|into|to) the kitchen|make me a sandwich|know your place|real (?:men|women) don['’]?t|only a (?:man|woman|bloke|female|male|girl) would|trust a (?:man|woman|bloke|female|girl) to)${E}`,
  'g',
);
/** Sentences that question or report a stereotype rather than assert it. */
const QUESTIONS_IT = new RegExp(
  `${B}(?:not|no|never|myths?|stereotyp\\w*|clich\\w*|so-called|told|tell|telling|hear|heard|say|saying|says|assum\\w*|nonsense|untrue|harmful|toxic|pressure|expected|okay|ok|allowed|outdated|sexis\\w*|misogyn\\w*|stop (?:telling|saying|calling)|feel\\w*|felt|worr\\w*|fear\\w*|afraid|ashamed|shame)${E}|n['’]t${E}`,
);

/** After the comment, only a verdict on it ("…is a myth") questions it; a later "wouldn't" does not. */
const JUDGED_AFTER = new RegExp(
  `${B}(?:myths?|stereotyp\\w*|clich\\w*|nonsense|untrue|not true|harmful|toxic|outdated|sexis\\w*|misogyn\\w*)${E}|isn['’]t true`,
);

const WINDOW_WORDS = 8;
const ONE_OF_THOSE = /one of (?:those|them|these)\s+$/u;

const questioned = (folded: string, start: number, end: number, skip: Match | { foldedStart: number; foldedEnd: number }): boolean =>
  QUESTIONS_IT.test(folded.slice(start, skip.foldedStart)) || JUDGED_AFTER.test(folded.slice(skip.foldedEnd, end));

/** Spans (folded matches) of demeaning generalisations about women or men. */
export const findGenderGeneralisations = (text: FoldedText): Match[] => {
  const { folded } = text;
  // Sentences are needed only around a match; most drafts the triggers let through have none.
  const sentences = (): ReturnType<typeof sentenceRangesOf> => sentenceRangesOf(text);
  const found: Match[] = [];
  for (const group of findAll(text, GROUP_WORD)) {
    const sentence = sentenceAt(sentences(), group.foldedStart, folded.length);
    if (group.groups[0] !== undefined) {
      // "nagging wives": the put-down is in the adjective itself; "isn't one of those hysterical females who can't run a business" still says there are such.
      const oneOfThose = ONE_OF_THOSE.test(folded.slice(Math.max(sentence.start, group.foldedStart - 16), group.foldedStart)) && TRAIT.test(folded.slice(group.foldedEnd, sentence.end).split(/\s+/).slice(0, WINDOW_WORDS + 1).join(' '));
      if (oneOfThose || !questioned(folded, sentence.start, sentence.end, group)) found.push(group);
      continue;
    }
    const after = folded.slice(group.foldedEnd, sentence.end).split(/\s+/).slice(0, WINDOW_WORDS + 1).join(' ');
    const trait = TRAIT.exec(after);
    if (!trait) continue;
    const traitStart = group.foldedEnd + folded.slice(group.foldedEnd, sentence.end).indexOf(trait[0]);
    const whole = { foldedStart: traitStart, foldedEnd: traitStart + trait[0].length };
    if (questioned(folded, sentence.start, sentence.end, whole)) continue;
    found.push(group);
  }
  for (const pattern of [TYPICAL, STOCK_PHRASES]) {
    for (const phrase of findAll(text, pattern)) {
      const sentence = sentenceAt(sentences(), phrase.foldedStart, folded.length);
      if (!questioned(folded, sentence.start, sentence.end, phrase)) found.push(phrase);
    }
  }
  return found;
};

/** Word prefixes one of which every comment found here holds: a gender word or a stock phrase's own word. For `triggers`. */
// "man" only with the words around it ("man up", "typical man", "trust a man to"): as a prefix it
// woke the detector for "many" and "manage". Triggers with spaces are walked across the single
// space each pattern holds literally.
export const GENDER_TRIGGERS: readonly string[] = [
  'wom', 'wif', 'wiv', 'lad', 'girl', 'fem', 'men', 'bloke', 'male', 'husband', 'boy', 'guys', 'bird', 'lass',
  'man up', 'typical', 'such a ', 'just like a ', 'only a ', 'trust', 'because she', 'because he',
  'grow a pair', 'time of the month', 'kitchen', 'sandwich', 'know your place', 'period', 'her rag', 'the rag', 'pms', 'diversity hire', 'calm down',
  'pretty little', 'pretty head', 'never hire', 'never employ', 'let a ', 'let any ',
];
