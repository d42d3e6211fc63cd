import type { FoldedText } from '../../normalise-text.ts';
import type { Detector, OrganisationFacts, Signal } from '../detector.ts';
import { findAll, phrasePattern, type Match } from '../match.ts';
import { phrases, sentenceIndexAt, sentencesOf } from './sentences.ts';

/**
 * On a personal account, speaks about the organisation or its work as if for it: "At <Org>
 * we believe…", "big news from us at <Org>", "speaking on behalf of…", "as a practice, our
 * view is…". A disclaimer ("views are my own") makes it fine. The edit appends the policy's
 * suggested disclaimer (its `own-views-disclaimer` lexicon) or a plain one.
 */

const FALLBACK_DISCLAIMER = 'Views my own.';
const DISCLAIMER_LEXICON = 'own-views-disclaimer';

/** "views are my own" in its usual forms. */
const DISCLAIMER = new RegExp(
  "(?<![\\p{L}])(?:views|opinions|thoughts)\\s+(?:(?:expressed|on\\s+this\\s+account|here)\\s+)?(?:are\\s+|r\\s+)?(?:all\\s+)?(?:my\\s+own|mine|own)(?![\\p{L}])|" +
    "(?<![\\p{L}])(?:my\\s+own\\s+views?|my\\s+own\\s+opinion|not\\s+speaking\\s+(?:for|on\\s+behalf\\s+of)|personal\\s+views|personal\\s+account|not\\s+(?:the\\s+)?(?:views|opinions)\\s+of\\s+my\\s+employer|(?:don['’]t|do\\s+not|doesn['’]t|does\\s+not)\\s+(?:necessarily\\s+)?(?:reflect|represent)\\s+(?:those|the\\s+views|the\\s+opinions|the\\s+views\\s+of|my\\s+employer))",
  'gu',
);

/** Speaking as the organisation without naming it. */
const AS_ORGANISATION = phrases([
  'on behalf of the practice', 'on behalf of the company', 'on behalf of my employer', 'on behalf of the team',
  'on behalf of the clinic', 'on behalf of us', 'speaking for the practice', 'speaking for the company',
  'speaking for the team', 'as a practice', 'as a company', 'as a clinic', 'as an organisation', 'as an organization',
  'as a business', 'as a service', 'our official', 'our view is', 'our position is', 'our stance is', 'our policy is',
  "the practice's view", "the practice's position", "the practice's stance on", "the practice's answer on", "the practice's line on",
  "the clinic's view on", "the clinic's position on", "the clinic's stance on", "the clinic's answer on", "we're now offering", 'we are now offering', 'we now offer',
  "we're launching", 'we are launching', "we're now open", "we're taking on new clients", 'we are taking on new clients',
  "we're taking new clients", 'we are taking new clients', "we're accepting new clients", 'we are accepting new clients',
  "we're hiring", 'we are hiring', 'our practice is', 'our clinic is', 'at the practice we', 'here at the practice',
  'on behalf of everyone', 'on behalf of all of us', 'on behalf of the whole team', 'we as a team', 'as a team, we', 'we at the practice', 'we at the clinic',
  'our practice believes', 'our practice thinks', 'our practice supports', 'our practice feels', 'the practice believes',
  'i can confirm that we', 'i can confirm we', 'speaking for my employer', 'on behalf of my workplace', 'book with us', 'get in touch with us',
  'message us to book', 'our fees', 'our prices', 'our services', 'we offer', 'we provide', 'we specialise', 'we specialize',
  'our therapists', 'our clients', 'the practice will', 'the practice is going to', 'the practice is planning', 'the practice plans to',
  'the practice has decided', "the practice won't", 'the practice will not', "the practice doesn't", 'the practice does not',
  'the clinic will', 'the clinic is going to', "we've decided", 'we have decided', "we're planning to", 'we are planning to',
  "we're about to", 'we are about to', "we're going to start", "we're going to stop", 'we are going to start', 'we are going to stop',
  'officially:', 'officially,', "it's official", 'can confirm that the practice', 'can confirm the practice',
]);

/** "my boss is planning to move the practice online", "the owner's about to open a second clinic": plans told for the organisation. */
const PLANS = new RegExp(
  "(?<![\\p{L}])(?:my\\s+boss|the\\s+boss|the\\s+owner|our\\s+owner|my\\s+manager|our\\s+manager|management|the\\s+director|our\\s+director|the\\s+partners|[\\p{L}]+)(?:['’]s|\\s+is|\\s+are)\\s+(?:planning|going|about|set|thinking\\s+of|looking|hoping)\\s+to\\s+" +
    '(?:move|close|open|expand|sell|relocate|shut|merge|rebrand|restructure|raise|increase|put\\s+up|cut|change|double|grow|start|stop|launch|offer|take\\s+over|turn|hire|buy|scrap|drop)\\s+' +
    '(?:[\\p{L}\'’-]+\\s+){0,2}?(?:(?:the|our|a)\\s+)?(?:whole\\s+|second\\s+|new\\s+)?(?:practice|clinic|business|company|fees|prices|services|branch|site|group\\s+therapy|couples\\s+therapy|sessions|online\\s+sessions)(?![\\p{L}])',
  'gu',
);

/** "speaking on behalf of…" anyone but oneself. */
const ON_BEHALF = /(?<![\p{L}])(?<!not\s)(?<!n['’]t\s)speak(?:ing|s)?\s+(?:here\s+)?(?:on\s+behalf\s+of|for)\s+(?!myself|me\b|my\s+own|no\s*one|nobody)(?:[\p{L}'’]+)/gu;
const WE = /(?<![\p{L}])(?:we|we['’]re|we['’]ve|we['’]ll|we['’]d|our|us|me\s+and\s+the\s+team|the\s+team\s+and\s+i|all\s+of\s+us)(?![\p{L}])/u;

const patternsByNames = new Map<string, readonly [RegExp, RegExp]>();
/** "at <Org>", "we at <Org>", "on behalf of <Org>", "<Org> believes": built once per policy. */
const namePatterns = (names: readonly string[]): readonly [RegExp, RegExp] => {
  const key = names.join('|');
  const cached = patternsByNames.get(key);
  if (cached) return cached;
  const voices = names.flatMap((name) => [`as one of the ${name}`, `as part of the ${name}`, `as part of ${name}`, `as a member of the ${name}`,`at ${name}`, `on behalf of ${name}`, `speaking for ${name}`, `as ${name}'s`, `as ${name}’s`, `as a ${name}`, `as an ${name}`]);
  // "Thrilled to announce ZRTherapy has…": announcing its news is speaking for it.
  const announcements = names.flatMap((name) => [`announce ${name}`, `announce that ${name}`, `share that ${name}`]);
  const claims = names.flatMap((name) => [
    ...['believes', 'thinks', 'supports', 'recommends', 'welcomes', 'opposes', 'is proud', 'is delighted', 'is now offering', 'now offers',
      'is launching', 'is opening', 'announces', 'is excited to', 'is pleased to', 'is thrilled to', 'is committed to', 'stands with',
      'would like to', 'will', "won't", 'will not', 'is going to', "'s going to", 'is about to', 'is planning', 'plans to', 'has decided',
      "doesn't", 'does not', 'is moving', 'is closing', 'is raising', 'is cutting', 'is changing', 'is stopping', 'is starting', 'is introducing',
      'is expanding', 'is hiring', 'is taking on', 'is dropping', 'is relocating', 'is rebranding', 'is merging', 'has no plans', 'is not'].map((verb) => `${name} ${verb}`),
    ...['view', 'position', 'stance', 'policy', 'official', 'answer on', 'line on'].flatMap((noun) => [`${name}'s ${noun}`, `${name}’s ${noun}`]),
    `here at ${name}`,
    ...announcements,
  ]);
  const built = [phrasePattern(voices), phrasePattern(claims)] as const;
  patternsByNames.set(key, built);
  return built;
};

/** "At <Org> we…" (we in the sentence), or "At <Org>, …" opening a sentence: both speak in its voice. */
const speaksAs = (text: FoldedText, match: Match): boolean => {
  const [start, end] = sentencesOf(text)[sentenceIndexAt(text, match.foldedStart)]!;
  return WE.test(text.folded.slice(start, end)) || text.folded.slice(start, match.foldedStart).trim() === '';
};

const disclaimerText = (organisation: OrganisationFacts): string => {
  const suggested = organisation.lexicon(DISCLAIMER_LEXICON)[0];
  // Lexicons are stored lower-case: give the sentence its capital back.
  return suggested ? `${suggested.charAt(0).toUpperCase()}${suggested.slice(1)}` : FALLBACK_DISCLAIMER;
};

export const speakingForOrganisation: Detector = {
  id: 'speaking-for-organisation',
  description: 'On a personal account, speaks for the organisation without saying the views are the writer’s own.',
  detect: ({ text, account, organisation }) => {
    // Speaking for the organisation is the job of its own accounts; only a personal account can overstep.
    if (account !== 'personal' || findAll(text, DISCLAIMER).length > 0) return [];
    const [voices, claims] = namePatterns(organisation.names);
    const found = [
      ...findAll(text, voices).filter((match) => speaksAs(text, match)),
      ...findAll(text, claims),
      ...findAll(text, AS_ORGANISATION),
      ...findAll(text, ON_BEHALF),
      ...findAll(text, PLANS),
    ];
    if (found.length === 0) return [];
    const first = found.sort((a, b) => a.foldedStart - b.foldedStart)[0]!;
    const signal: Signal = {
      span: first.span,
      reason: 'Speaks for the practice from a personal account; make clear the views are your own.',
      edit: { kind: 'append', text: disclaimerText(organisation) },
    };
    return [signal];
  },
};
