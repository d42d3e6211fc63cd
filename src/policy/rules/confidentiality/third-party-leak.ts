import type { FoldedText } from '../../normalise-text.ts';
import type { Detector, DetectorContext, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { findNamedParties } from '../named-parties.ts';
import { sentenceIndexAt } from '../sentences.ts';
import { ABOUT_CONFIDENTIALITY, SECRECY_CUE, THIRD_PARTY_SOURCE, THIRD_PARTY_SOURCE_GATE, WITHHOLDS } from './secrecy-cues.ts';
import { apostrophes, findGated, sentencesOf, sentenceText } from './text-scope.ts';
import { THIRD_PARTY_LEAK_TRIGGERS } from './triggers.ts';

/**
 * Another organisation's or person's confidential information repeated in public: leaks,
 * internal memos, embargoed releases, drafts seen early, "a friend in HR showed me".
 */

/** Signs the secret belongs to someone else: "their", or a kind of organisation. */
const OTHER_PARTY = apostrophes(
  String.raw`(?<![\p{L}])(?:their|they're|they are|they'll|they've|competitors?|rivals?|trust|council|nhs|college|university|school|hospital|company|firm|group|ltd|limited|plc|charity|government|department|ministry|bacp|ukcp|hcpc|employer|agency|clinic|board|union|association)(?![\p{L}])`,
  'u',
);

/** "a friend at the trust says…" is a leak only when what they say is internal business. */
const INSIDER_SAYS = apostrophes(
  String.raw`(?<![\p{L}])(?:friend|mate|contact|source|pal|cousin|sister|brother|neighbour|partner|husband|wife|someone) (?:(?:who )?(?:works|worked|is|'s) (?:in|at|for) |(?:in|at|from|inside) )[\p{L}\p{N}' -]{2,40}? (?:and )?(?:says|said|reckons|let slip|mentioned|tells me|told me)(?![\p{L}])|(?:friend|mate|contact|source|cousin|pal) (?:says|said|reckons|tells me|told me|let slip)(?![\p{L}])|(?:heard|hearing|found out|got told|was told)(?: it| this| that)? (?:through|from|via|off|by) (?:a|my|our|their|his|her|the|one of (?:their|the|our)) (?:[\p{L}-]+ )?(?:contact|friend|mate|source|manager|boss|director|staff|employees?|receptionist|colleague|insider|someone|people)|(?:word on the street|rumour has it|rumor has it|the rumour is|the rumor is|i've heard|i'm told|i am told|apparently)(?![\p{L}])`,
  'gu',
);
/**
 * "The owner let slip they're selling up": someone who runs another business telling its plans.
 * Apart from INSIDER_SAYS, whose every alternative would otherwise be tried at every "the".
 */
const OWNER_LET_SLIP = apostrophes(
  String.raw`(?<=(?:^|[^\p{L}])(?:the|their) )(?:owner|owners|manager|landlord|landlady|boss|director|ceo) (?:let slip|let on|confided|admitted to me|told me in confidence)(?![\p{L}])`,
  'gu',
);
/** "…she's been telling everyone at the till": no secret once the owner tells the whole village. */
const TOLD_EVERYONE = /(?<![\p{L}])(?:telling everyone|told everyone|tells everyone|announced|it['’]s public|posted (?:it|about it)|on (?:their|her|his) (?:page|facebook|website))(?![\p{L}])/u;
/** What an owner lets slip that is their business's secret: selling up, closing down, going bust; not "she secretly watches Strictly" or "closing early on Christmas Eve". */
const OWNER_MATTER = apostrophes(
  String.raw`(?<![\p{L}])(?:sell(?:ing)? up|selling the (?:business|shop|cafe|café|pub|place|practice)|clos(?:e|es|ing) (?:down|for good|up for good|the (?:[\p{L}]+ )?(?:shop|branch|business|cafe|café|pub|practice|site))|closure|going bust|bankrupt|administration|redundan\w*|lay-?offs|losing money|in debt|hiking the rent|rent (?:is )?going up|lease (?:ends|is up|runs out))(?![\p{L}])`,
  'u',
);
const INTERNAL_MATTER = apostrophes(
  String.raw`(?<![\p{L}])(?:cut|cuts|cutting|clos(?:e|es|ing|ure)|redundan\w*|restructur\w*|pay|paying|salar\w*|rates|budget|funding|contracts?|merg\w*|takeover|taking over|prices|fees|losing|sacking|firing|lay-?offs|bankrupt|administration|plans?|planning|strategy|targets?|going bust|shutting|sell(?:ing)? up)(?![\p{L}])`,
  'u',
);

/** "a friend from school sent me a friend request": what was sent is social, not someone's secret. */
const SOCIAL_NOT_SECRET = /^ (?:me|us|him|her|them) (?:a |an |my |our |some )?(?:friend request|request|message|text|photo|picture|pic|video|card|gift|present|invite|invitation|note|birthday|flowers|hug|love|best wishes|congratulations)(?![\p{L}])/u;

/**
 * "…another charity's internal plan. It isn't ours to share, so we'll leave it": the writer
 * declines it in a sentence next to it (the one before, its own, or the two after). Not when the
 * declining sentence goes on to tell it ("we don't comment on rumours, but here's what it says…").
 */
const TELLS_IT_ANYWAY = /(?<![\p{L}])(?:here['’]?s|here is|what it says|it says)(?![\p{L}])/u;
const declined = (text: FoldedText, at: number): boolean => {
  if (!WITHHOLDS.test(text.folded)) return false;
  const sentences = sentencesOf(text);
  const index = sentenceIndexAt(text, at);
  return [index - 1, index, index + 1, index + 2].some((which) => {
    const sentence = sentences[which];
    if (!sentence) return false;
    const words = text.folded.slice(sentence[0], sentence[1]);
    return WITHHOLDS.test(words) && !TELLS_IT_ANYWAY.test(words);
  });
};

const leakSources = ({ text }: DetectorContext): Signal[] => [
  ...findAll(text, INSIDER_SAYS).flatMap((match) =>
    INTERNAL_MATTER.test(sentenceText(text, match.foldedStart)) && !declined(text, match.foldedStart) ? [{ span: match.span, reason: "Repeats what an insider told you about another organisation's internal business." }] : [],
  ),
  ...findAll(text, OWNER_LET_SLIP).flatMap((match) => {
    const sentence = sentenceText(text, match.foldedStart);
    return OWNER_MATTER.test(sentence) && !TOLD_EVERYONE.test(sentence) && !declined(text, match.foldedStart) ? [{ span: match.span, reason: "Repeats what a business's owner let slip about its private plans." }] : [];
  }),
  ...findGated(text, THIRD_PARTY_SOURCE_GATE, THIRD_PARTY_SOURCE).flatMap((match) =>
    ABOUT_CONFIDENTIALITY.test(sentenceText(text, match.foldedStart)) || SOCIAL_NOT_SECRET.test(text.folded.slice(match.foldedEnd, match.foldedEnd + 40)) || declined(text, match.foldedStart) ? [] : [{
      span: match.span,
      reason: "Repeats another organisation's or person's confidential or unpublished information.",
    }],
  ),
];

/** "not public yet" about someone else's news, when no leak word names the source. */
const othersUnannounced = (context: DetectorContext): Signal[] => {
  const { text } = context;
  return findAll(text, SECRECY_CUE).flatMap((match) => {
    if (ABOUT_CONFIDENTIALITY.test(sentenceText(text, match.foldedStart)) || declined(text, match.foldedStart)) return [];
    const near = text.folded.slice(Math.max(0, match.foldedStart - 200), match.foldedEnd + 200);
    const from = Math.max(0, match.foldedStart - 200);
    const namedOrganisation = findNamedParties(text, context.organisation).some(
      (party) => party.kind === 'organisation' && party.foldedEnd > from && party.foldedStart < match.foldedEnd + 200,
    );
    return OTHER_PARTY.test(near) || namedOrganisation ? [{ span: match.span, reason: "Shares another organisation's news before it is public." }] : [];
  });
};

/** Another organisation's or person's confidential or leaked information. */
export const thirdPartyLeak: Detector = {
  id: 'third-party-leak',
  description: "Another organisation's or person's confidential, leaked, embargoed or internal information.",
  triggers: THIRD_PARTY_LEAK_TRIGGERS,
  detect: (context) => {
    const sources = leakSources(context);
    return sources.length > 0 ? sources : othersUnannounced(context);
  },
};
