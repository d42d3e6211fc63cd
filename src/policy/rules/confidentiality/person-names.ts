import type { FoldedText } from '../../normalise-text.ts';
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
  const word = text.folded.slice(start, end);
  if (word.length < 2 || !WORD.test(word) || NOT_NAMES.has(word)) return false;
  if (organisation.names.some((name) => name === word || name.split(/\s+/).includes(word))) return false;
  const originalStart = text.sourceStart[start] ?? 0;
  const originalEnd = text.sourceEnd[end - 1] ?? originalStart;
  const original = text.original.slice(originalStart, originalEnd);
  const first = original.charAt(0);
  if (first === first.toLowerCase() || first !== first.toUpperCase()) return false;
  return original.slice(1) !== original.slice(1).toUpperCase();
};

const WORD_IN_TEXT = /[\p{L}][\p{L}'’-]*/gu;

const nameCache = new WeakMap<FoldedText, { readonly organisation: OrganisationFacts; readonly names: readonly (readonly [number, number])[] }>();

/** Every name-like word of the draft, found once per draft and organisation. */
const allNames = (text: FoldedText, organisation: OrganisationFacts): readonly (readonly [number, number])[] => {
  const cached = nameCache.get(text);
  if (cached && cached.organisation === organisation) return cached.names;
  const names: [number, number][] = [];
  WORD_IN_TEXT.lastIndex = 0;
  for (let found = WORD_IN_TEXT.exec(text.folded); found; found = WORD_IN_TEXT.exec(text.folded)) {
    const start = found.index;
    const end = start + found[0].length;
    if (!isSentenceStart(text, start) && looksLikeName(text, start, end, organisation)) names.push([start, end]);
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
