import { INSULT_LISTS } from './insult-words.ts';
import { OFFENSIVE_LISTS } from './offensive-words.ts';
import { PROFANITY_ANYWHERE_LIST, PROFANITY_LIST, PROFANITY_MASKED_LIST } from './profanity-words.ts';
import { buildWordIndex } from './word-lexicon.ts';

/** Every content word list in one trie, so each draft is walked once for all of them. */
export const CONTENT_WORDS = buildWordIndex([PROFANITY_LIST, ...OFFENSIVE_LISTS, ...INSULT_LISTS]);

/** Words searched inside longer words too ("absofuckinglutely"). */
export const CONTENT_WORDS_ANYWHERE = buildWordIndex([PROFANITY_ANYWHERE_LIST]);

/** Words still read when all but their first letter is masked ("f***"). */
export const CONTENT_WORDS_MASKED = buildWordIndex([PROFANITY_MASKED_LIST]);
