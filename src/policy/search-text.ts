/**
 * Turns text (a clause, a question, a topic) into search terms: lower-case words without accents,
 * function words dropped, a light stem, and the policy's synonyms applied. The same pipeline runs
 * over the index and over the query, so both sides meet on the same terms.
 */

/** Words that carry no topic: questions are full of them and every clause shares them. */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any anyone anything are as at be been before being below
  between both but by can cannot could did do does doing done dont down during each either else ever every few for from
  further get gets getting got had has have having he her here hers herself him himself his how i id if im in into is
  it its itself ive just let lets like may maybe me might mine more most must my myself need needs no nor not now of
  off ok okay on once only or other our ours ourselves out over own please quite rather really same say says shall
  she should so some someone someones something still such than that thats the their theirs them themselves then there these
  they this those through thing things to too totally under until up us very want wanted wants was we were what whats
  when whens where wheres whether which while who whos whom whose will hows with within without would yes yet you your youre yours
  yourself yourselves allowed allow permitted fine alright right wrong sure supposed meant rule rules
  im ill id theyre isnt arent wasnt cant couldnt shouldnt wouldnt doesnt didnt wont havent hasnt`.split(/\s+/),
);

/** Lower case, accents and apostrophes removed, everything that is not a letter or digit a space. */
export const foldText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Words of folded text, in order. */
export const wordsOf = (text: string): string[] => {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
};

const undouble = (word: string): string =>
  word.length > 3 && word.at(-1) === word.at(-2) && !'lsz'.includes(word.at(-1)!) ? word.slice(0, -1) : word;

/** A light English stem: enough to meet "posting", "posted" and "posts" on "post". */
export const stem = (word: string): string => {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let base = word;
  if (base.endsWith('ies') && base.length > 4) base = `${base.slice(0, -3)}y`;
  else if (base.endsWith('sses')) base = base.slice(0, -2);
  else if (base.endsWith('s') && !/(?:ss|us|is)$/.test(base)) base = base.slice(0, -1);
  if (base.endsWith('ing') && base.length >= 6) base = undouble(base.slice(0, -3));
  else if (base.endsWith('ed') && base.length >= 5) base = undouble(base.slice(0, -2));
  else if (base.endsWith('ly') && base.length >= 6) base = base.slice(0, -2);
  if (base.endsWith('e') && base.length >= 5) base = base.slice(0, -1);
  return base;
};

/**
 * Everyday words that every kind of question uses (time, work, people, make…): a match on them
 * alone says little about the topic, whatever their frequency in one policy, so they weigh less.
 */
const EVERYDAY_WORDS = new Set(
  `time times day days week weeks month months year years hour hours today tomorrow yesterday morning evening night
  work working job jobs people person thing stuff way lot lots bit part full long short little big good bad best
  better great nice new old make made go going goes went take taking see look find give tell ask put come use used
  using try call mean keep start set change help show know think many much every first last next place office
  general generally actually basically thought thoughts idea upcoming soon quick quickly`
    .split(/\s+/)
    .map((word) => stem(word)),
);

/** True for an everyday word's stem (see EVERYDAY_WORDS). */
export const isEverydayStem = (term: string): boolean => EVERYDAY_WORDS.has(term);

/** Synonyms ready to apply: phrases of folded words → the policy's words. */
export interface SynonymTable {
  readonly phrases: ReadonlyMap<string, readonly string[]>;
  /** For each word that starts a phrase, the most words a phrase starting with it has. */
  readonly longestFrom: ReadonlyMap<string, number>;
}

/** Builds the table once per policy from the document's `synonyms` map. */
export const synonymTable = (synonyms: Readonly<Record<string, readonly string[]>>): SynonymTable => {
  const phrases = new Map<string, string[]>();
  const longestFrom = new Map<string, number>();
  for (const [said, meant] of Object.entries(synonyms)) {
    const key = wordsOf(said);
    if (key.length === 0) continue;
    longestFrom.set(key[0]!, Math.max(longestFrom.get(key[0]!) ?? 1, key.length));
    const words = meant.flatMap(wordsOf);
    phrases.set(key.join(' '), [...(phrases.get(key.join(' ')) ?? []), ...words]);
  }
  return { phrases, longestFrom };
};

/**
 * One idea of the text: the stems that stand for it. A word people use is replaced by the policy's
 * words for it, and they count as one concept, so "insta" is known when "instagram" is.
 */
export type Concept = readonly string[];

/** The text's concepts, in order, longest synonym phrase first, function words dropped. */
export const conceptsOf = (text: string, table: SynonymTable): Concept[] => {
  const words = wordsOf(text);
  const concepts: Concept[] = [];
  let index = 0;
  while (index < words.length) {
    let matched = 0;
    // Only phrases that start with this word can match here: most words start none.
    for (let size = Math.min(table.longestFrom.get(words[index]!) ?? 0, words.length - index); size >= 1 && matched === 0; size -= 1) {
      const meant = table.phrases.get(words.slice(index, index + size).join(' '));
      if (meant) {
        const stems = meant.filter((word) => !STOP_WORDS.has(word)).map(stem);
        if (stems.length > 0) concepts.push([...new Set(stems)]);
        matched = size;
      }
    }
    if (matched === 0) {
      const word = words[index]!;
      if (!STOP_WORDS.has(word) && (word.length > 1 || /\d/.test(word))) concepts.push([stem(word)]);
      matched = 1;
    }
    index += matched;
  }
  return concepts;
};

/** The text as search terms (every stem of every concept). */
export const termsOf = (text: string, table: SynonymTable): string[] => conceptsOf(text, table).flat();
