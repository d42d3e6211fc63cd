import type { Detector, Signal } from '../detector.ts';
import type { FoldedText } from '../../normalise-text.ts';
import { findAll, type Match } from '../match.ts';
import { CIVIC, CIVIC_PHRASES, CROWN, DEMAND, FAITH, FAITH_CLAIM, FAITH_PHRASES, JUDGEMENT, LEANING, POLICY_DEMAND, POLICY_DEMAND_GAP, SIDES, SIDES_PHRASES } from './political-words.ts';
import { matchesWithin, phrases, sentencesOf, trimmedSpan } from './sentences.ts';
import { triggerWords } from './trigger-words.ts';


/**
 * Gives an opinion on party politics, elections, government, Brexit, the monarchy, divisive
 * social issues or religious claims. A topic alone is not an opinion: "election week can stir
 * up worry… whoever you vote for" is a wellbeing post. A topic word and an opinion word in the
 * same sentence are, and so are calls to vote and faith claims on their own.
 */

/** Said alone, these take a side. */
const STANCE_PHRASES: readonly string[] = [
  'vote them out', 'vote him out', 'vote her out', 'vote the tories out', 'vote labour', 'vote tory', 'vote conservative',
  'vote reform', 'vote green', 'vote lib dem', 'vote snp', 'vote democrat', 'vote republican', "don't vote for", 'do not vote for',
  'never vote for', 'get the tories out', 'tories out', 'toriesout', 'gtto', 'rejoineu', 'rejoin the eu', 'stop brexit',
  'votelabour', 'votereform', 'votetory', 'votegreen', 'stoptheboats', 'fbpe', 'labourout', 'starmerout', 'sunakout',
  'toriesout', 'brexitbetrayal', 'notmyking', 'abolishthemonarchy', 'remember who brought it in', 'remember who voted for', 'abolish the monarchy',
  'abolished it', 'abolish it', 'down with the', 'long live the king', 'god save the king', 'god save the queen',
  'only jesus', 'only god', 'only christ', 'only allah', 'only the lord', 'only prayer', 'only faith', 'jesus saves',
  'jesus is the answer', 'jesus is the way', 'god is the answer', 'accept jesus', 'accept christ', 'give your life to',
  'turn to jesus', 'turn to god', 'pray it away', 'repent', 'abortion is murder', 'pro-life', 'pro-choice', 'stop the boats',
  'send them back', 'climate hoax', 'climate scam', 'gender ideology', 'trans women are women', 'defund the',
  'there is no god', "there's no god", 'god is dead', "god isn't real",
  "god doesn't exist", 'no such thing as god', 'vote for them', 'vote for him', 'vote for her', 'anyone who still supports',
  'anyone who voted for', 'head examined', 'support the unions', 'support the strike', 'support the strikers',
  'solidarity with', 'take back control', 'vote for that lot', 'vote for this lot', 'you deserve everything you get',
  'may the lord', 'may god guide', 'lord guide', 'keep christ in christmas', 'reason for the season', 'jesus is the reason',
  'jesus is lord', 'jesus is king', 'free palestine', 'stand with israel', 'god has a plan', "god's plan",
  'trust in god', 'trust in the lord', 'god is in control', 'jesus loves you', 'god loves you', 'power of prayer',
  // A nation leaving the union, wished for: "Scotland should leave the UK" (swallows and holidaymakers leave it too).
  'scotland should leave the uk', 'wales should leave the uk', 'northern ireland should leave the uk', 'scotland should leave britain', 'wales should leave britain',
  'jesus heals', 'god heals', 'prayer heals', 'faith heals', 'faith in christ', 'faith in jesus', 'born again', 'saved by jesus', 'saved by christ', 'pray about it', 'give it to god', 'let go and let god', 'praise the lord', 'praise god', 'the bible says',
];
const STANCE = phrases(STANCE_PHRASES);

/** "Labour" with a capital is the party (the original draft keeps the capital). */
const LABOUR_PARTY = /(?<![\p{L}])Labour(?![\p{L}])(?!\s+(?:[Ww]ard|[Pp]ains?|[Dd]ay|[Mm]arket|[Cc]osts?|[Ll]aws?))|(?<![\p{L}])Reform(?=\s+(?:are|have|has|were|voters|supporters|party|UK|MPs?|candidates?)(?![\p{L}]))/gu;

/** "Organised religion has done more damage to minds than anything": a verdict on faith itself. */
const FAITH_HARM = /(?<![\p{L}])(?:organised\s+religion|organized\s+religion|religion|religions|faith|christianity|islam|judaism|the\s+church)\s+(?:has\s+done|have\s+done|does|do|is\s+doing|are\s+doing|has\s+caused|have\s+caused|causes)\s+more\s+(?:harm|damage|misery)(?![\p{L}-])(?!\s+reduction)(?![^.!?\n]*\?)/gu;

/** "God is the only true healer": a faith claim. */
const FAITH_IS_THE_ANSWER = /(?<![\p{L}])(?:god|jesus|christ|allah|the\s+lord|prayer|faith)\s+(?:is|are)\s+(?:the\s+)?(?:only|one\s+true|true|real|ultimate)\s+(?:true\s+)?(?:healer|answer|way|truth|cure|hope|saviou?r|medicine)(?![\p{L}])/gu;

/** "only through faith…", "only God can…": a faith claim. */
const ONLY_FAITH = /(?<![\p{L}])only\s+(?:through\s+|by\s+|with\s+|in\s+)?(?:faith|jesus|christ|god|allah|the\s+lord|prayer|the\s+bible|scripture)(?![\p{L}])/gu;

/** "the worst PM we've ever had", "best chancellor in decades": a verdict on an office-holder, whoever is named. */
const ROLE_VERDICT = /(?<![\p{L}])(?:worst|best|greatest|most\s+(?:useless|incompetent|corrupt|dishonest|hopeless|inept|dangerous|pathetic))\s+(?:pm|prime\s+minister|chancellor|president|government|home\s+secretary|foreign\s+secretary|health\s+secretary|minister|mp|mayor|political\s+party|party\s+leader|leader\s+of\s+the\s+opposition|monarch|pope|politician)s?(?![\p{L}])/gu;

/** "voting Green", "vote for Reform": naming the side. */
const PARTY_VOTE = /(?<![\p{L}])(?:vote|votes|voting|voted)\s+(?:for\s+)?(?:labour|tory|tories|conservative|conservatives|reform|green|greens|lib\s+dems?|libdems?|liberal\s+democrats?|snp|plaid|democrats?|republicans?|trump|harris|biden|leave|remain)(?![\p{L}])/gu;


/** "whoever you vote for", "however you voted": neutral by design. */
const NEUTRAL = phrases([
  'whoever you vote for', "whoever you're voting for", 'whoever you are voting for', 'however you vote',
  'however you voted', 'whichever way you vote', 'whatever your politics', 'whatever your views', 'whatever your faith',
  'register to vote', 'polling station', 'polling day',
]);

/** Matches found on the original draft (for capitals), with folded offsets for sentence scoping. */
const originalMatches = (text: FoldedText, pattern: RegExp): Match[] => {
  const found: Match[] = [];
  pattern.lastIndex = 0;
  // Matches come in order, so one walk along the offset map serves them all (linear).
  let foldedStart = 0;
  for (let match = pattern.exec(text.original); match; match = pattern.exec(text.original)) {
    const start = match.index;
    const end = start + match[0].length;
    while (foldedStart < text.sourceStart.length && text.sourceStart[foldedStart]! < start) foldedStart += 1;
    let foldedEnd = foldedStart;
    while (foldedEnd < text.sourceStart.length && text.sourceStart[foldedEnd]! < end) foldedEnd += 1;
    found.push({ span: [start, end], text: match[0].toLowerCase(), foldedStart, foldedEnd, groups: [] });
  }
  return found;
};

/** Between the side and its demand: at most two words, none of them reporting a rule ("guidance says you"). */
const DEMAND_GAP = /^(?:\s+(?!you\b|says\b|said\b|guidance\b|advice\b|rules\b|advises\b)[\p{L}'’]+){0,2}\s+$/u;

export const politicalOrReligiousView: Detector = {
  id: 'political-or-religious-view',
  description: 'Gives an opinion on party politics, elections, government, the monarchy, divisive issues or religion.',
  // A view needs a stance, a side or an occasion: their words, and those of the regular expressions.
  triggers: triggerWords([STANCE_PHRASES, SIDES_PHRASES, CIVIC_PHRASES, FAITH_PHRASES], [
    'labour', 'reform', 'vot', 'only', 'god', 'jesus', 'christ', 'allah', 'lord', 'prayer', 'faith', 'worst', 'best', 'greatest', 'most', 'judaism', 'organi',
  ]),
  detect: ({ text }) => {
    const stances = [...findAll(text, STANCE), ...findAll(text, PARTY_VOTE), ...findAll(text, ONLY_FAITH), ...findAll(text, FAITH_IS_THE_ANSWER), ...findAll(text, FAITH_HARM), ...findAll(text, ROLE_VERDICT)];
    const sides = [...findAll(text, SIDES), ...originalMatches(text, LABOUR_PARTY)];
    const occasions = [...findAll(text, CIVIC), ...findAll(text, FAITH)];
    if (stances.length === 0 && sides.length === 0 && occasions.length === 0) return [];
    const judgements = findAll(text, JUDGEMENT);
    const leanings = [...judgements, ...findAll(text, LEANING)];
    const faithClaims = findAll(text, FAITH_CLAIM);
    const faithTopics = findAll(text, FAITH);
    const demands = findAll(text, DEMAND);
    const policyDemands = findAll(text, POLICY_DEMAND);
    const crown = findAll(text, CROWN);
    const neutral = findAll(text, NEUTRAL);
    const signals: Signal[] = [];
    const ranges = sentencesOf(text);
    ranges.forEach((sentence, index) => {
      if (matchesWithin(neutral, sentence).length > 0) return;
      const stance = matchesWithin(stances, sentence)[0];
      // A one-word verdict after the topic ("… the NHS. Shameful.") belongs to the sentence before.
      const previous = ranges[index - 1];
      const verdictOnly = (topics: readonly Match[]) => (previous && sentence[1] - sentence[0] <= 25 ? matchesWithin(topics, previous) : []);
      const about = (topics: readonly Match[]) => [...matchesWithin(topics, sentence), ...verdictOnly(topics)];
      const differs = (opinions: readonly Match[], topics: readonly Match[]) =>
        matchesWithin(opinions, sentence).some((opinion) => topics.some((topic) => topic.foldedStart !== opinion.foldedStart));
      // Parties, governments and divisive issues: any leaning is a view. Elections and faith are
      // everyday occasions ("election week feels awful", "you should pray if it helps you"): only
      // a judgement, or a claim about faith, is.
      // "Government guidance says you need to…" reports a rule; "the government needs to…" demands one.
      const demandsPolicy = matchesWithin(policyDemands, sentence).some((demand) =>
        matchesWithin(sides, sentence).some((side) => side.foldedStart >= demand.foldedEnd && POLICY_DEMAND_GAP.test(text.folded.slice(demand.foldedEnd, side.foldedStart))),
      );
      const demanded = demandsPolicy || matchesWithin(demands, sentence).some(
        (demand) =>
          matchesWithin(sides, sentence).some((side) => demand.foldedStart >= side.foldedEnd && DEMAND_GAP.test(text.folded.slice(side.foldedEnd, demand.foldedStart))) ||
          // "The King should…" demands of the Crown; "the King's Speech… you should" does not.
          matchesWithin(crown, sentence).some((monarch) => demand.foldedStart >= monarch.foldedEnd && demand.foldedStart - monarch.foldedEnd <= 1),
      );
      const opinion =
        demanded || differs(leanings, about(sides)) || differs(judgements, about(occasions)) || differs(faithClaims, about(faithTopics));
      if (!stance && !opinion) return;
      signals.push({ span: trimmedSpan(text, sentence), reason: 'Gives a personal view on politics, religion or a divisive issue, which the policy asks staff not to broadcast.' });
    });
    return signals;
  },
};
