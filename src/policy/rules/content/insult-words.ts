import type { WordList } from './word-lexicon.ts';

/**
 * Names people call each other, matched disguise-aware ("tw@t", "a$$hole"). Strong ones are
 * insults whenever they point at someone ("the idiot who…", "some absolute tw@t"); mild ones
 * also have ordinary meanings ("the clown at the party", "a pig farm"), so they need a clearer
 * pointer ("you clown", "what a clown", "total clown").
 */
const STRONG_INSULTS: readonly string[] = [
  'idiot: s ic', 'moron: s ic', 'imbecile: s', 'cretin: s', 'halfwit: s', 'dimwit: s', 'nitwit: s', 'numpty: numpties', 'numpties', 'pillock: s',
  'plonker: s', 'scumbag: s', 'lowlife: s', 'dickhead: s', 'twat: s', 'wanker: s', 'tosser: s', 'arsehole: s', 'asshole: s', 'bitch: es',
  'cunt: s', 'bastard: s', 'knobhead: s', 'bellend: s', 'dumbass: es', 'douchebag: s', 'gobshite: s', 'toerag: s', 'nonce: s', 'saddo: s',
  'numbnuts', 'dipshit: s', 'shithead: s', 'fuckwit: s', 'jackass: es', 'prat: s', 'slapper: s', 'bint: s',
  'weirdo: s', 'scum', 'wazzock: s', 'twonk: s', 'nobhead: s', 'thicko: s', 'dumbo: s', 'cockwomble: s', 'buffoon: s', 'nincompoop: s', 'simpleton: s',
  'dunce: s', 'bimbo: s', 'minger: s', 'gimp: s', 'pleb: s', 'knobend: s', 'tosspot: s', 'dingbat: s', 'dolt: s', 'ignoramus', 'bozo: s', 'doofus',
  'scrounger: s', 'sponger: s', 'twerp: s', 'nitwit: s', 'airhead: s', 'bonehead: s', 'meathead: s', 'dickwad: s', 'shitgibbon: s', 'twatwaffle: s', 'battleaxe: s', 'slag: s', 'psycho: s',
];

const MILD_INSULTS: readonly string[] = [
  'clown: s', 'fool: s', 'jerk: s', 'pig: s', 'cow: s', 'git: s', 'prick: s', 'knob: s', 'donkey: s', 'dinosaur: s', 'snowflake: s',
  'dipstick: s', 'wally', 'charlatan: s', 'quack: s', 'liar: s', 'fraud: s', 'hypocrite: s', 'coward: s', 'tool: s', 'lump: s', 'muppet: s', 'slag: s', 'loser: s', 'creep: s', 'parasite: s', 'troll: s',
  'melt: s', 'mug: s', 'weapon: s', 'spanner: s', 'doughnut: s', 'donut: s', 'clot: s', 'berk: s', 'div: s', 'plank: s', 'goon: s', 'oaf: s', 'sheep',
  'snake: s', 'rat: s', 'nob: s', 'wimp: s', 'drip: s', 'karen: s', 'toad: s', 'slob: s', 'leech: es',
  // Urdu and Hindi as written in Latin letters: "ullu" (an owl) calls someone a fool.
  'ullu',
];

/** "married to this daft lump ❤️", "you soft lump": British affection, not name-calling; "a useless lump of a printer" is a thing. */
const AFFECTIONATE = { notAfter: ['daft', 'soft', 'lovely', 'gorgeous', 'cuddly'], notBefore: ['of'] };

export const INSULT_LISTS: readonly WordList[] = [
  { category: 'insult-strong', specs: STRONG_INSULTS, facts: { idiot: { notBefore: ['guide', 'proof'] }, slag: { notBefore: ['heap'] }, psycho: { notBefore: ['thriller', 'film', 'movie', 'horror'] } } },
  { category: 'insult-mild', specs: MILD_INSULTS, facts: { wally: { nameLike: true }, karen: { nameLike: true }, plank: { notBefore: ['of'] }, lump: AFFECTIONATE } },
];
