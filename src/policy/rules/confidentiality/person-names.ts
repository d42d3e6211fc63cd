import { DraftMemo, type FoldedText } from '../../normalise-text.ts';
import type { OrganisationFacts } from '../detector.ts';

/**
 * Minimal person-name heuristics for the confidentiality detectors: a word written with a
 * capital first letter (in the ORIGINAL draft) that is not a sentence's ordinary capitalised
 * word, a weekday, a month, an acronym or the organisation's own name.
 */

/** Capitalised words that are not people's names. */
const NOT_NAMES = new Set([
  'i', 'we', 'you', 'he', 'she', 'they', 'it', 'our', 'my', 'your', 'his', 'her', 'their', 'the', 'a', 'an', 'and', 'or',
  'but', 'so', 'to', 'from', 'for', 'with', 'at', 'on', 'in', 'of', 'this', 'that', 'these', 'those', 'all', 'everyone',
  'everybody', 'anyone', 'someone', 'team', 'huge', 'big', 'special', 'thanks', 'thank', 'congratulations', 'congrats',
  'well', 'done', 'welcome', 'hi', 'hello', 'hey', 'dear', 'happy', 'lovely', 'new', 'client', 'clients', 'shout', 'out',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter', 'today',
  'tomorrow', 'yesterday', 'mr', 'mrs', 'ms', 'miss', 'dr', 'doctor', 'god', 'nhs', 'gp', 'uk', 'facebook', 'instagram',
  'linkedin', 'twitter', 'tiktok', 'whatsapp', 'zoom', 'google', 'please', 'just', 'also', 'so', 'yes', 'no', 'ok',
  'okay', 'mum', 'dad', 'workshop', 'group', 'session', 'sessions', 'therapy', 'practice',
]);

const WORD = /^[\p{L}][\p{L}'’-]*$/u;

/**
 * Whether the folded word at `[start, end)` is written like a person's name in the original:
 * capital first letter, not all capitals, not a known non-name, not the organisation.
 */
export const looksLikeName = (text: FoldedText, start: number, end: number, organisation: OrganisationFacts): boolean => {
  // The cheap test first: most words of a draft are not capitalised.
  const originalStart = text.sourceStart[start] ?? 0;
  const first = text.original.charAt(originalStart);
  if (first === first.toLowerCase() || first !== first.toUpperCase()) return false;
  const word = text.folded.slice(start, end);
  if (word.length < 2 || !WORD.test(word) || NOT_NAMES.has(word) || organisationWords(organisation).has(word)) return false;
  const originalEnd = text.sourceEnd[end - 1] ?? originalStart;
  const original = text.original.slice(originalStart, originalEnd);
  return original.slice(1) !== original.slice(1).toUpperCase();
};

const organisationWordCache = new WeakMap<OrganisationFacts, ReadonlySet<string>>();
/** The words of the organisation's own names, once per organisation. */
const organisationWords = (organisation: OrganisationFacts): ReadonlySet<string> => {
  let words = organisationWordCache.get(organisation);
  if (!words) {
    words = new Set(organisation.names.flatMap((name) => [name, ...name.split(/\s+/)]));
    organisationWordCache.set(organisation, words);
  }
  return words;
};

/** A capitalised word in the ORIGINAL draft: the only place a name can start. */
const CAPITALISED = /\p{Lu}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}'’-]/u;

/** The first folded index whose original offset is at or after `original` (sourceStart is non-decreasing). */
const foldedIndexOf = (text: FoldedText, original: number): number => {
  let low = 0;
  let high = text.folded.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((text.sourceStart[middle] ?? 0) < original) low = middle + 1;
    else high = middle;
  }
  return low;
};

const nameCache = new DraftMemo<{ readonly organisation: OrganisationFacts; readonly names: readonly (readonly [number, number])[] }>();

/** Every name-like word of the draft, found once per draft and organisation. */
const allNames = (text: FoldedText, organisation: OrganisationFacts): readonly (readonly [number, number])[] => {
  const cached = nameCache.get(text);
  if (cached && cached.organisation === organisation) return cached.names;
  const names: [number, number][] = [];
  // Only capitalised words can be names, and most words are not: find those in the original and
  // map each to the folded text, instead of testing every folded word.
  CAPITALISED.lastIndex = 0;
  for (let found = CAPITALISED.exec(text.original); found; found = CAPITALISED.exec(text.original)) {
    // A capital inside a word ("McDonald", "iPhone") starts no name; checked here, not by a lookbehind at every position.
    if (found.index > 0 && LETTER_OR_DIGIT.test(text.original.charAt(found.index - 1))) continue;
    const start = foldedIndexOf(text, found.index);
    if (start >= text.folded.length || (start > 0 && WORD_CHAR.test(text.folded.charAt(start - 1)))) continue;
    let end = start;
    while (end < text.folded.length && WORD_CHAR.test(text.folded.charAt(end))) end += 1;
    if (end > start && !isSentenceStart(text, start) && looksLikeName(text, start, end, organisation)) names.push([start, end]);
  }
  nameCache.set(text, { organisation, names });
  return names;
};

/** Folded `[start, end)` of every name-like word within the folded range. */
export const namesIn = (text: FoldedText, from: number, to: number, organisation: OrganisationFacts): (readonly [number, number])[] => {
  const names = allNames(text, organisation);
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((names[middle]?.[0] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  const found: (readonly [number, number])[] = [];
  for (let index = low; index < names.length; index += 1) {
    const name = names[index];
    if (!name || name[1] > to) break;
    found.push(name);
  }
  return found;
};

/** A word that opens a sentence is capitalised anyway, so it says nothing about being a name. */
const isSentenceStart = (text: FoldedText, start: number): boolean => {
  for (let index = start - 1; index >= 0; index -= 1) {
    const char = text.folded.charAt(index);
    if (char === ' ' || char === '\t' || char === '"' || char === '\'' || char === '‘' || char === '“' || char === '(') continue;
    // Punctuation that ends a sentence, an emoji or a line break all open a new sentence.
    return !/[\p{L}\p{N},;&\-–—]/u.test(char);
  }
  return true;
};

/** Words that open a clause or follow a kind word without being anyone's name. */
const NOT_LOWER_CASE_NAMES = new Set([
  ...NOT_NAMES, 'the', 'this', 'that', 'there', 'these', 'those', 'who', 'what', 'when', 'where', 'which', 'why', 'how',
  'everyone', 'someone', 'anyone', 'nobody', 'somebody', 'everybody', 'people', 'patient', 'patients', 'research', 'study',
  'one', 'many', 'most', 'some', 'lots', 'half', 'kids', 'children', 'adults', 'men', 'women', 'staff', 'sadly',
  'unfortunately', 'apparently', 'sorry', 'then', 'now', 'still', 'news', 'update', 'good', 'bad', 'sad', 'great', 'more',
  'less', 'every', 'each', 'any', 'both', 'whose', 'after', 'before', 'since', 'because', 'if', 'as', 'though', 'although',
  'while', 'again', 'here', 'not', 'hope', 'hoping', 'glad', 'love', 'sending', 'wishing', 'thinking', 'prayers', 'hugs',
  'get', 'poor', 'old', 'little', 'bless', 'nurse', 'dog', 'cat', 'husband', 'wife', 'partner', 'son', 'daughter',
  'brother', 'sister', 'grandad', 'grandma', 'nan', 'gran', 'family', 'friend', 'friends', 'neighbour', 'boss',
  'colleague', 'colleagues', 'therapist', 'counsellor', 'uncle', 'aunt', 'auntie', 'cousin', 'baby', 'child', 'mother',
  'father', 'someone', 'everything', 'nothing', 'something', 'life', 'work', 'home', 'she', 'he',
]);
/** In an all-lower-case draft, a name is a word opening a clause, or after a kind word, then "is/has/from…". */
const LOWER_CASE_NAME = /(?:(?:^|[.!?,;:\n(]\s*|\s)(?:poor|dear|lovely|old|little|bless|wishing|thinking of|prayers for|love to|hugs to|sending love to|get well soon|well done)\s+|^|[.!?,;:\n(]\s*)([a-z][a-z'’-]{2,})(?=(?: [a-z]+)? (?:is|has|'s|’s|was|had|from|at|who|next|down|up|in)(?![a-z])|,)/g;

/**
 * Folded offset of a likely name in `[from, to)` when the draft is written all in lower case
 * (capitals are how names are found otherwise), or -1. Only clause-opening words and words after
 * a kind word ("poor steve from the post office…") are taken, never ordinary nouns mid-clause.
 */
export const lowerCaseNameIn = (text: FoldedText, from: number, to: number): number => {
  if (text.original !== text.original.toLowerCase()) return -1;
  const slice = text.folded.slice(from, to);
  LOWER_CASE_NAME.lastIndex = 0;
  for (let found = LOWER_CASE_NAME.exec(slice); found; found = LOWER_CASE_NAME.exec(slice)) {
    const word = found[1] ?? '';
    if (!NOT_LOWER_CASE_NAMES.has(word)) return from + found.index + found[0].length - word.length;
    // "poor" opened the clause but is no name: look again from the next character, where it may be the kind word.
    LOWER_CASE_NAME.lastIndex = found.index + 1;
  }
  return -1;
};
