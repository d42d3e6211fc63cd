import type { WordFacts, WordList } from './word-lexicon.ts';

/**
 * Swearing in the other languages staff mix into English posts (Welsh, Polish, Spanish, Urdu and
 * Hindi as written in Latin letters, French, German, Italian): "Kurwa, what a Monday" is as crude
 * as its English. Folded forms (no accents: "scheisse", "cabron"), and only words with no common
 * innocent meaning in English or as a name.
 */
const OTHER_LANGUAGE_SPECS: readonly string[] = [
  'cachu', 'kurwa', 'kurwy', 'chuj: a u e', 'pierdol: e i ony ona one ic', 'spierdalaj', 'jebac', 'jebany', 'jebana',
  'joder', 'mierda: s', 'cabron: es', 'gilipollas', 'pendejo: s', 'chingada', 'chingado', 'puta: s',
  'bhenchod', 'behenchod', 'madarchod', 'chutiya: s', 'chutiye', 'bhosdike', 'gandu',
  'putain', 'connard: s', 'salope: s', 'encule',
  'scheisse', 'scheiss', 'arschloch', 'wichser', 'cazzo', 'vaffanculo', 'stronzo', 'merda', 'blyat',
];

/**
 * English swear words and crude words, British and American, with their inflections and
 * common compounds, as specs for `expandSpec` ("stem: suffix suffix"). Only whole words are
 * matched, so words that merely contain one ("Scunthorpe", "cocktail", "assessment",
 * "shiitake", "Dickens", "Penistone") are never listed here, and neither are words whose
 * ordinary meaning is the common one ("prick", "knob", "balls", "cum"). "bloody" is mild British
 * swearing as an intensifier ("this bloody printer"), so it is listed, with its literal uses
 * ("a bloody nose", "Bloody Sunday") guarded.
 */
export const PROFANITY_SPECS: readonly string[] = [
  'fuck: s ed er ers ing in ings wit wits head heads face faces tard up ups off all boy ery',
  // "facking" is how "fucking" is said in London and written by those who say it, and what "f4cking"
  // reads as, since 4 stands for a. "fack" itself only disguised ("f4ck off"): plain, it is a
  // surname, an acronym and a Swedish word.
  'fack: s ed er', 'facking', 'fackin', 'fuk: s ed er ing in', 'fuq: s ed ing', 'phuck: s ed ing', 'phuk: s ed ing', 'fck: s ed er ing in n', 'fcking', 'fkn', 'fking', 'fukin',
  'motherfuck: er ers ing in', 'mofo', 'clusterfuck', 'fuckity',
  'shit: s e es ty tier tiest test ting ted ter ters head heads hole holes show shows storm storms load loads faced bag bags house', 'shat', 'shyt',
  'bullshit: s ting ted ter ters', 'horseshit', 'batshit', 'apeshit', 'dipshit: s', 'chickenshit',
  'crap: s py pier ping ped', 'piss: ed es ing er y head heads take',
  'cunt: s y ing ish', 'kunt: s', 'twat: s ted ting', 'wank: s ed er ers ered ing y stain', 'tosser: s', 'tosspot',
  'bollock: s ing ings', 'bollox', 'bellend: s', 'knobhead: s', 'knobend: s', 'dickhead: s', 'dickwad: s', 'dickish',
  'dick: s', 'cock: s sucker suckers', 'pussy', 'pussies', 'tit: s ty ties', 'minge',
  'arse: s d y hole holes wipe', 'ass: es hole holes hat hats wipe wipes', 'jackass', 'dumbass', 'smartass', 'badass', 'asshat',
  'bastard: s', 'bitch: es y ing in', 'biatch', 'biotch', 'slut: s ty', 'whore: s', 'skank: s y',
  'bugger: s ed ing', 'sodding', 'feck: ing in', 'damn: it ed', 'dammit', 'goddamn: it ed', 'goddam',
  'bloody', 'effing', 'effin', 'frigging', 'friggin', 'fricking', 'frickin',
  'turd: s', 'jizz', 'douchebag: s', 'wtf', 'wtaf', 'stfu', 'gtfo', 'ffs', 'omfg', 'fml',
  ...OTHER_LANGUAGE_SPECS,
];

/** Words with an innocent meaning in some places: checked with `keepsListedMeaning`. */
export const PROFANITY_FACTS: WordFacts = {
  tit: { notAfter: ['blue', 'great', 'coal', 'marsh', 'willow', 'crested', 'bearded', 'penduline', 'long-tailed', 'tailed'], notBefore: ['for tat'] },
  // "spotted dick" is a pudding; "cock-a-leekie" a soup and "cock-a-doodle-doo" a crow.
  dick: { nameLike: true, notAfter: ['spotted'] },
  cock: { nameLike: true, notAfter: ['weather', 'game', 'turkey'], notBefore: ['a-leekie', 'a leekie', 'a-doodle', 'a doodle'] },
  pussy: { notBefore: ['willow', 'cat'] },
  damn: { notBefore: ['with faint'] },
  fanny: { nameLike: true },
  fack: { onlyDisguised: true },
  // "The Fackin' Good Burger van": a brand's name mid-sentence.
  facking: { nameLike: true },
  fackin: { nameLike: true },
  // Also surnames and place names ("the Gandu family", "Punta Puta"): a capital mid-sentence is a name.
  gandu: { nameLike: true },
  puta: { nameLike: true },
  merda: { nameLike: true },
  bloody: {
    nameLike: true,
    notBefore: ['nose', 'noses', 'mary', 'marys', 'sunday', 'wound', 'wounds', 'knee', 'lip', 'tissue', 'discharge', 'stool', 'urine', 'mucus',
      'battle', 'war', 'history', 'conflict', 'revolution', 'murder', 'bandage', 'footprint', 'handprint', 'fingerprint', 'clothes', 'shirt',
      'sheet', 'scene', 'nosebleed', 'diarrh', 'vomit', 'cough', 'sputum', 'show', 'spot', 'rag', 'tooth', 'teeth', 'gum', 'coup', 'massacre'],
  },
};

/**
 * Forms still read as swearing when every letter but the first is masked ("what the f***"):
 * the common ones, whose masked form every reader decodes. Rarer words masked whole ("b*****")
 * stay unread: too many names and abbreviations look like them.
 */
export const PROFANITY_MASKED_LIST: WordList = {
  category: 'profanity',
  specs: ['fuck: s ing ed er ers in', 'shit: s e ty', 'cunt: s', 'bollocks', 'wanker: s'],
};

export const PROFANITY_LIST: WordList = { category: 'profanity', specs: PROFANITY_SPECS, facts: PROFANITY_FACTS };

/** Swear stems no innocent English word contains, so they count inside longer words too. */
export const PROFANITY_ANYWHERE_LIST: WordList = { category: 'profanity', specs: ['fuck: ing in ed er', 'facking', 'motherfuck: er ing'] };
