import { DraftMemo, type FoldedText } from '../../normalise-text.ts';
import type { DetectorContext } from '../detector.ts';
import { gated, mayMatch } from '../literal-gate.ts';
import { factorAlternatives } from '../factor-alternatives.ts';
import { findAll, type Match } from '../match.ts';
import { findNamedParties, type NamedParty } from '../named-parties.ts';
import { findAccusations } from './accusations.ts';
import { findBrandCompetitors, KINDS, type BrandParty } from './brand-competitors.ts';
import { isRivalHandle } from './competitor-handles.ts';
import { AMBIGUOUS_SECTOR_WORDS, BODY_ACRONYMS, DEFAULT_COMPETITOR_WORDS, DESCRIBING_WORDS, NOT_COMPETITOR_WORDS, PROVIDER_WORDS, ROLE_NOUNS } from './competitor-vocabulary.ts';
import { LAUGHING, RUDE, RUDE_EMOJI, WARM, WEAK_RUDE } from './competitor-scorn.ts';
import { sentenceIndexAt, sentencesOf, sortedMatchesWithin } from './sentences.ts';

/**
 * Finds competitors named in a draft (another practice, clinic or therapist) and whether the
 * draft is rude about them. Sector words come from the policy's `competitor-words` lexicon on
 * top of these general ones, so another sector's policy works without a code change.
 */

/** A person named next to "therapist" / "counsellor" is a fellow professional. */
const PROFESSION = '(?:therapist|counsellor|counselor|psychotherapist|psychologist|psychiatrist|coach)';
const PROFESSION_WORD = new RegExp(`^${PROFESSION}s?$`, 'u');
const PROFESSION_BEFORE = new RegExp(`${PROFESSION}s?\\s*$`, 'u');
const OWN_STAFF_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:our|my|we|us)\\s+(?:[\\p{L}-]+\\s+){0,2}${PROFESSION}s?\\s*$`, 'u');
const PROFESSION_AFTER = new RegExp(`^,?\\s+(?:who\\s+is\\s+|is\\s+)?(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}${PROFESSION}`, 'u');

export interface CompetitorMention {
  readonly party: NamedParty;
  /** The rude words about it, if any. */
  readonly rude: Match | undefined;
}

type Organisation = DetectorContext['organisation'];
const wordsByOrganisation = new WeakMap<Organisation, { words: ReadonlySet<string>; gate: RegExp }>();
/** Words of the brand and unnamed-competitor patterns: a competitor can be named without a sector word of the policy. */
const BRAND_CONTEXT = [
  'therap', 'counsel', 'psych', 'coach', 'app', 'apps', 'platform', 'subscription', 'online', 'video', 'virtual', 'digital', 'text', 'chat',
  // A name set beside the practice (see brand-competitors.ts).
  'different from', 'different to', 'not related', 'not connected', 'not linked', 'not affiliated', 'same as', 'alternative to', 'compared', 'comparison',
];

const organisationEntry = (organisation: Organisation) => {
  let entry = wordsByOrganisation.get(organisation);
  if (!entry) {
    const words = new Set([...DEFAULT_COMPETITOR_WORDS, ...organisation.lexicon('competitor-words')]);
    const stems = [...words, ...BRAND_CONTEXT, ...organisation.lexicon('competitor-names')].map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    // Any word starting with a sector word, a profession or a brand context word, or an @handle: without one, no competitor is named.
    // Registered with the literal gate (once per policy): the draft's shared scan rules most drafts out without running it.
    const gate = gated(new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.sort((a, b) => b.length - a.length).join('|')})|@`, 'u'));
    wordsByOrganisation.set(organisation, (entry = { words, gate }));
  }
  return entry;
};

/** The word just before a name, possessive or not ("nhs ", "bacp's "). */
const OWNER_BEFORE = /(?:^|[^\p{L}])(\p{L}+)(?:['’]s)?\s+$/u;

/** Names found owned by a public body in a draft, by name: a name repeated all over a long draft is looked up once. */
const ownedNames = new DraftMemo<Map<string, boolean>>();

/** The name, here or at another mention, comes right after a public body's name ("NHS Every Mind Matters"). */
const ownedByPublicBody = (text: FoldedText, party: NamedParty): boolean => {
  const { folded } = text;
  const name = folded.slice(party.foldedStart, party.foldedEnd);
  if (name.length === 0) return false;
  let known = ownedNames.get(text);
  if (!known) ownedNames.set(text, (known = new Map()));
  let owned = known.get(name);
  if (owned === undefined) {
    owned = false;
    for (let at = folded.indexOf(name); at !== -1 && !owned; at = folded.indexOf(name, at + 1)) {
      const owner = OWNER_BEFORE.exec(folded.slice(Math.max(0, at - 20), at));
      owned = owner !== null && NOT_COMPETITOR_WORDS.has(owner[1]!);
    }
    known.set(name, owned);
  }
  return owned;
};

/** Quote marks round a name make it a title (see isCompetitor). */
const QUOTE_MARK = /^['‘’"“”]$/u;

/** "trained at the Tavistock Clinic", "held at Riverside Wellbeing Centre": a school or a venue here. */
// Not "hosted by": the host is who the draft talks about.
const VENUE_BEFORE = /(?:(?:trained|training|studied|qualified|graduated|placement)\s+(?:at|with|from|by|in)|(?:hosted|held|hosting|venue)\s+(?:at|in))\s+(?:the\s+)?$/u;

/**
 * ", the local NHS service,", "(a GP surgery)": what the draft says the name is, right after it,
 * closed by punctuation; ", the GP federation and Mind" and ", the NHS, and schools" are lists.
 */
const APPOSITIVE_AFTER = /^\s*[,(–—-]\s*(?:a|an|the|our)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)(?=\s*(?:[.;:)!?]|,(?!\s*(?:and|or)\s)|$))/u;

const describedAsNonCompetitor = (text: FoldedText, party: NamedParty): boolean => {
  const appositive = APPOSITIVE_AFTER.exec(text.folded.slice(party.foldedEnd, party.foldedEnd + 60));
  return appositive !== null && appositive[1]!.split(/\s+/u).some((word) => NOT_COMPETITOR_WORDS.has(word) && !DESCRIBING_WORDS.has(word));
};

/** Whether each sentence says what a rival sells (see AMBIGUOUS_SECTOR_WORDS), worked out once per sentence. */
type ServiceCues = Map<number, boolean>;

const sentenceNamesService = (text: FoldedText, at: number, words: ReadonlySet<string>, cues: ServiceCues): boolean => {
  const index = sentenceIndexAt(text, at);
  let names = cues.get(index);
  if (names === undefined) {
    const [from, to] = sentencesOf(text)[index]!;
    names = text.folded
      .slice(from, to)
      .split(/[^\p{L}-]+/u)
      .some((word) => (words.has(word) && !AMBIGUOUS_SECTOR_WORDS.has(word)) || PROVIDER_WORDS.has(word) || PROFESSION_WORD.test(word));
    cues.set(index, names);
  }
  return names;
};

/**
 * The competitor as the draft names it, marked uncertain (kept only when scorned) when its only
 * sector words are ambiguous and its sentence does not say what it sells.
 */
const withCertainty = (text: FoldedText, party: NamedParty, words: ReadonlySet<string>, cues: ServiceCues): BrandParty => {
  const ambiguous = party.kind === 'organisation' && party.words.every((word) => !words.has(word) || AMBIGUOUS_SECTOR_WORDS.has(word));
  return ambiguous && !sentenceNamesService(text, party.foldedStart, words, cues) ? { ...party, uncertain: true } : party;
};

/** What the draft shows a named party to be that no rival practice is: a public or professional body, a school, a charity. */
const knownNonCompetitor = (text: FoldedText, party: NamedParty): boolean =>
  party.words.some((word) => NOT_COMPETITOR_WORDS.has(word)) || describedAsNonCompetitor(text, party) || ownedByPublicBody(text, party);

const isCompetitor = (text: FoldedText, party: NamedParty, words: ReadonlySet<string>): boolean => {
  if (knownNonCompetitor(text, party)) return false;
  // "our free 'Starting Therapy' guide": a title in quotes names a piece of work, not a practice.
  if (QUOTE_MARK.test(text.original.charAt(party.span[0] - 1)) && QUOTE_MARK.test(text.original.charAt(party.span[1]))) return false;
  // Where something happened, not who the draft talks about.
  if (VENUE_BEFORE.test(text.folded.slice(Math.max(0, party.foldedStart - 30), party.foldedStart))) return false;
  // "Mind", "Mind in Colchester", "North Essex Mind": the mental-health charity.
  if (party.words[0] === 'mind' || party.words.at(-1) === 'mind') return false;
  // A job title ("Practice Administrator"), not a practice.
  if (party.kind === 'organisation' && ROLE_NOUNS.has(party.words.at(-1)!)) return false;
  // "a trainee therapist", "online counselling": a kind of provider and sector words describe, they name nobody.
  if (party.kind === 'organisation') return party.words.some((word) => words.has(word)) && !(party.words.some((word) => KINDS.has(word)) && party.words.every((word) => words.has(word) || KINDS.has(word)));
  // "@harbourcounselling", "@brookfieldpsych": see competitor-handles.ts.
  if (party.kind === 'handle') return isRivalHandle(party.words[0]!, words);
  // "fellow therapist Jo Bloggs", "Jo Bloggs, a therapist in Leeds" — but not "our therapist Jo Bloggs".
  const before = text.folded.slice(Math.max(0, party.foldedStart - 40), party.foldedStart);
  const after = text.folded.slice(party.foldedEnd, party.foldedEnd + 40);
  return (PROFESSION_BEFORE.test(before) && !OWN_STAFF_BEFORE.test(before)) || PROFESSION_AFTER.test(after);
};

/** A capitalised word after a word that does not end a sentence ("therapist Sam", "Harbour Counselling"); "I" and "I'm" do not count. */
const MID_SENTENCE_CAPITAL = /[^\s.!?…:;"“(]\s+\p{Lu}(?![\s'’])/u;

const cache = new DraftMemo<readonly CompetitorMention[]>();

/** Competitors named in the draft, each with the rude words about it (same or next two sentences). */
export const findCompetitorMentions = ({ text, organisation }: DetectorContext): readonly CompetitorMention[] => {
  const cached = cache.get(text);
  if (cached) return cached;
  const { words, gate } = organisationEntry(organisation);
  // The gate reads the whole draft, most of which it passes over: its faster twin finds the same words.
  if (!mayMatch(text, gate) || !factorAlternatives(gate).test(text.folded)) {
    cache.set(text, []);
    return [];
  }
  // Names need a capital inside a sentence, an @handle, or a draft typed all in lower case; most drafts have none.
  const mayName = text.original.includes('@') || MID_SENTENCE_CAPITAL.test(text.original) || text.original === text.original.toLowerCase();
  const cues: ServiceCues = new Map();
  const named = mayName ? findNamedParties(text, organisation).filter((party) => isCompetitor(text, party, words)).map((party) => withCertainty(text, party, words, cues)) : [];
  // One-word brands ("Talkspace therapists") that the name finder does not see as organisations.
  const brands = findBrandCompetitors(text, organisation).filter((brand) => !named.some((party) => party.foldedStart < brand.foldedEnd && brand.foldedStart < party.foldedEnd));
  const competitors = [...named, ...brands].sort((a, b) => a.foldedStart - b.foldedStart);
  let mentions: CompetitorMention[] = [];
  if (competitors.length > 0) {
    const rude = [...findAll(text, RUDE), ...findAll(text, RUDE_EMOJI), ...findAccusations(text)].sort((a, b) => a.foldedStart - b.foldedStart);
    const laughing = findAll(text, LAUGHING);
    const warmth = findAll(text, WARM);
    const ranges = sentencesOf(text);
    mentions = competitors.map((party) => {
      const index = sentenceIndexAt(text, party.foldedStart);
      const from = ranges[index]![0];
      const to = ranges[Math.min(ranges.length - 1, index + 2)]![1];
      const window = [from, to] as const;
      const warm = sortedMatchesWithin(warmth, window).length > 0;
      const scorn = sortedMatchesWithin(rude, window).find((match) => !(warm && WEAK_RUDE.has(match.text)));
      return { party, rude: scorn ?? (warm ? undefined : sortedMatchesWithin(laughing, window)[0]) };
    }).filter((mention) => mention.rude !== undefined || !(mention.party as BrandParty).uncertain);
  }
  cache.set(text, mentions);
  return mentions;
};

/**
 * The learned detector read a competitor mention where the rules found none: wrong when the
 * passage names a body the draft shows is no rival practice (a professional society, a GP
 * surgery, a university department) and no competitor, since that body is what reads like one.
 */
export const contradictsLearnedMention = (context: DetectorContext, span: readonly [number, number]): boolean => {
  const { text, organisation } = context;
  const inside = findNamedParties(text, organisation).filter((party) => party.span[0] >= span[0] && party.span[1] <= span[1]);
  const { words } = organisationEntry(organisation);
  if (inside.some((party) => isCompetitor(text, party, words))) return false;
  // "UKCP has published its updated ethical framework. Worth a read…": a body named by its acronym
  // alone (which the name finder may not see) as what the draft is about, its first word, when the
  // model's sentence names no one else ("BACP day: coffee with the folk from Kindwell" still reads as a rival).
  return inside.some((party) => knownNonCompetitor(text, party)) || (BODY_FIRST.test(text.original) && !MID_SENTENCE_CAPITAL.test(text.original.slice(span[0], span[1])));
};
/** A regulator or professional body known by its acronym, as written, opening the draft. */
const BODY_FIRST = new RegExp(`^\\s*(?:the\\s+)?(?:${BODY_ACRONYMS.join('|')})(?![\\p{L}])`, 'u');
