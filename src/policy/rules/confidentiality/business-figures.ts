import type { Detector, DetectorContext, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { ABOUT_CONFIDENTIALITY, SECRECY_CUE, THIRD_PARTY_SOURCE, THIRD_PARTY_SOURCE_GATE } from './secrecy-cues.ts';
import { toFoldedOffset } from '../../normalise-text.ts';
import { apostrophes, findGated, sentenceText } from './text-scope.ts';
import { sentenceIndexAt, sentencesOf } from '../sentences.ts';
import type { FoldedText } from '../../normalise-text.ts';
import { BUSINESS_FIGURES_TRIGGERS } from './triggers.ts';

/**
 * The organisation's own commercially sensitive facts: takings, client and session numbers,
 * and prices, plans or campaigns that have not been announced. Published fees and offers
 * being promoted are public already, so a price alone is never flagged.
 */

const MONEY = String.raw`[£$€]\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|million|thousand|grand)?`;
const MONEY_IN_WORDS = String.raw`(?:half a|a quarter of a|a|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?) (?:million|mil|grand|hundred grand|hundred thousand|thousand)`;
const MONEY_WORDS = String.raw`(?:turnover|revenue|income|takings|profit margins?|profits?|sales|earnings|margins?|cash ?flow|bottom line|billings?|gross|net)`;

const TAKINGS = apostrophes(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`${MONEY} (?:(?:went |came |going )?through the books|in (?:revenue|turnover|income|sales|takings|profits?|fees|billings|bookings)|(?:of |in )?(?:total )?${MONEY_WORDS})`,
      String.raw`(?:we|i|the practice|the business) (?:have |'ve |just |actually )?(?:made|earned|turned over|brought in|took|taken|billed|invoiced|banked|grossed|netted|cleared|generated|hit|reached|passed) (?:a |an |our |my )?(?:record |total |combined |whopping )?(?:of |over |almost |nearly |about |around |just under |just over |more than )?(?:${MONEY}|${MONEY_IN_WORDS})`,
      String.raw`(?:our|the practice's|the business's|my) (?:[\p{L}\p{N}-]+ ){0,2}?${MONEY_WORDS}(?: figures?)? (?:for|this|last|in|was|were|is|are|hit|reached|came to|of|up|down|rose|fell|grew)`,
      String.raw`sales figures`,
      // "sold 212 of them, nearly £9k": units sold, with their money in the sentence.
      String.raw`sold (?:over |nearly |almost |about |around |more than )?\d[\d,]* (?:of (?:them|these|those)|(?:gift )?vouchers|gift cards|tickets|places|memberships|session packs|packages|bundles)`,
      // "we made 42k profit": thousands written with k and no currency sign.
      String.raw`(?:we|i|the practice|the business) (?:have |'ve |just |actually )?(?:made|earned|turned over|brought in|took|banked|grossed|netted|cleared|generated|cleared) (?:over |almost |nearly |about |around |just under |just over |more than )?\d[\d,.]*\s?k (?:in )?${MONEY_WORDS}`,
      String.raw`(?:turned over|brought in|banked|grossed|netted|generated|invoiced|billed) (?:a |an )?(?:record |total |combined |whopping )?(?:of |over |almost |nearly |about |around |just under |just over |more than )?(?:${MONEY}|${MONEY_IN_WORDS})`,
      String.raw`(?:our|the practice's|the business's) (?:client numbers|referrals|enquiries|bookings|caseloads?|income|revenue|turnover|profits?|takings|sales) (?:have |has )?(?:doubled|tripled|quadrupled|halved|rose|risen|grew|grown|fell|fallen|dropped|went up|gone up|are up|is up|are down|is down|increased|decreased|jumped)`,
      // "referrals down 18%, income down £4k": a movement with its figure, no "our" needed.
      String.raw`(?:referrals|enquiries|inquiries|bookings|income|revenue|turnover|profits?|takings|sales|client numbers|caseloads?|margins?|billings?|cash ?flow|new clients) (?:are |is |were |was |have |has )?(?:down|up|fell|rose|dropped|grew|increased|decreased|jumped|fallen|risen|dipped|slumped|crashed|plummeted|climbed|gone up|gone down|went up|went down) (?:by )?(?:a |an )?(?:massive |whopping |staggering |nearly |almost |about |around |over )?(?:[£$€]\s?\d[\d,.]*\s?(?:k|m|bn|million|grand|thousand)?|\d[\d,.]*\s?(?:%|per ?cent|k)?)`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'gu',
);
/**
 * The practice's own client numbers as a rate or a loss: "we're taking about 60 new referrals a
 * month", "we lost nine clients to the new place". A count of clients needs no money in its
 * sentence to be commercially sensitive.
 */
const INTAKE = apostrophes(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`(?:we're|we are|we've been|we have been|we) (?:now |currently )?(?:taking|getting|seeing|receiving|taking on|booking) (?:in )?(?:around |about |roughly |over |nearly |almost |more than |at least )?\d[\d,]* (?:new )?(?:clients|referrals|enquiries|bookings|assessments) (?:a|per|every) (?:day|week|month|year)`,
      String.raw`(?:we|we've|we have|we've just|we just|the practice|the practice has) (?:only |already |just )?(?:lost|losing) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a dozen|dozens of|half (?:of )?our|a third of our|a quarter of our|most of our) (?:regular |private |eap |couples )?clients(?!['’])`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'gu',
);

/** Plain-engine gate: a figure of some kind (FIGURE below is checked per sentence). */
const FIGURE_GATE = /[£$€\d]|doubled|tripled|quadrupled|halved|million|grand|thousand/;
/** A revenue phrase with a figure (amount or percentage) in its sentence is a disclosure. */
const FIGURE = /\d\s?k\b|[£$€]\s?\d|\d\s?%|\d\s?per ?cent|doubled|tripled|quadrupled|halved|million|grand|thousand/u;
/** Sector statistics from a survey or the news are public: "NHS referrals down 18%, says a report". */
const REPORTED_ELSEWHERE = /(?<![\p{L}])(?:survey|report|reports|study|research|nationally|national|nationwide|across the (?:uk|country|sector)|uk-wide|the nhs|nhs england|ons|according to|statistics show|data shows?|figures show|the sector|industry-wide)(?![\p{L}])/u;
/** "I made £3k from home, join my team": a get-rich pitch (spam), not the practice's takings. */
const MONEY_PITCH = /(?<![\p{L}])(?:from (?:home|my (?:phone|sofa|couch|kitchen table))|join my team|join (?:me|us) and|recruit \d|recruit (?:just )?(?:two|three|four|five)|side hustle|passive income|be your own boss|financial freedom|dm me (?:to|for) (?:find out|more|details)|work from home)(?![\p{L}])/u;
const FUNDRAISING = /(?<![\p{L}])(?:raised|raising|for charity|donat\w*|fundrais\w*|sponsor\w*|appeal|bake sale|raffle|auction|quiz night|jumble|tombola)(?![\p{L}])/u;

const COUNT = apostrophes(
  String.raw`(?<![\p{N}.,£$€])\d[\d,]*\+? (?:new |returning |regular |active |private |nhs |eap |individual |couples? |therapy |counselling |one-to-one |1:1 )?(?:clients|sessions|referrals|enquiries|bookings|patients|service[- ]users|assessments|appointments|hours of (?:therapy|counselling)|therapy hours|couples|families)(?![\p{L}])`,
  'gu',
);
/** Counts written in words, from eleven up: a figure as much as "47" is. */
const NUMBER_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundreds of)`;
/** "our waiting list is now 45 people", "the waitlist is sitting at thirty-one": a client number in all but name. */
const WAITING_LIST = new RegExp(
  String.raw`(?<![\p{L}])(?:waiting list|waitlist|wait list) (?:(?:is|has|of|stands at|now|currently|reached|hit|grown to|up to|at|sitting) )+(?:over |nearly |almost |about |around |more than )?(?:\d+(?![\p{N}])|${NUMBER_WORD}(?![\p{L}-]))(?!\s*(?:(?:-|–|to)\s*(?:\d+|[\p{L}]+)\s*)?(?:-\s*)?(?:months?|weeks?|years?|days?|hours?))`,
  'gu',
);
/** "forty-seven new people on the books": the practice's caseload, counted. */
const ON_THE_BOOKS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d[\d,]*|${NUMBER_WORD}) (?:new )?(?:people|clients|families|couples) (?:on (?:our|the practice's) books|on our (?:waiting ?list|waitlist))(?![\p{L}])`,
  'gu',
);

/** "3 sessions available" is an offer, not a figure. */
const AVAILABILITY = /^ (?:still |now )?(?:available|free|left|remaining|open|to book|spare|going|up for grabs|per|a week|a month|each)(?![\p{L}])/u;

/** Words that make a count a performance figure rather than an offer ("up to 8 sessions"). */
const PERFORMANCE = apostrophes(
  String.raw`(?<![\p{L}])(?:this year|last year|so far|this month|last month|this quarter|last quarter|this term|in (?:19|20)\d\d|since (?:we opened|opening|we launched|launch|we started|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\p{L}]*|christmas|easter|the new year|new year|the start of the year|last (?:year|month|week|summer|spring|autumn|winter)|(?:19|20)\d\d)|smash(?:ing|ed) it|crush(?:ing|ed) it|kill(?:ing|ed) it|best (?:year|month|quarter)|record|we saw|we've seen|we have seen|we had|we've had|we delivered|we've delivered|we ran|we booked|we welcomed|we've welcomed|we worked with|we've worked with|we supported|we've supported|we helped|we've helped|we're seeing|we are seeing|what a year|year in numbers|by the numbers|in numbers|our stats|milestone|in total|on our books|caseload|waiting list|through the door|currently|right now|at the moment|q[1-4]|quarter|delivered|completed|attended|numbers are in|figures are in|stats|up \d|down \d|growth|grew|doubled|tripled|busiest|biggest|ever|all-time|highest|lowest|quietest)(?![\p{L}])`,
  'u',
);
const ALLOWANCE = apostrophes(String.raw`(?:up to|at least|a course of|a block of|minimum(?: of)?|maximum(?: of)?|max|min|usually|typically|per|for|only|just|around|about|limited to|book|offer|offers|covered for|cover|covers) $`, 'u');

/** Content that is the organisation's own business. */
const OWN_BUSINESS = apostrophes(
  String.raw`(?<![\p{L}])(?:our|we|we're|we'll|we've|us|i'm|i'll|my practice|the practice)(?![\p{L}])`,
  'u',
);
const BUSINESS_MATTER = apostrophes(
  String.raw`(?<![\p{L}])(?:prices?|pricing|fees?|rates?|going up|go up|rise|rising|increase|increasing|£\s?\d|plans?|planning|strategy|strategic|campaign|launch\w*|contracts?|expand\w*|expansion|merg\w*|acqui\w*|phase out|phasing out|close|closing(?! (?:words|remarks|thoughts|date|ceremony|keynote|prayer|speech|song|credits|lines?))|open(?:ing)? (?:a |our )?(?:new|second|third)|open(?:ing)? (?:a|an|our) [\p{L}]+ (?:room|branch|site|clinic|office|base)|hire|hiring|redundanc\w*|restructur\w*|figures|numbers|targets?|partnership|in talks|take over|takeover|taking over|sell|selling|sale of|drop|scrap|cut|axe|raise|hike|put up|buy(?:ing)? out|bought out|buyout|deal|rebrand\w*|tender|bid|pitch|discounts?|offers?|dropping|scrapping|cutting|axing|ending|introducing|bringing in|relocat\w*|moving|new (?:branch|site|premises|service)|(?:second|third|another|new) (?:clinic|branch|site|practice|location|office)|undercut\w*|ads?|adverts?|advertising|promos?|promotions?|insta|instagram|facebook|tiktok|salar\w*|pay rise|wages|staff)(?![\p{L}])`,
  'u',
);

/** Signs the business belongs to someone else: then third-party-leak judges it. */
const OTHER_PARTY = apostrophes(
  String.raw`(?<![\p{L}])(?:their|they're|they are|they'll|they've|competitors?|rivals?|trust|council|nhs|college|university|school|hospital|company|firm|ltd|limited|plc|charity|government|department|ministry|employer|agency|clinic|board|union|association|my (?:friend|mate|sister|brother|husband|wife|partner)'?s?)(?![\p{L}])`,
  'u',
);
/** "planning a second clinic": growth of the writer's own practice, whatever else is named. */
const OWN_EXPANSION = /(?<![\p{L}])(?:(?:a|our|the|another) (?:second|third|new|bigger|2nd|3rd)|open(?:ing)? (?:a|an) (?:[\p{L}-]+ )?) ?(?:clinic|branch|site|practice|location|premises|office|base|centre|center)(?![\p{L}])/u;
/** With no owner word, only plainly commercial matters count ("planning a binge" is not a plan of the business). */
const CLEARLY_BUSINESS = /(?<![\p{L}])(?:campaign|launch\w*|ads?|adverts?|advertising|promos?|promotions?|prices?|pricing|fees?|rates|clinic|branch|site|practice|premises|expan\w*|merg\w*|acqui\w*|take ?over|taking over|buy(?:ing)? out|bought out|buyout|sell(?:ing)? (?:up|the)|redundanc\w*|restructur\w*|contracts?|strategy|figures|targets?|rebrand\w*|partnership|tender|salar\w*|pay rise|undercut\w*|business|company|new service|offer|discount)(?![\p{L}])/u;

const intake = ({ text }: DetectorContext): Signal[] =>
  findAll(text, INTAKE).flatMap((match) =>
    REPORTED_ELSEWHERE.test(sentenceText(text, match.foldedStart)) ? [] : [{ span: match.span, reason: "Reveals the practice's client numbers, which are commercially sensitive." }],
  );

const takings = ({ text }: DetectorContext): Signal[] =>
  findGated(text, FIGURE_GATE, TAKINGS).flatMap((match) => {
    const sentence = sentenceText(text, match.foldedStart);
    if (!FIGURE.test(sentence) || FUNDRAISING.test(sentence) || REPORTED_ELSEWHERE.test(sentence) || MONEY_PITCH.test(text.folded)) return [];
    return [{ span: match.span, reason: "Reveals the practice's income or takings, which are commercially sensitive." }];
  });

const counts = ({ text }: DetectorContext): Signal[] =>
  findGated(text, /\d/, COUNT).flatMap((match) => {
    const sentence = sentenceText(text, match.foldedStart);
    // "As set out in our published annual report, the fund paid for 95 sessions": public already.
    if (!PERFORMANCE.test(sentence) || ((publishedAlready(sentence) || reportPublishedBeside(text, match.foldedStart)) && !CONTRAST.test(sentence))) return [];
    if (ALLOWANCE.test(text.folded.slice(Math.max(0, match.foldedStart - 16), match.foldedStart))) return [];
    if (AVAILABILITY.test(text.folded.slice(match.foldedEnd, match.foldedEnd + 24))) return [];
    return [{ span: match.span, reason: 'Reveals client or session numbers, which are confidential business figures.' }];
  }).concat(
    findGated(text, /wait/, WAITING_LIST).map((match) => ({ span: match.span, reason: 'Reveals how many people are waiting, which is a confidential client number.' })),
    findGated(text, / on (?:our|the practice's) /, ON_THE_BOOKS).map((match) => ({ span: match.span, reason: "Reveals the practice's caseload, which is a confidential client number." })),
  );

const unannounced = (context: DetectorContext): Signal[] => {
  const { text } = context;
  const cues = findAll(text, SECRECY_CUE);
  if (cues.length === 0) return [];
  // Someone else's secret is third-party-leak's business, not ours.
  THIRD_PARTY_SOURCE.lastIndex = 0;
  if (THIRD_PARTY_SOURCE_GATE.test(text.folded) && THIRD_PARTY_SOURCE.test(text.folded)) return [];
  return cues.flatMap((match) => {
    const sentence = sentenceText(text, match.foldedStart);
    if (ABOUT_CONFIDENTIALITY.test(sentence)) return [];
    const near = text.folded.slice(Math.max(0, match.foldedStart - 160), match.foldedEnd + 160);
    const ownName = context.organisation.names.some((name) => near.includes(name));
    if (!BUSINESS_MATTER.test(near)) return [];
    // No owner word at all ("Next month's ad campaign… keep it under wraps"): ours unless another party is named.
    const ours = OWN_BUSINESS.test(near) || ownName || OWN_EXPANSION.test(near);
    if (!ours && (OTHER_PARTY.test(near) || !CLEARLY_BUSINESS.test(near))) return [];
    return [{ span: match.span, reason: 'Shares plans, prices or figures that have not been announced: they are commercially sensitive.' }];
  });
};

/** Where the practice tells the public: "as announced in our newsletter", "see our fees page". */
const PUBLIC_PLACE = String.raw`(?:(?:our|the|its) (?:published |latest |public )?(?:website|site|blog|newsletter|last newsletter|spring newsletter|summer newsletter|autumn newsletter|winter newsletter|price list|fees page|prices page|instagram|facebook|page|socials|feed|last post|annual report|annual accounts|published accounts|impact report|annual review)|(?:the )?charity commission(?:'s)?(?: register| website)?|companies house)`;
/** Said to be public already, in a public place or outright ("already published"); "announced in the staff meeting" is not public. */
const PUBLIC_ALREADY = apostrophes(
  String.raw`(?<![\p{L}])(?:(?:as )?(?:announced|advertised|published|listed|set out|shown|reported) (?:in|on) ${PUBLIC_PLACE}|(?:see|on|in) ${PUBLIC_PLACE}|already (?:published|advertised|public|live)|officially announced|now live on)(?![\p{L}])`,
  'u',
);
/** "…don't tell clients yet": still a secret, whatever else it says. */
const KEPT_QUIET = apostrophes(String.raw`(?<![\p{L}])(?:don't tell|do not tell|not to tell|keep (?:it|this) (?:quiet|to yourselves|between us|under wraps)|hush|not yet (?:announced|public))(?![\p{L}])`, 'u');
/** "not yet announced", "hasn't been published": the opposite. */
const NOT_BEFORE = apostrophes(String.raw`(?:not|n't|never|yet to be|not yet)\s+(?:yet\s+)?(?:been\s+)?$`, 'u');

/**
 * The model's reading of a passage that says its figures are public already is not a leak: an
 * announced price rise is news the practice has published.
 */
/** "But between us…", "privately…": the sentence also tells what is not public. */
const CONTRAST = apostrophes(String.raw`(?<![\p{L}])(?:but|though|although|privately)(?![\p{L}])`, 'u');

/** The passage says its figures are not public ("between us", "don't tell clients yet"). */
const secretive = (passage: string): boolean => {
  SECRECY_CUE.lastIndex = 0;
  return SECRECY_CUE.test(passage) || KEPT_QUIET.test(passage);
};

/** The passage says its figures are public already, and nothing in it says otherwise. */
const publishedAlready = (passage: string): boolean => {
  const found = PUBLIC_ALREADY.exec(passage);
  if (!found || NOT_BEFORE.test(passage.slice(Math.max(0, found.index - 16), found.index))) return false;
  return !secretive(passage);
};

/** What a published report is called: the figures' own source, not any page of the site. */
const REPORT = apostrophes(String.raw`(?<![\p{L}])(?:report|review|accounts|figures|results|statistics|stats|numbers)(?![\p{L}])`, 'u');

/**
 * "Our impact report went up last week: 2,100 hours of therapy delivered. The full report is on
 * our site.": the sentence before or after says the report the figures come from is published.
 * Only a sentence naming the report counts; "Book on our website" publishes no figures.
 */
const reportPublishedBeside = (text: FoldedText, at: number): boolean => {
  const sentences = sentencesOf(text);
  const index = sentenceIndexAt(text, at);
  // "Our review is on our website. Between us, we saw 380 clients…": the figures' own sentence keeps them back.
  const own = sentences[index];
  if (own && secretive(text.folded.slice(own[0], own[1]))) return false;
  return [index - 1, index + 1].some((which) => {
    const sentence = sentences[which];
    if (!sentence) return false;
    const words = text.folded.slice(sentence[0], sentence[1]);
    return REPORT.test(words) && publishedAlready(words);
  });
};

const contradictsLearned = (context: DetectorContext, span: readonly [number, number]): boolean => {
  const start = toFoldedOffset(context.text, span[0]);
  return publishedAlready(context.text.folded.slice(start, toFoldedOffset(context.text, span[1]))) || reportPublishedBeside(context.text, start);
};

/** The organisation's own sales figures, income, client numbers and unannounced plans. */
export const businessFigures: Detector = {
  id: 'business-figures',
  description: "The organisation's own income, client or session numbers, or prices, plans and campaigns not yet announced.",
  triggers: BUSINESS_FIGURES_TRIGGERS,
  detect: (context) => [...takings(context), ...intake(context), ...counts(context), ...unannounced(context)],
  contradictsLearned,
};
