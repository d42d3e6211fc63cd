/**
 * What counts as PROMOTING illegal drugs, gambling, cults, terrorism or criminal skills, as
 * data for `findPromotions`. Each topic has its words, promotion cues (strong ones stand
 * anywhere in the draft; weak ones must share the word's sentence), phrases that promote on
 * their own, and the framing of help, health or warning that makes a mention fine ("support
 * for gambling harm", "cannabis and psychosis").
 */
export interface PromotionTopic {
  readonly id: 'drugs' | 'gambling' | 'cults' | 'terrorism' | 'criminal-skills';
  readonly reason: string;
  /** Topic words (global). */
  readonly terms: RegExp;
  /** Promotion anywhere in the draft, given a topic word anywhere. */
  readonly strong: RegExp;
  /** Promotion in the same sentence as a topic word. */
  readonly weak: RegExp;
  /** Phrases that promote on their own (global). */
  readonly standalone: RegExp;
  /** Help, health or warning framing; in the sentence of a cue, it lets the mention stand. */
  readonly help: RegExp;
}

import { foldedWords as words } from './folded-pattern.ts';

const NEVER = words(['(?!)']);
/** A topic with no words of its own (it has only standalone phrases): `findPromotions` skips the scan for them. */
export const NO_TERMS = words(['(?!)'], true);

/** Street names, read only inside a buying or selling phrase ("sort me some coke"). */
const STREET_DRUGS = '(?:coke|charlie|weed|bud|gear|pills|mandy|ket|molly|skunk|sniff|shrooms|pingers|green|gak|billy|whizz)';

const DRUGS: PromotionTopic = {
  id: 'drugs',
  reason: 'Promotes illegal drugs.',
  terms: words(['cocaine', 'weed', 'cannabis', 'marijuana', 'ganja', 'hashish', 'thc', 'edibles', 'mdma', 'ecstasy', 'ketamine', 'ket', 'lsd',
    'acid tabs', 'shrooms', 'magic mushrooms', 'psilocybin', 'dmt', 'ayahuasca', 'heroin', 'crack cocaine', 'meth', 'crystal meth',
    'methamphetamine', 'amphetamines?', 'pingers', 'nitrous', 'laughing gas', 'benzos', 'mandy', 'spliffs?', 'bongs?', 'blunts?', 'pills? at the',
    'microdos(?:e|es|ed|ing)'], true),
  strong: words(['dealers?', 'suppliers?', 'plug', 'hook (?:you|u|ya) up', 'sort (?:you|u|ya) out', 'for sale', 'hmu', 'hit me up']),
  weak: words(['try(?:ing)? (?:it|some|them)', 'tried', 'recommend\\w*', 'swear by', 'did (?:more|wonders)', '(?:has|have|had) done (?:more|wonders) for (?:my|me|our|us|his|her)', 'works? (?:better|wonders)',
    'worked (?:better|wonders)', 'better than (?:therapy|meds|medication|antidepressants|talking)', 'changed my life', 'game[- ]?changer',
    'life[- ]?changing', '(?:get|got|getting|gets) (?:high|stoned|baked|wasted|blazed|lit|mashed|munted|wrecked|off (?:my|your|our|their) (?:face|head|tits))',
    'wake and bake', 'smoke (?:a|some|up)', 'roll (?:a|one|up)', 'blaze', 'toke', 'helped (?:me|my)', 'cured', 'fixed my',
    '(?:dm|message|pm|text) (?:me|us)', 'point (?:you|anyone|people|them) (?:in the right direction|to)', 'selling', 'sell', 'buy(?:ing)?', 'order(?:ing)?',
    'get hold of', 'get some', 'who[\'’]?s in', 'scor(?:e|ing)', 'delivered', 'cheap', 'anyone (?:got|know)', 'who(?:[\'’]s| has)? got', 'party', 'rave', 'festival', 'fun', 'love', 'best', 'amazing']),
  standalone: words(['(?:lines?|bags?|grams?|bumps?|baggies|ounces?|an eighth|eighths) of (?:coke|charlie|ket|mandy|speed|weed|skunk|cocaine|mdma)', 'wake and bake',
    `(?:sort|get|score|find|hook) (?:me|us|you|ya|u)(?: up)?(?: with)? (?:some |a bit of |a bag of |a gram of )?${STREET_DRUGS}`,
    `(?:anyone|who) (?:want|wants|after|need|needs|selling|got)(?: some)? ${STREET_DRUGS}`,
    `(?:where|how) (?:to|can (?:i|we)|could (?:i|we)|do (?:i|you)) (?:get|pick up|grab|score|buy|find|source) (?:some |a bit of |a bag of |a gram of )?${STREET_DRUGS}(?! (?:bigham|zero|killer|coddl|for hay|cola|can))`,
    `(?:got|selling|have) (?:some |an eighth of |a bag of |a gram of )?(?:[a-z]+ ){0,2}${STREET_DRUGS} (?:in|going|for sale|if anyone|cheap|available|dm)`,
    '(?:cheeky|quick|fat) (?:line|bump|key)s?(?= (?:on|of|at|before|in|tonight|later)|[.!?,]|$)',
    '(?:an eighth|a teenth|a henry|a baggie) (?:going|for sale|cheap|available)',
    // Offered by message with a wink at what is in it: "something a bit stronger … DM if you want a baggie 😉".
    '(?:dm|pm|message|text|inbox|hmu)(?: (?:me|us))?(?: (?:if|for|and)(?: (?:you|u|anyone))?(?: (?:want|wants|fancy|need|needs|are after))?)? (?:a |some )?baggies?(?! of)(?=[^.!?\\n]{0,40}😉)',
    '(?:something|summat) (?:a bit |a little )?(?:stronger|special|extra) (?:(?:is |[\'’]s )?growing|in the (?:shed|greenhouse|loft|garden))(?=[^.!?\\n]{0,80}(?:dm|pm|message|text|baggie))',
    'pills for the (?:rave|party|festival|weekend|club|night)',
    'get (?:high|stoned|baked|blazed) with', '(?:get|got|getting|gets) (?:stoned|baked|blazed)', '420[- ]friendly'], true),
  help: words(['addict\\w*', 'dependen\\w*', 'recover\\w*', 'harm reduction', 'support', 'helpline', 'frank', 'nhs', 'risks?', 'dangers?', 'dangerous',
    'side effects?', 'effects? of', 'withdrawal', 'struggl\\w*', 'worried', 'worry', 'concern\\w*', 'treatment', 'research\\w*', 'study', 'studies',
    'trials?', 'clinical', 'evidence', 'misuse', 'abuse', 'psychosis', 'overdose', 'safely', 'safety', 'quit\\w*', 'cut down', 'counsell\\w*',
    'advice', 'confidential', 'never', 'illegal']),
};

const GAMBLING: PromotionTopic = {
  id: 'gambling',
  reason: 'Promotes gambling.',
  terms: words(['(?<!(?:best|safest|i|you|we|i[\'’]ll|i[\'’]d) )bets?(?! you)', 'betting', 'bookies?', 'bookmakers?', 'casinos?', 'slot machines?', 'online slots',
    'slots? games?', 'fruit machines?', 'poker', 'roulette', 'blackjack', 'accumulators?', 'accas?', 'punts?', 'flutter', 'jackpots?', 'free spins',
    'scratch ?cards?', 'bingo', 'sportsbook', 'wager\\w*', 'sweepstakes?', 'lottery', 'lotto', 'gambl\\w+', 'odds[- ]on', 'at odds of'], true),
  strong: words(['free (?:£?\\d+ )?bets?', 'free spins', 'bonus code', 'promo code', 'use (?:the )?code', '(?:sign[- ]?up|welcome|deposit) (?:bonus|offer)',
    'deposit £?\\d+', 'bet now', 'place (?:a|your) bets?', 'get your bets? on', 'have a flutter', 'each[- ]way', 'nailed on', 'bet365', 'paddy ?power',
    'ladbrokes', 'betfair', 'sky ?bet', 'betway', 'betfred', 'unibet', 'tipster']),
  weak: words(['tips?', 'lucky', 'good luck', 'win', 'best', 'relax\\w*', 'recommend\\w*', 'easy money', 'quick cash', 'sure thing', 'winning', 'winnings', 'winners?', 'jackpot', 'fancy', 'fun', 'join', 'play', 'tonight', 'odds',
    '£\\d+', 'money', 'cash', 'treble', 'double', 'backing', 'favourite', 'sign up', 'code', 'put (?:a|\\d+|a tenner|a fiver|£\\d+|money|your money) on']),
  standalone: words(['free (?:£?\\d+ )?bets?', 'free spins', 'get your bets? on', 'place your bets',
    '(?:put|stick|chuck|lump|bung) (?:a tenner|a fiver|a score|a pony|a monkey|a few quid|£\\d+|\\d+ quid|your wages|my wages|your money|the rent) on',
    '(?:a )?sure thing,? (?:get|put|lump)', 'lump (?:it|everything|the lot) on'], true),
  help: words(['gambling[- ]related', 'problem gambling', 'gambling (?:addiction|disorder|harms?|problems?|debts?)', 'gamcare', 'gamstop', 'begambleaware',
    'gamblers anonymous', 'charity', 'charities', 'fundrais\\w*', 'raised', 'in aid of', 'affected', 'affecting', 'struggl\\w*', 'recover\\w*', 'support', 'self[- ]exclu\\w*', 'debts?', 'addict\\w*', 'harms?',
    'helpline', 'help', 'compulsive', 'urges?', 'risks?', 'beware', 'warning', 'designed to', 'adverts?', 'ads', 'marketing', 'targeted', 'avoid']),
};

const CULTS: PromotionTopic = {
  id: 'cults',
  reason: 'Promotes a cult.',
  terms: words(['cults?(?! (?:classics?|films?|favourites?|following|hits?|status|movies?|series|shows?|brands?|bands?|books?|novels?|heroe?s?|tv))',
    'sect', 'scientology', 'scientologists?', 'nxivm', 'moonies', 'unification church', 'children of god', 'heaven[\'’]s gate', 'raelians?',
    'aum shinrikyo'], true),
  strong: words(['free personality test', '(?:cut|cutting) (?:off |all )?(?:ties|contact) with (?:your|their) (?:family|friends|loved ones)',
    'surrender (?:all|everything|your (?:money|savings|possessions|property|wages))', '(?:hand|sign) over (?:your|all your) (?:savings|money|wages|property|possessions)']),
  weak: words(['join\\w*', 'recruit\\w*', 'welcome', 'initiat\\w*', 'members? wanted', 'come along', 'sign up', 'our leader', 'the master', 'guru',
    'enlighten\\w*', 'awaken\\w*', 'chosen', 'truth', 'changed my life', 'best decision', 'amazing', 'love']),
  standalone: words(['(?:cut|cutting) (?:off |all )?(?:ties|contact) with (?:your|their) (?:family|friends|loved ones)',
    'surrender (?:all your|everything you own|your (?:money|savings|possessions|property|wages)) to', 'free personality test'], true),
  help: words(['leav\\w+', 'left', 'escap\\w*', 'survivors?', 'recover\\w*', 'coercive', 'control', 'abuse', 'trauma', 'support', 'help', 'warning',
    'signs', 'spot', 'exit\\w*', 'former', 'ex-members?', 'documentary', 'podcast', 'research']),
};

const TERRORISM: PromotionTopic = {
  id: 'terrorism',
  reason: 'Encourages or praises terrorism or violent extremism.',
  terms: words(['isis', 'isil', 'daesh', 'islamic state', 'al[- ]?qaeda', 'al[- ]?shabaab', 'boko haram', 'hezbollah', 'hamas', 'taliban',
    'national action', 'atomwaffen', 'ira', 'proud boys?', 'jihad\\w*', 'mujahideen', 'caliphate', 'terroris[mt]s?', 'suicide bombers?', 'martyrdom'], true),
  strong: NEVER,
  weak: words(['support\\w*', 'join\\w*', 'heroe?s?', 'martyrs?', 'glory', 'glorious', 'long live', 'victory to', 'respect', 'praise', 'brave', 'bravery',
    'salute', 'inspir\\w*', 'legend\\w*', 'god bless', 'well done', 'deserved', 'stand with', 'solidarity', 'up the', 'freedom fighters?', 'resistance fighters?']),
  standalone: words(['how to (?:make|build) (?:a |an )?(?:bomb|pipe bomb|nail bomb|ied|explosive|molotov)s?', 'bomb[- ]making',
    '(?:make|build|making|building) (?:a |an )?(?:pipe bomb|nail bomb|ied|molotov cocktail)s?', 'heil hitler', 'sieg heil', '1488', 'race war',
    'white power', 'hitler (?:was right|did nothing wrong)', 'gas the \\w+', 'death to (?:all )?(?:america|israel|jews|muslims|infidels|kuffar|the west|britain)',
    'kill (?:all )?(?:the )?(?:infidels|kuffar|kafirs|jews|muslims|immigrants|gays|christians)', 'join (?:the )?(?:jihad|caliphate|isis|islamic state)'], true),
  help: words(['victims?', 'condemn\\w*', 'traged\\w+', 'tragic', 'prevent', 'radicali[sz]\\w*', 'counter[- ]?\\w*', 'survivors?', 'remember\\w*',
    'memorial', 'mourn\\w*', 'news', 'documentary', 'history', 'lessons', 'fear', 'anxiety', 'worried']),
};

const CRIMINAL_SKILLS: PromotionTopic = {
  id: 'criminal-skills',
  reason: 'Encourages criminal skills (breaking into accounts, theft, fraud).',
  terms: NO_TERMS,
  strong: NEVER,
  weak: NEVER,
  standalone: words([
    'how (?:to|do (?:i|you)|can (?:i|you)|would (?:i|you)) (?:hotwire|hot-wire|shoplift|pick (?:a )?locks?|launder|forge|counterfeit|hack(?: into)?|break into|clone|skim|evade tax|dodge (?:tax|fares?)|make fake|buy fake|make (?:a )?(?:gun|silencer|meth)|cook meth|spy on)',
    // The burglar's trick, taught: "slip a Yale latch with a loyalty card" (a key card or fob opens a door as it should).
    'slip(?:ping)? (?:a |the )?(?:[a-z]+ ){0,2}?(?:latch|lock) (?:open )?with (?:a |an |your |my |an old |the )?(?:[a-z]+ )?(?:loyalty|credit|debit|bank|store|supermarket|library|gift|plastic|playing|club|nectar) card',
    '(?:hack\\w*|break\\w*|get|getting|got|log\\w*) into (?:someone|somebody|someone else|another person|other people|an ex|(?:my|your) (?:ex|partner|wife|husband|girlfriend|boyfriend|ex-\\w+))[\'’]?s? (?:account|accounts|phone|email|emails|instagram|facebook|whatsapp|snapchat|icloud|messages|texts|dms|inbox)',
    '(?:into|access|read|check|track|spy on|look at|see)\\b[^.!?\\n]{0,60}? without (?:their|his|her|them|the owner[\'’]s|the person[\'’]s|anyone) (?:password|knowing|knowledge|permission|consent|finding out|noticing)',
    '(?:tips|hacks|tricks|guide) (?:for|on|to) (?:shoplifting|stealing|hotwiring|fare dodging|tax evasion|evading tax|card skimming|lock ?picking)',
    'shoplifting (?:tips|hacks|tricks)', 'card (?:skimming|cloning)', 'money mules?', 'launder(?:ing)? (?:money|cash)',
    'fake (?:ids?|passports?|driving licen[cs]es?|sick notes?|doctor[\'’]?s notes?|prescriptions?|(?:number |reg )?plates|blue badges?|mot certificates?)', 'untraceable (?:guns?|weapons?|phones?)',
    '3d[- ]printed guns?', 'stalkerware',
    'scan (?:the|your|a|an) (?:[a-z\'’]+ ){0,3}as (?:loose )?(?:bananas|carrots|onions|potatoes|apples|veg)'], true),
  help: words(['protect\\w*', 'spot\\w*', 'avoid\\w*', 'stop\\w*', 'prevent\\w*', 'report\\w*', 'victims?', 'scam', 'beware', 'warning', 'if someone',
    'happened to', 'been hacked', 'secure', 'never', 'won[\'’]t', 'will not', 'refuse\\w*']),
};

export const PROMOTION_TOPICS: readonly PromotionTopic[] = [DRUGS, GAMBLING, CULTS, TERRORISM, CRIMINAL_SKILLS];
