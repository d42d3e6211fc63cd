/**
 * Trigger words for the conduct detectors (see `triggers` in ../detector.ts). Every word of a
 * phrase must be in a draft that contains the phrase, so any one of them is a valid trigger;
 * the longest is usually the rarest, which keeps the gate tight.
 */

/**
 * Word prefixes as the trigger index reads them: letters, digits and £$€@#, hyphenated compounds
 * kept whole. A phrase's hyphen is literal in its pattern, and the index walks a trigger across
 * it, so "pro-life" is a trigger where "pro" would wake the detector for "proud" and "promise".
 */
const WORD = /[\p{L}\p{N}£$€@#]+(?:-[\p{L}\p{N}£$€@#]+)*/gu;

/** Words too common to gate anything: a phrase's other words are used instead. */
const COMMON = new Set(['the', 'my', 'our', 'a', 'an', 'to', 'of', 'in', 'on', 'is', 'are', 'you', 'we', 'it', 'and', 'for', 'your', 'i', 'me', 'us', 'that', 'this', 'be', 'not', 'no', 'with', 'at', 'by', 'all', 'so', 'do', 'was', 'were', 'll', 've', 're', 's', 't', 'd', 'if', 'or', 'as', 'up', 'out', 'what', 'how', 'they', 'them', 'their', 'he', 'she', 'his', 'her',
  'real', 'best', 'small', 'support', 'take', 'life', 'about', 'accept', 'anyone', 'plan', 'long', 'even', 'still', 'should', 'make', 'time',
  'people', 'have', 'everyone', 'before', 'after', 'read', 'just', 'other', 'anything', 'does', 'give', 'get', 'back', 'going', 'good', 'new',
  'day', 'one', 'more', 'can', 'will', 'would', 'could', 'has', 'had', 'been', 'there', 'here', 'when', 'who', 'which', 'way', 'over',
  'very', 'really', 'much', 'like', 'know', 'see', 'come', 'want', 'need', 'say', 'said', 'tell', 'thing', 'someone', 'every', 'than',
  'then', 'now', 'also', 'too', 'well', 'sure', 'right', 'down', 'today', 'week', 'year', 'team', 'work', 'help', 'don', 'didn', 'won']);

/** The longest word of each phrase (a trailing `*` phrase gives its stem), lower-case. */
export const longestWords = (phrases: readonly string[]): string[] => {
  const words = new Set<string>();
  for (const phrase of phrases) {
    const parts = phrase.toLowerCase().replace(/\*$/u, '').match(WORD) ?? [];
    const useful = parts.filter((part) => !COMMON.has(part));
    const longest = (useful.length > 0 ? useful : parts).reduce((best, part) => (part.length > best.length ? part : best), '');
    if (longest) words.add(longest);
  }
  return [...words];
};

/**
 * Triggers from phrase lists plus hand-picked words for a detector's regular expressions, each
 * also as a hashtag: the trigger index reads "#StopTheBoats" as one word starting with "#".
 */
export const triggerWords = (lists: readonly (readonly string[])[], extra: readonly string[]): readonly string[] => {
  const words = new Set([...lists.flatMap((list) => longestWords(list)), ...extra.map((word) => word.toLowerCase())]);
  return [...words, ...[...words].filter((word) => !/^[@#]/u.test(word)).map((word) => `#${word}`)];
};
