/**
 * Word prefixes one of which every promotion in `promotion-topics.ts` holds: each topic word,
 * and for each phrase that promotes on its own, a word it cannot do without. Kept beside the
 * topics' data; a phrase added there needs its word here (the unit tests run gated, so a missing
 * one fails them).
 */
const DRUGS = ['cocaine', 'weed', 'cannabis', 'marijuana', 'ganja', 'hashish', 'thc', 'edible', 'mdma', 'ecstasy', 'ketamine', 'ket', 'lsd', 'acid',
  'shroom', 'magic', 'psilocyb', 'dmt', 'ayahuasc', 'heroin', 'crack', 'meth', 'crystal', 'amphetam', 'nitrous', 'laughing', 'benzo', 'mandy', 'spliff',
  'bong', 'blunt', 'pill', 'coke', 'charlie', 'speed', 'skunk', 'bake', 'high', 'stoned', 'baked', 'blazed', '420', 'bud', 'gear', 'molly', 'sniff',
  'pinger', 'green', 'cheeky', 'gak', 'billy', 'whizz', 'eighth', 'teenth', 'henry', 'baggie', 'microdos'];
const GAMBLING = ['bet', 'bookie', 'bookmak', 'casino', 'slot', 'fruit', 'poker', 'roulette', 'blackjac', 'accumula', 'acca', 'punt', 'flutter', 'jackpot',
  'spins', 'scratch', 'bingo', 'sportsbo', 'wager', 'sweepsta', 'lottery', 'lotto', 'gambl', 'odds', 'put', 'stick', 'chuck', 'bung', 'sure', 'lump'];
const CULTS = ['cult', 'sect', 'scientol', 'nxivm', 'moonies', 'unificat', 'god', 'heaven', 'raelian', 'aum', 'ties', 'cut', 'surrende', 'test'];
const TERRORISM = ['isis', 'isil', 'daesh', 'islamic', 'qaeda', 'alqaeda', 'shabaab', 'alshabaa', 'boko', 'hezbolla', 'hamas', 'taliban', 'national',
  'atomwaff', 'ira', 'boy', 'jihad', 'mujahide', 'caliphat', 'terroris', 'martyrdo', 'bomb', 'ied', 'explosiv', 'molotov', 'heil', 'sieg',
  '1488', 'war', 'white', 'hitler', 'gas', 'death', 'kill'];
const CRIMINAL = ['hotwir', 'wire', 'shoplift', 'lock', 'launder', 'forge', 'counterf', 'hack', 'break', 'clon', 'skim', 'evad', 'evas', 'dodg', 'fake',
  'gun', 'silencer', 'meth', 'spy', 'account', 'phone', 'email', 'instagra', 'facebook', 'whatsapp', 'snapchat', 'icloud', 'message', 'texts', 'dms',
  'inbox', 'password', 'knowing', 'knowledg', 'permissi', 'consent', 'finding', 'noticing', 'steal', 'mule', 'untrace', '3d', 'stalkerw',
  'loose', 'latch'];

export const PROMOTION_TRIGGERS: readonly string[] = [...DRUGS, ...GAMBLING, ...CULTS, ...TERRORISM, ...CRIMINAL];
