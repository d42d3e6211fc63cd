import type { WordList } from './word-lexicon.ts';

/**
 * Slurs and sexually explicit words, matched with the same disguise-aware whole-word matcher
 * as profanity. Racial, ethnic and religious slurs; slurs on sexual orientation and gender
 * identity; ableist slurs. Words with a common innocent meaning ("fag" for a cigarette,
 * "coon" as a surname) are guarded: read only disguised, or not as part of a name.
 */
export const SLUR_SPECS: readonly string[] = [
  'nigger: s', 'nigga: s z h', 'niggah', 'nigguh', 'sandnigger: s', 'darkie: s', 'darky', 'sambo: s', 'golliwog: s', 'gollywog: s',
  'wog: s', 'coon: s', 'jigaboo: s', 'paki: s', 'chink: s y', 'chinkies', 'gook: s', 'jap: s', 'zipperhead: s', 'spic: s k ks',
  'wetback: s', 'beaner: s', 'kike: s', 'yid: s', 'raghead: s', 'towelhead: s', 'kaffir: s', 'gyppo: s', 'gypo: s', 'pikey: s',
  'kraut: s', 'dago: s', 'wop: s', 'polack: s', 'abo: s', 'honky', 'honkies', 'muzzie: s', 'taig: s', 'halfcaste: s',
  'faggot: s y', 'faggy', 'dyke: s', 'tranny', 'trannies', 'shemale: s', 'poof: s ter ters', 'lezza: s', 'lesbo: s', 'battyboy: s', 'battyman',
  'slapper: s', 'fag: s',
];

export const ABLEIST_SPECS: readonly string[] = [
  'retard: s ed', 'tard: s', 'libtard: s', 'spastic: s', 'spaz: z zes zing', 'spacker: s', 'spakka: s', 'spaccy', 'spacca: s', 'spazzy', 'mong: s', 'mongoloid: s',
  'nutter: s', 'nutjob: s', 'nutcase: s', 'loony', 'loonies', 'schizo: s', 'cretin: s', 'midget: s',
];

export const SEXUAL_SPECS: readonly string[] = [
  'blowjob: s', 'handjob: s', 'rimjob: s', 'cumshot: s', 'gangbang: s ed ing', 'bukkake', 'dildo: s', 'buttplug: s', 'fleshlight: s',
  'milf: s', 'nsfw', 'horny', 'hornier', 'nudes', 'titwank: s', 'boner: s', 'hentai', 'camgirl: s', 'sexcam: s', 'pornhub', 'xhamster',
  'xvideos', 'onlyfans', 'porno: s', 'pornstar: s', 'shagging', 'jerkoff',
];

/**
 * "porn" is also the name of a problem people seek help with, so it is judged in context;
 * the formal "pornography" names the topic ("no pornography") and is left to phrases.
 */
export const PORN_SPECS: readonly string[] = ['porn: s y'];

/**
 * Drug names, counted only spelled in code with a digit or a symbol ("w33d", "k3tamine"; spacing is
 * not enough, gardening posts use it too): said plainly they are
 * as often news, health or the garden ("weeding", "a Coke"), and `harmful-promotion` judges them in
 * context; but nobody spells a drug in code to warn against it, so a disguised one reads as
 * promoting it. Street names that are also first names (Molly, Mandy, Charlie) or brands (Coke)
 * stay out: handles and jokes spell those in code ("@m0lly.makes", "C0ke Zero").
 */
export const DISGUISED_DRUG_SPECS: readonly string[] = [
  'weed: s', 'cocaine', 'cannabis', 'marijuana', 'ganja', 'ketamine', 'heroin', 'ecstasy', 'skunk', 'shrooms', 'mushies', 'spliff: s', 'bong: s',
];
const ONLY_IN_CODE = { onlyInCode: true } as const;

const NAME_LIKE = { nameLike: true } as const;
/** Faggots are also meatballs, a dish of Wales and the Midlands ("faggots and peas", "Brains faggots"). */
const FAGGOT_DISH = {
  notAfter: ['brains', 'pork', 'beef', 'homemade', 'home-made', 'welsh', 'traditional', 'frozen'],
  notBefore: ['and peas', 'and mushy peas', 'and gravy', 'in gravy', 'with gravy', 'with peas', 'and mash', 'and chips', 'in onion gravy'],
};
/** A dyke is also a bank or ditch ("Offa's Dyke", "the dyke path"). */
const DYKE_EARTHWORK = { nameLike: true, notAfter: ['offa', 'devil', 'devils', 'wans', 'flood', 'drainage'], notBefore: ['path', 'walk', 'trail', 'footpath', 'road', 'lane', 'drain', 'bank', 'wall'] };
export const OFFENSIVE_LISTS: readonly WordList[] = [
  { category: 'slur', specs: SLUR_SPECS, facts: { coon: NAME_LIKE, dyke: DYKE_EARTHWORK, fag: { onlyDisguised: true }, faggot: FAGGOT_DISH, yid: NAME_LIKE, jap: NAME_LIKE, abo: NAME_LIKE, wop: NAME_LIKE } },
  { category: 'ableist', specs: ABLEIST_SPECS, facts: { mong: NAME_LIKE } },
  { category: 'sexual', specs: SEXUAL_SPECS },
  { category: 'porn', specs: PORN_SPECS },
  { category: 'drug', specs: DISGUISED_DRUG_SPECS, facts: Object.fromEntries(DISGUISED_DRUG_SPECS.map((spec) => [spec.split(':')[0]!, ONLY_IN_CODE])) },
];
