import { toOriginalSpan, type FoldedText } from '../../normalise-text.ts';
import type { Detector, Signal } from '../detector.ts';
import { listedWordHits, maskHit } from './disguised-word-hits.ts';
import { spelledPlainly } from './word-context.ts';

/**
 * Inappropriate words other than swearing: racial, religious and other slurs, ableist slurs,
 * sexually explicit words and pornography, drug names spelled in code, found disguise-aware on
 * every draft (from the one shared walk of the draft's words, so cheap). Phrases are `offensive-phrases`; promotion of
 * drugs, gambling, cults, terrorism or crime is `harmful-promotion`.
 */

/** Talking about pornography as a problem people get help with is not sharing it. */
const PORN_AS_TOPIC = /(?<![a-z])(?:addict\w*|compulsive|problem\w*|habit|recover\w*|support|struggl\w*|harms?|impact\w*|effects?|affect\w*|therapy|counsell\w*|porn use|pornography use|dependen\w*|shame|secrecy|relationships?)(?![a-z])/;

/**
 * Innuendo told in emoji: an aubergine or a peach beside a wink, a smirk, droplets or an
 * adults-only sign. Either fruit alone is food; the pair is what everyone reads. The span between
 * them is bounded and stops at a sentence end, so the pattern stays linear.
 */
const FRUIT = '(?:\u{1F346}|\u{1F351})';
const SUGGESTIVE = '(?:\u{1F4A6}|\u{1F445}|\u{1F60F}|\u{1F609}|\u{1F61C}|\u{1F51E}|\u{1F975})';
/** The two fruits side by side, or one pointing at the other ("🍆➡️🍑"): the act itself. */
const FRUIT_PAIR = '(?:\u{1F346}\\s?(?:\u{27A1}\u{FE0F}?|\u{1F449}|→|->)?\\s?\u{1F351}|\u{1F351}\\s?(?:\u{2B05}\u{FE0F}?|\u{1F448}|←|<-)?\\s?\u{1F346})';
const EMOJI_INNUENDO = new RegExp(`${FRUIT_PAIR}|${FRUIT}[^.!?\n]{0,40}?${SUGGESTIVE}|${SUGGESTIVE}[^.!?\n]{0,40}?${FRUIT}`, 'u');
/** Cheap test first: most drafts hold neither fruit. */
const mayHoldFruit = (folded: string): boolean => folded.includes('\u{1F346}') || folded.includes('\u{1F351}');
/** A draft about food ("our summer fruit bowl is back 😉🍑") means the fruit. Nouns only: "tasty" and "eat" are the innuendo's own words. */
const ABOUT_FOOD = /(?<![\p{L}])(?:fruit|fruits|fruit bowl|bowl|recipes?|salad|lunch|dinner|breakfast|crumble|smoothie|jam|veg|vegetables?|allotment|harvest|market|bake|baking|cook|cooking|roast|roasted|aubergines?|peach(?:es)?|snacks?)(?![\p{L}])/u;

const emojiSignals = (text: FoldedText): Signal[] => {
  if (!mayHoldFruit(text.folded) || ABOUT_FOOD.test(text.folded)) return [];
  const found = EMOJI_INNUENDO.exec(text.folded);
  if (!found) return [];
  return [{ span: toOriginalSpan(text, found.index, found.index + found[0].length), reason: 'Sexual innuendo, even in emoji, is inappropriate on social media for work.' }];
};

const wordSignals = (text: FoldedText): Signal[] => {
  const signals: Signal[] = [];
  const add = (hits: ReturnType<typeof listedWordHits>, reason: string): void => {
    for (const hit of hits) signals.push({ span: hit.span, reason, edit: { kind: 'replace', with: maskHit(hit, text.original) } });
  };
  add(listedWordHits(text, 'slur'), 'A slur on race, religion, sexuality or gender is offensive content.');
  add(listedWordHits(text, 'ableist'), 'An ableist slur is offensive content.');
  add(listedWordHits(text, 'sexual'), 'Sexual content is inappropriate on social media for work.');
  // Talk about porn as a problem names it plainly; "p0rn" is spelled in code to slip past filters.
  const porn = listedWordHits(text, 'porn').filter((hit) => !PORN_AS_TOPIC.test(text.folded) || !spelledPlainly(text, hit.foldedStart, hit.foldedEnd));
  add(porn, 'Pornography is inappropriate content.');
  // Masking a drug's name still names it: no rewrite makes that post safe.
  for (const hit of listedWordHits(text, 'drug')) signals.push({ span: hit.span, reason: 'A drug named in code reads as promoting illegal drugs, which is inappropriate content.' });
  return signals;
};

export const offensiveContent: Detector = {
  id: 'offensive-content',
  description: 'Slurs, ableist slurs and sexually explicit words, however disguised, drug names spelled in code, and innuendo in emoji.',
  detect: ({ text }) => [...wordSignals(text), ...emojiSignals(text)],
};
