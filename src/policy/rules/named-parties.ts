import { DraftMemo, toFoldedOffset, type FoldedText } from '../normalise-text.ts';
import type { Span } from '../types.ts';
import type { OrganisationFacts } from './detector.ts';
import { COMMON_WORDS, CONNECTORS, NON_NAME_WORDS, ORGANISATION_WORDS, PLACE_WORDS, TITLES } from './conduct/name-words.ts';
import { AT, HASH, nextToken } from './name-tokens.ts';

/**
 * Finds named people and organisations in a draft ("Dr Jane Smith", "Blue Door Counselling",
 * "the Daily Bugle"), so detectors can tell a statement about a third party from one about
 * nobody in particular. Names are found from capitalisation in the ORIGINAL draft; the folded
 * words are returned for comparisons. One linear pass over the words.
 */

/** A `handle` is an @account: a person or an organisation, named by its account. */
export type PartyKind = 'person' | 'organisation' | 'handle';

export interface NamedParty {
  readonly kind: PartyKind;
  /** The name as written (possessive "'s" left off). */
  readonly name: string;
  /** Its words, folded (lower-case, diacritics stripped). */
  readonly words: readonly string[];
  /** `[start, end)` in the original draft. */
  readonly span: Span;
  /** `[start, end)` in the folded text, for looking at the words around the name. */
  readonly foldedStart: number;
  readonly foldedEnd: number;
}

/** Lexicons in a policy document that add organisation words of the sector ("counselling"). */
export const ORGANISATION_LEXICONS = ['competitor-words', 'organisation-words'] as const;

interface Token {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly word: string;
  readonly handle: boolean;
  /** Separator between the previous token and this one, in the original. */
  readonly gap: string;
}

const UPPER = /^\p{Lu}/u;
const ASCII_CAPITAL = /[A-Z]/;
const ACRONYM = /^\p{Lu}{2,5}s?$/u;
const POSSESSIVE = /['’]s$/u;
const SENTENCE_BREAK = /[.!?:;…\n•*|()[\]–—"“”]|[^\p{L}\p{N}\s,'’&-]/u;


const tokenise = (text: FoldedText): Token[] => {
  const tokens: Token[] = [];
  const starts = text.sourceStart;
  let previousEnd = 0;
  // Tokens come in order, so one pointer walks the folded offsets (no search per token).
  let folded = 0;
  const foldedAt = (original: number): number => {
    while (folded < starts.length && starts[folded]! < original) folded += 1;
    return folded;
  };
  const found = { start: 0, end: 0 };
  for (let from = 0; nextToken(text.original, from, found); from = found.end) {
    const text0 = text.original.slice(found.start, found.end);
    const first = text0.charCodeAt(0);
    const handle = first === AT || first === HASH;
    // A handle's trailing full stop ends the sentence, not the handle.
    const last = text0.charCodeAt(text0.length - 1);
    // Only a token ending in "'s" / "’s" (or a handle ending in "." or "_") needs trimming.
    const raw = handle ? (last === 46 || last === 95 ? text0.replace(/[._]+$/u, '') : text0) : last === 115 && text0.length > 2 ? text0.replace(POSSESSIVE, '') : text0;
    const start = found.start;
    const end = start + raw.length;
    const foldedStart = foldedAt(start);
    const word = text.folded.slice(foldedStart, foldedAt(end));
    tokens.push({ start, end, raw, word, handle, gap: text.original.slice(previousEnd, start) });
    previousEnd = found.end;
  }
  return tokens;
};

/** UPPER.test(word), without the pattern for a plain ASCII first letter (capital only when A-Z). */
const startsUpper = (word: string): boolean => {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : UPPER.test(word);
};

const isCapitalised = (token: Token): boolean => !token.handle && startsUpper(token.raw) && (token.raw.length <= 5 || token.raw !== token.raw.toUpperCase());

const startsSentence = (tokens: readonly Token[], index: number): boolean =>
  index === 0 || tokens[index - 1]!.handle || SENTENCE_BREAK.test(tokens[index]!.gap) || tokens[index]!.gap.includes('\n');

/** A plain space (or a title's full stop) joins words of one name. */
const joins = (gap: string, previous: Token): boolean => gap === ' ' || gap === ' & ' || ((gap === '.' || gap === '. ') && TOKENS_WITH_STOP.has(previous.word));
const TOKENS_WITH_STOP = new Set([...TITLES, 'st']);

const classify = (run: readonly Token[], organisationWords: ReadonlySet<string>, acronymAfterThe: boolean): PartyKind | undefined => {
  const words = run.map((token) => token.word);
  // "IT" the trade is an organisation word; "it" the pronoun is not.
  const isOrganisationWord = (index: number): boolean => organisationWords.has(words[index]!) && (words[index] !== 'it' || run[index]!.raw === 'IT');
  // "Castle Street" is a place; "Castle Street Surgery" is the surgery there.
  const lastPlace = words.findLastIndex((word) => PLACE_WORDS.has(word));
  if (lastPlace >= 0 && !words.some((_, index) => index > lastPlace && isOrganisationWord(index))) return undefined;
  if (TITLES.has(words[0]!) && words.length >= 2) return 'person';
  if (words.length >= 2 && words.some((_, index) => isOrganisationWord(index) && (index > 0 || words.length > 2 || !COMMON_WORDS.has(words[1]!)))) return 'organisation';
  if (acronymAfterThe) return 'organisation';
  const plain = words.filter((word) => !CONNECTORS.has(word));
  if (plain.length >= 2 && plain.length <= 4 && plain.length === words.length && plain.every((word) => !COMMON_WORDS.has(word) && !NON_NAME_WORDS.has(word) && !organisationWords.has(word))) return 'person';
  return undefined;
};

/** Words that describe a kind of service ("grief counselling") rather than name one. */
const SERVICE_MODIFIERS = new Set(['trauma', 'grief', 'art', 'play', 'drama', 'music', 'talking', 'bereavement', 'relationship', 'sex', 'psychodynamic', 'integrative', 'person-centred', 'humanistic', 'cbt', 'emdr', 'schema', 'gestalt', 'systemic', 'sound', 'speech', 'occupational', 'walk-and-talk', 'eco', 'animal', 'equine', 'nature', 'addiction', 'mental', 'sports', 'private', 'nhs', 'gp', 'dental', 'medical', 'primary', 'secondary', 'good', 'bad', 'any', 'this', 'that', 'your', 'their', 'our', 'my', 'his', 'her']);
const isDistinctive = (word: string): boolean => /^\p{L}{3,}$/u.test(word) && !COMMON_WORDS.has(word) && !NON_NAME_WORDS.has(word) && !SERVICE_MODIFIERS.has(word) && !CONNECTORS.has(word) && !PLACE_WORDS.has(word);

const isOwnName = (words: readonly string[], organisation: OrganisationFacts): boolean => {
  const spaced = ` ${words.join(' ')} `;
  const joined = words.join('');
  return organisation.names.some((name) => spaced.includes(` ${name} `) || joined === name.replace(/\s+/gu, ''));
};

/** "@zrtherapy", "@zrt_counselling": the organisation's own accounts. */
const isOwnHandle = (handle: string, organisation: OrganisationFacts): boolean =>
  organisation.names.some((name) => handle.replace(/[._]/gu, '').includes(name.replace(/\s+/gu, '')));

const partyOf = (text: FoldedText, kind: PartyKind, run: readonly Token[], words: readonly string[]): NamedParty => {
  const start = run[0]!.start;
  const stop = run.at(-1)!.end;
  return { kind, name: text.original.slice(start, stop), words, span: [start, stop], foldedStart: toFoldedOffset(text, start), foldedEnd: toFoldedOffset(text, stop) };
};

const cache = new DraftMemo<{ key: string; parties: readonly NamedParty[] }>();

const organisationWords = new WeakMap<OrganisationFacts, ReadonlySet<string>>();
/** The organisation words: general defaults plus the policy's sector lexicons (built once per organisation). */
export const organisationWordsFor = (organisation: OrganisationFacts): ReadonlySet<string> => {
  let words = organisationWords.get(organisation);
  if (!words) organisationWords.set(organisation, (words = new Set([...ORGANISATION_WORDS, ...ORGANISATION_LEXICONS.flatMap((name) => organisation.lexicon(name))])));
  return words;
};

/**
 * Named third parties in the draft, in order. The organisation's own names are left out, and
 * so are places and events ("Castle Park", "Mental Health Awareness Week").
 */
export const findNamedParties = (text: FoldedText, organisation: OrganisationFacts): readonly NamedParty[] => {
  const key = organisation.names.join('|');
  const cached = cache.get(text);
  if (cached && cached.key === key) return cached.parties;
  const organisationWords = organisationWordsFor(organisation);
  const tokens = tokenise(text);
  const parties: NamedParty[] = [];
  // A capital A-Z settles it without lower-casing a copy of the whole draft.
  const lowerCaseDraft = !ASCII_CAPITAL.test(text.original) && text.original === text.original.toLowerCase();

  for (let index = 0; index < tokens.length; ) {
    const token = tokens[index]!;
    if (token.raw.startsWith('@') && token.raw.length > 2) {
      const handle = token.word.slice(1).replace(/[._]+$/u, '');
      if (!isOwnHandle(handle, organisation)) parties.push(partyOf(text, 'handle', [token], [handle]));
      index += 1;
      continue;
    }
    if (lowerCaseDraft) {
      // Typed all in lower case ("northfield counselling are…"): a distinctive word before an organisation word.
      const previous = tokens[index - 1];
      if (index > 0 && previous && organisationWords.has(token.word) && token.word !== 'it' && joins(token.gap, previous) && isDistinctive(previous.word)) {
        const run = index > 1 && joins(previous.gap, tokens[index - 2]!) && isDistinctive(tokens[index - 2]!.word) ? [tokens[index - 2]!, previous, token] : [previous, token];
        const words = run.map((part) => part.word);
        if (!isOwnName(words, organisation)) parties.push(partyOf(text, 'organisation', run, words));
      }
      index += 1;
      continue;
    }
    if (!isCapitalised(tokens[index]!) || (NON_NAME_WORDS.has(tokens[index]!.word) && !TITLES.has(tokens[index]!.word))) {
      index += 1;
      continue;
    }
    // Grow a run of capitalised words; a lower-case connector may sit inside ("Bank of England").
    let end = index + 1;
    while (end < tokens.length) {
      const next = tokens[end]!;
      if (!joins(next.gap, tokens[end - 1]!)) break;
      if (isCapitalised(next) && !(next.word === 'i' || next.word.startsWith("i'"))) end += 1;
      else if (CONNECTORS.has(next.word) && end + 1 < tokens.length && isCapitalised(tokens[end + 1]!) && joins(tokens[end + 1]!.gap, next)) end += 2;
      else break;
    }
    let first = index;
    // A sentence's first word is capitalised anyway: drop ordinary words there ("Avoid", "Our").
    if (startsSentence(tokens, index)) while (first < end && COMMON_WORDS.has(tokens[first]!.word)) first += 1;
    while (first < end && CONNECTORS.has(tokens[first]!.word)) first += 1;
    let last = end;
    while (last > first && CONNECTORS.has(tokens[last - 1]!.word)) last -= 1;
    const run = tokens.slice(first, last);
    const previousWord = index > 0 ? tokens[index - 1]!.word : '';
    const acronymAfterThe = run.length === 1 && previousWord === 'the' && ACRONYM.test(run[0]!.raw);
    const theName = previousWord === 'the' && first === index && run.length >= 2 && !startsSentence(tokens, index);
    const words = run.map((token) => token.word);
    const classified = run.length === 0 ? undefined : classify(run, organisationWords, acronymAfterThe);
    // "the Evening Lantern": a name after "the" is a body, not a person.
    const kind = classified && theName ? 'organisation' : classified;
    if (kind && !isOwnName(words, organisation)) parties.push(partyOf(text, kind, run, words));
    index = end;
  }
  cache.set(text, { key, parties });
  return parties;
};
