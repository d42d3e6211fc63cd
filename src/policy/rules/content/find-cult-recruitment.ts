import type { FoldedText } from '../../normalise-text.ts';
import { findAll, type Match } from '../match.ts';
import { foldedWords } from './folded-pattern.ts';

/**
 * Recruitment into a cult-like group, named or not: the marks of a high-control group read
 * together (cutting people off from their relatives, asking for all their money or property, a
 * single saving doctrine or leader). Any one alone is ordinary ("give up your seat", "join our
 * team"); two kinds
 * in one draft are recruitment, unless the draft warns about or helps people leave such groups.
 */

const KIN = '(?:family|families|friends|loved ones|relatives|parents|kids|children|partner|husband|wife|old life|past life|past|worldly (?:life|ties|possessions)|outsiders|non-?believers|doubters)';
const CUT_OFF = foldedWords([
  `(?:leave|leaving|abandon|abandoning|forget|forgetting|renounce|renouncing|disown|disowning|shun|shunning|walk away from|turn your backs? on|say goodbye to|give up) (?:all |behind )?(?:of )?(?:your|their|our|the) (?:\\w+ )?${KIN}`,
  `(?:cut|cutting|sever|severing) (?:off |all )?(?:ties|contact|links) (?:with|to) (?:your|their|the|any) (?:\\w+ )?${KIN}`,
  `(?:cut|cutting) (?:off )?(?:your|their) (?:\\w+ )?${KIN}(?: off)?`,
  `${KIN} behind`,
], true);
const GIVE_ALL = foldedWords([
  '(?:hand|handing|sign|signing|give|giving|donate|donating|surrender|surrendering|transfer|transferring|tithe|tithing|bring|bringing|sell|selling|pledge|pledging) (?:over |up )?(?:all (?:of )?|everything (?:in )?)?(?:your|their) (?:life )?(?:savings|money|wages|salary|income|earnings|possessions|property|house|home|belongings|inheritance|pension|assets|worldly goods)',
  '(?:surrender|give|hand over|sign over|donate) (?:us )?everything(?: you (?:own|have))?', 'everything you own',
], true);
const DOCTRINE = foldedWords([
  '(?:the|our|one|only) (?:one |only |true |ultimate |eternal |hidden |secret )+(?:truth|path|way|light|faith|master|prophet|teacher|leader|saviou?r)',
  'chosen (?:one|ones|few)', 'be saved', 'eternal (?:life|light|salvation)', 'salvation', 'awaken\\w*', 'enlighten\\w*', 'ascen\\w+', 'the master',
  'our (?:leader|master|prophet|guru|teacher|father|mother|saviou?r)', 'the outside world',
  '(?:join|joining|welcome to|become one of) (?:us|our (?:\\w+ )?(?:community|circle|family|movement|fellowship|brotherhood|sisterhood|order|temple|church|commune|compound|retreat|tribe|kingdom))',
], true);
/** A draft that warns about these groups or helps people leave them. */
const WARNS = foldedWords(['signs?', 'warning', 'red flags?', 'coerci\\w+', 'if someone', 'wary', 'beware', 'survivors?', 'escap\\w*', 'abus\\w*',
  'control(?:ling)?', 'never', 'don[\'’]?t', 'do not', 'manipulat\\w*', 'groomed', 'grooming', 'support', 'recover\\w*', 'therapy', 'counsell\\w*', 'high-control']);

/** The first mark of cult recruitment in the draft, when two kinds stand together. */
export const findCultRecruitment = (text: FoldedText): Match | undefined => {
  const marks = [findAll(text, CUT_OFF), findAll(text, GIVE_ALL), findAll(text, DOCTRINE)].filter((found) => found.length > 0);
  if (marks.length < 2 || WARNS.test(text.folded)) return undefined;
  return marks.map((found) => found[0]!).sort((a, b) => a.foldedStart - b.foldedStart)[0];
};

/**
 * Recruitment needs two kinds of mark, so it always holds a relative or an asset word (doctrine
 * alone is never enough): word prefixes for `triggers`.
 */
export const CULT_TRIGGERS: readonly string[] = [
  'famil', 'friend', 'loved', 'relativ', 'parent', 'kid', 'child', 'partner', 'husband', 'wife', 'life', 'past', 'worldly', 'outsider', 'believer', 'non',
  'doubter', 'savings', 'money', 'wages', 'salary', 'income', 'earnings', 'possessi', 'property', 'house', 'home', 'belongin', 'inherita', 'pension',
  'assets', 'goods', 'everythi',
];
