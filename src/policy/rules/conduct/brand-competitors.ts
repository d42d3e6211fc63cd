import type { FoldedText } from '../../normalise-text.ts';
import type { OrganisationFacts } from '../detector.ts';
import { findAll, phrasePattern } from '../match.ts';
import type { NamedParty } from '../named-parties.ts';
import { COMMON_WORDS, NON_NAME_WORDS } from './name-words.ts';

/**
 * Competitors named by a one-word brand rather than "<Name> Counselling": "Talkspace
 * therapists", "apps like Calmify", "online therapy such as Mindlyne", and the names the policy
 * lists in its `competitor-names` lexicon. A capitalised word counts only where the words
 * around it make it a provider of the same service, so "Zoom sessions" or "Jungian therapists"
 * are not brands.
 */

const NAMES_LEXICON = 'competitor-names';

/**
 * "<Brand> therapists", "<Brand>'s counsellors": the brand is the word before the sector noun. Checked on the original.
 * This and POSSESSIVE_SERVICE test the character before the capital only once a capital is found
 * (the look-behind sits after it), which V8 scans for faster than a look-behind at every position.
 */
const BEFORE_SECTOR = /(\p{Lu}(?<![\p{L}\p{N}'’-]\p{Lu})[\p{L}\p{N}]{2,})(?:['’]s)?\s+(?:(therapists|counsellors|counselors|psychologists)|therapist|counsellor|counselor|therapy|counselling|counseling|app|apps|platform|subscriptions?)(?![\p{L}])/gu;
/** What may come just before a sentence's first word. */
/** "<Name>'s waiting list": something of theirs, judged; a name or a place, so it counts only with scorn. */
const POSSESSIVE_SERVICE = /(\p{Lu}(?<![\p{L}\p{N}'’-]\p{Lu})[\p{L}\p{N}]{2,})['’]s\s+(?:waiting\s+lists?|website|prices|fees|sessions|staff|team|reception|service|app|logo|branding|marketing|reviews|offices|rooms|adverts?|ads|workshops|courses)(?![\p{L}])/gu;
/** "apps like <Brand>": maybe a meditation or banking app, so it counts only with scorn. */
const BARE_LIKE = /(?<![\p{L}])(?:apps?|platforms?)\s+(?:like|such\s+as)\s+([\p{L}\p{N}]{3,})(?![\p{L}])/gu;
const SENTENCE_START = /(?:^|[.!?\n]\s*|["“(]\s*)$/u;
/** "apps like <Brand>", "online therapy such as <Brand>", "platforms like <Brand>". */
const AFTER_LIKE = /(?<![\p{L}])(?:(?:therapy|counselling|counseling|mental[\s-]health|wellbeing|app-based|online|video|virtual|digital|text-based|chat-based)\s+(?:apps?|platforms?|services?|providers?|sites?|websites?|companies|firms|therapy|counselling|therapists)|therapy\s+apps?|online\s+therapy)\s+(?:like|such\s+as|e\.g\.|eg|including)\s+([\p{L}\p{N}]{3,})(?![\p{L}])/gu;

/**
 * "how we're different from Tranquo", "we're not related to Headspring", "an alternative to
 * Soulbay's…", "for comparison, Headspring charge…": a name set beside the writer's own service is
 * a provider of the same kind. Checked on the original (for the capital); "we", "us" or "our"
 * and a word for the service must be in that sentence or the one before.
 */
const COMPARED_WITH_US = /(?<![\p{L}])(?:different\s+(?:from|to)|not\s+(?:related|connected|linked|affiliated)\s+(?:to|with)|(?:the\s+)?same\s+as|(?:an\s+)?alternative\s+to|compared\s+(?:to|with)|comparison,)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}]{2,})(?![\p{L}\p{N}])/gu;
/** Charities, public services, professional bodies and big platforms people compare a practice with: not competitors. */
const PUBLIC_SERVICES = new Set([
  'mind', 'samaritans', 'nhs', 'shout', 'cruse', 'papyrus', 'bacp', 'ukcp', 'hcpc', 'bps', 'babcp', 'nice', 'cqc',
  'apple', 'google', 'microsoft', 'facebook', 'meta', 'instagram', 'amazon', 'tiktok', 'whatsapp', 'zoom', 'teams',
]);
/** "London Bridge Hospital", "Room 2", "Prozac-only": a longer name, a number or a compound, not a one-word brand. */
const NOT_ONE_WORD_NAME = /^(?:\s+(?:\p{Lu}|\d)|-)/u;
/** The kind of service the comparison is about, in the sentence or the one before. */
const SERVICE_CONTEXT = /(?<![\p{L}])(?:therap|counsel|psych|session|app|apps|mindful|wellbeing|well-being|coach|clinic|practice|support|service)/iu;
/** Where the sentence before the one holding `at` starts, in `text` (0 when there is none). */
const startOfSentenceBefore = (text: string, at: number): number => {
  let ends = 0;
  for (let index = at - 1; index >= 0; index--) {
    if ('.!?\n'.includes(text[index]!) && (ends += 1) === 2) return index + 1;
  }
  return 0;
};
const COMPARISON_WORDS = /different|related|connected|linked|affiliated|same as|alternative|compared|comparison/;
const US_IN_SENTENCE = /(?<![\p{L}])(?:we|we['’]re|we['’]ve|us|our|ours)(?![\p{L}])/iu;

/** Capitalised words before "therapists" that describe a kind, not a brand. */
export const KINDS = new Set(
  `trauma grief art play drama music talking bereavement relationship relationships sex couple couples family marriage child children
   teen teenage youth adult adults student students school university workplace corporate nhs gp private public online video phone
   telephone zoom teams skype facetime whatsapp face remote local regional national accredited registered qualified trainee student
   experienced senior junior newly male female black white asian christian muslim jewish catholic buddhist hindu sikh lgbt lgbtq queer
   gay trans autistic neurodivergent cbt dbt emdr act ipt cat cft schema gestalt psychodynamic integrative humanistic systemic existential
   person-centred jungian freudian kleinian rogerian lacanian mindfulness hypnotherapy eap sports speech occupational physical animal
   equine eco nature walk outdoor group individual intro introductory initial first free paid cheap expensive short long brief weekly
   monday tuesday wednesday thursday friday saturday sunday morning evening weekend daytime lunchtime holiday christmas summer winter
   spring autumn january february march april june july august september october november december many most some all few several other
   these those such your our my their his her good great bad better best worse worst real proper fake human ai chatbot chat text email
   small little tiny big large busy quiet independent boutique friendly lovely wonderful amazing brilliant fantastic`
    .split(/\s+/u),
);
/** Adjective and people-word endings: "Cognitive therapy", "Bereaved clients", "Scottish counsellors". */
const ADJECTIVE_ENDING = /(?:ed|al|ic|ous|ive|ful|ent|ant|ing|ly|ish|less|ary|ory|ian|ese|ist|ists|able|ible)$/u;
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const MODIFIED_NOUN = /^\s+(?:conference|course|training|event|degree|department|society|network|forum|award|awards|qualification|diploma|module|placement|week|day|month|fair|festival|summit|programme|program|centre|center|service|services|team|students?)(?![\p{L}])/iu;

/** A brand found from its position; `uncertain` ones (a plain capitalised word) could be a place, so count only with scorn. */
export type BrandParty = NamedParty & { readonly uncertain?: true };

const lexiconPatterns = new Map<string, RegExp>();
const namesPattern = (organisation: OrganisationFacts): RegExp | undefined => {
  const names = organisation.lexicon(NAMES_LEXICON);
  if (names.length === 0) return undefined;
  const key = names.join('|');
  let pattern = lexiconPatterns.get(key);
  if (!pattern) lexiconPatterns.set(key, (pattern = phrasePattern(names)));
  return pattern;
};

const isBrand = (word: string, organisation: OrganisationFacts): boolean => {
  const folded = word.toLowerCase();
  if (CAMEL.test(word)) return !organisation.names.some((name) => name.replace(/\s+/gu, '') === folded);
  return !KINDS.has(folded) && !COMMON_WORDS.has(folded) && !NON_NAME_WORDS.has(folded) && !ADJECTIVE_ENDING.test(folded) && !organisation.names.includes(folded);
};

const party = (_text: FoldedText, name: string, start: number, foldedStart: number, foldedEnd: number): NamedParty => ({
  kind: 'organisation',
  name,
  words: [name.toLowerCase()],
  span: [start, start + name.length],
  foldedStart,
  foldedEnd,
});

/** Folded offset of an original offset (folding maps each folded char to its source; offsets only grow). */
const foldedAt = (text: FoldedText, original: number): number => {
  let low = 0;
  let high = text.sourceStart.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (text.sourceStart[middle]! < original) low = middle + 1;
    else high = middle;
  }
  return low;
};

/** One-word brands of competing services in the draft, in order. */
export const findBrandCompetitors = (text: FoldedText, organisation: OrganisationFacts): BrandParty[] => {
  const found: BrandParty[] = [];
  BEFORE_SECTOR.lastIndex = 0;
  for (let match = BEFORE_SECTOR.exec(text.original); match; match = BEFORE_SECTOR.exec(text.original)) {
    const word = match[1]!;
    // A sentence's first word is capitalised anyway ("Meditation app…"): there, only a brand-shaped word or "<Word> therapists" counts.
    const opening = SENTENCE_START.test(text.original.slice(Math.max(0, match.index - 3), match.index));
    if (!isBrand(word, organisation) || (opening && !CAMEL.test(word) && match[2] === undefined)) continue;
    // "Sussex counselling conference": the sector word describes an event or a course, not a provider.
    const end = match.index + match[0].length;
    if (MODIFIED_NOUN.test(text.original.slice(end, end + 16))) continue;
    // "Leeds therapists" may be a place: only a brand-shaped word ("MindNest") is a brand without more.
    found.push({ ...party(text, word, match.index, foldedAt(text, match.index), foldedAt(text, match.index + word.length)), ...(CAMEL.test(word) ? {} : { uncertain: true }) });
  }
  POSSESSIVE_SERVICE.lastIndex = 0;
  for (let match = POSSESSIVE_SERVICE.exec(text.original); match; match = POSSESSIVE_SERVICE.exec(text.original)) {
    const word = match[1]!;
    if (!isBrand(word, organisation) || SENTENCE_START.test(text.original.slice(Math.max(0, match.index - 3), match.index))) continue;
    found.push({ ...party(text, word, match.index, foldedAt(text, match.index), foldedAt(text, match.index + word.length)), uncertain: true });
  }
  for (const [pattern, uncertain] of [[AFTER_LIKE, false], [BARE_LIKE, true]] as const) {
    for (const match of findAll(text, pattern)) {
      const end = match.span[1];
      const word = text.original.slice(end - (match.groups[0]?.length ?? 0), end);
      // After "apps like…" the position makes it a name, whatever its ending ("Cerebral").
      const folded = word.toLowerCase();
      if (!/^\p{Lu}/u.test(word) || KINDS.has(folded) || COMMON_WORDS.has(folded) || NON_NAME_WORDS.has(folded) || organisation.names.includes(folded)) continue;
      if (found.some((brand) => brand.foldedStart === match.foldedEnd - word.length)) continue;
      found.push({ ...party(text, word, end - word.length, match.foldedEnd - word.length, match.foldedEnd), ...(uncertain ? { uncertain: true as const } : {}) });
    }
  }
  COMPARED_WITH_US.lastIndex = 0;
  // Most drafts compare nothing: a plain scan of the folded text rules them out at once.
  if (COMPARISON_WORDS.test(text.folded)) for (let match = COMPARED_WITH_US.exec(text.original); match; match = COMPARED_WITH_US.exec(text.original)) {
    const word = match[1]!;
    const start = match.index + match[0].length - word.length;
    const folded = word.toLowerCase();
    const next = text.original.slice(start + word.length, start + word.length + 4);
    // A possessive is someone's view ("different from Freud's") except as the thing offered instead.
    if (!isBrand(word, organisation) || PUBLIC_SERVICES.has(folded) || NOT_ONE_WORD_NAME.test(next)) continue;
    if (/^['’]s/u.test(next) && !/alternative/u.test(match[0])) continue;
    // "Our rates are £70. For comparison, Headspring…": the sentence, or the one before it, names us.
    const sentenceEnd = text.original.slice(start, start + 200).search(/[.!?\n]/u);
    const around = text.original.slice(Math.max(0, match.index - 160), sentenceEnd === -1 ? start + 200 : start + sentenceEnd);
    const sentences = around.slice(startOfSentenceBefore(around, match.index - Math.max(0, match.index - 160)));
    if (!US_IN_SENTENCE.test(sentences) || !SERVICE_CONTEXT.test(sentences)) continue;
    // Set beside us, a brand found from its position alone ("Tranquo app") is no longer in doubt.
    const known = found.findIndex((brand) => brand.span[0] === start);
    if (known !== -1) found.splice(known, 1);
    found.push(party(text, word, start, foldedAt(text, start), foldedAt(text, start + word.length)));
  }
  const listed = namesPattern(organisation);
  if (listed) {
    for (const match of findAll(text, listed)) {
      found.push({ kind: 'organisation', name: text.original.slice(...match.span), words: match.text.split(/\s+/u), span: match.span, foldedStart: match.foldedStart, foldedEnd: match.foldedEnd });
    }
  }
  return found.sort((a, b) => a.foldedStart - b.foldedStart);
};
