/**
 * What a swear word becomes in the checker's safer rewrite. Masking ("f***") would still read as
 * swearing, so the word is replaced by a clean one that keeps the sentence's sense, or dropped
 * where it only adds emphasis ("the f***ing train was late" → "the train was late").
 */

/** Emphasis only: dropping the word keeps the sentence. */
const INTENSIFIERS = new Set([
  'fucking', 'fuckin', 'fking', 'fkn', 'fcking', 'fckin', 'fukin', 'fuking', 'fuckng', 'phucking', 'fuqing', 'motherfucking', 'motherfuckin',
  'bloody', 'sodding', 'effing', 'effin', 'frigging', 'friggin', 'fricking', 'frickin', 'feckin', 'fecking', 'damn', 'damned', 'goddamn', 'goddamned',
  'shitting', 'pissing', 'bastard', 'bleeding',
]);

const BY_FORM: Readonly<Record<string, string>> = {
  fuck: 'heck', fuk: 'heck', fck: 'heck', feck: 'heck', phuck: 'heck', fucked: 'messed', fuckup: 'mess-up', fuckups: 'mess-ups',
  shit: 'rubbish', shite: 'rubbish', shits: 'rubbish', crap: 'rubbish', crappy: 'rubbish', shitty: 'rubbish', bullshit: 'nonsense', horseshit: 'nonsense',
  bollocks: 'nonsense', bollox: 'nonsense', shitshow: 'mess', shitshows: 'mess', clusterfuck: 'mess', shitstorm: 'mess',
  wtf: 'what on earth', ffs: 'honestly', omfg: 'oh my', stfu: 'please stop', gtfo: 'please go',
  pissed: 'fed up', arsed: 'bothered', dammit: 'oh dear', goddammit: 'oh dear', bugger: 'bother', buggered: 'broken',
};

/** The clean replacement for a listed swear form ('' drops it; the rewrite tidies the spaces). */
export const swearSubstitute = (form: string): string => {
  if (INTENSIFIERS.has(form)) return '';
  return BY_FORM[form] ?? '';
};
