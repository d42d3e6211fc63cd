import { UserError } from './errors.ts';
import type { Clause, ParsedPolicy, PolicyDocument } from './policy-document.ts';
import { answersQuestion, confidenceOf, TOPIC_THRESHOLDS } from './question-confidence.ts';
import { namedAppClauses, questionFindings } from './question-findings.ts';
import { searchTextOf } from './question-intent.ts';
import { asksAboutTherapyWork, asksPermission, asksTaskOrFact, mentionsSocialMedia, namesOffTopicMatter, saysNotOnline } from './question-kind.ts';
import { featureFactsOf } from './learned/draft-features.ts';
import { readQuestion, type QuestionReading } from './question-model.ts';
import { policyIndex, type ClauseHit } from './search-index.ts';
import { wordsOf } from './search-text.ts';

/**
 * Answers a question in a person's own words from the policy document alone: the clauses that
 * answer it, best first, a direct first sentence where the document gives one (unless the question
 * model reads the question as another clause's), the policy's own
 * words quoted, and the clause ids. When no clause really answers it, says so and names the
 * policy's owner: it never makes a rule up.
 */

export interface AnswerQuote {
  readonly clause: string;
  readonly heading: string;
  /** The clause's text, verbatim. */
  readonly text: string;
}

export interface Answer {
  /** Clause ids, best first, at most five; empty means "I don't know". */
  readonly clauses: readonly string[];
  /** What to say: the direct answer, the quotes and the clause ids, or the honest "I don't know". */
  readonly answer: string;
  readonly quotes: readonly AnswerQuote[];
}

/**
 * Longest question answered, in UTF-16 code units: a question is a sentence or a short story, and
 * the search is not made for a pasted document (chat says so; the batch CLI answers such a line
 * with an error). Longer text is refused before any work.
 */
export const MAX_QUESTION_CHARS = 1000;

const MAX_CLAUSES = 5;
/** Clauses scoring under this share of the best one are noise, not further reading. */
const LISTED_SHARE = 0.2;
/** A second clause this close to the best one is quoted too: the question spans both. */
const QUOTED_SHARE = 0.75;

/** The answer to one question against one policy. */
export const answerQuestion = (policy: ParsedPolicy, question: string): Answer => {
  if (question.length > MAX_QUESTION_CHARS) {
    throw new UserError('invalid-argument', `That question is ${question.length} characters; keep it under ${MAX_QUESTION_CHARS}.`);
  }
  const index = policyIndex(policy);
  // The search also hears what the question's shape implies ("what is X for?" → purpose); the
  // checker reads the question's own words only.
  const outcome = index.search(searchTextOf(question));
  const socialMedia = mentionsSocialMedia(question, policy.document);
  const permission = asksPermission(question);
  // A situation the checker recognises is the policy's business when it is asked about online;
  // otherwise ("a client left her umbrella") the checker has nothing to say about the question.
  const findings = socialMedia ? questionFindings(policy, question) : [];
  const namedApps = socialMedia ? namedAppClauses(policy, question) : [];
  const cited = [...new Set([...findings.filter((finding) => finding.bound).map((finding) => finding.clause), ...namedApps])];
  const hinted = findings.filter((finding) => !finding.bound && !cited.includes(finding.clause)).map((finding) => finding.clause);
  const reading = readingOf(policy, question);
  const hits = withReading(withFindings(outcome.hits, cited, hinted), reading);
  const best = hits[0];
  const searched = outcome.hits[0];
  // A situation a rule of the policy recognises is answered, and so is whether an app the policy
  // governs may be used ("can we schedule posts with Buffer?"); the checker's other readings only rank.
  // Unless the question does not ask what may be done and the question model is all but sure the
  // policy does not answer it: then the situation is only the setting of another question ("a
  // client told me she's hooked on TikTok, any worksheets for that?").
  const settingOnly = !permission && reading !== undefined && reading.notCovered >= SURELY_NOT_COVERED;
  // A question about how to practise therapy, which the model also leans towards not covered, is
  // not the policy's however much of it the checker recognises ("a client is bullied on Snapchat,
  // how do I support her?").
  const therapyWork = reading !== undefined && reading.notCovered >= THERAPY_WORK_NOT_COVERED && asksAboutTherapyWork(question);
  const described = (findings.some((finding) => finding.bound) || (permission && namedApps.length > 0)) && !settingOnly;
  // Without a model, a question sharing no word with the policy is not answered; with one, the
  // model's reading can still carry it ("ex client added me on insta??" names no policy word).
  // A question that says its matter is offline has left the policy, whatever it shares with it.
  const answered =
    !saysNotOnline(question, policy.document) &&
    !therapyWork &&
    (described ||
    ((searched !== undefined || reading !== undefined) &&
    answersQuestion({
      // The matched mass does not depend on the thresholds passed; only coverage would.
      matchedMass: searched === undefined ? 0 : confidenceOf(outcome, searched, TOPIC_THRESHOLDS).matchedMass,
      words: wordsOf(question).length,
      nearestExample: outcome.examples[0]?.similarity ?? 0,
      asksPermission: permission,
      socialMedia,
      offTopic: namesOffTopicMatter(question),
      taskOrFact: !permission && asksTaskOrFact(question),
      ...(reading ? { reading: { bestClause: Math.max(0, ...reading.clauses.values()), notCovered: reading.notCovered } } : {}),
    })));
  if (!best || !answered) {
    return { clauses: [], answer: dontKnow(policy.document), quotes: [] };
  }
  const listed = hits.filter((hit) => hit.score >= best.score * LISTED_SHARE).slice(0, MAX_CLAUSES);
  const quoted = listed.filter((hit, rank) => rank === 0 || (rank === 1 && hit.score >= best.score * QUOTED_SHARE));
  const clauseOf = (id: string): Clause => index.clauses.get(id)!;
  const quotes = quoted.map((hit) => quoteOf(clauseOf(hit.id)));
  const ids = listed.map((hit) => hit.id);
  // The clause's own yes-or-no answer leads unless the question model reads the question as another
  // clause's: a clause the search ranked first on shared words alone must not say "Yes —" for it.
  const leadsWithItsAnswer = reading === undefined || !readsAsAnotherClause(reading, best.id);
  return { clauses: ids, answer: compose(clauseOf(best.id), quotes, ids, leadsWithItsAnswer), quotes };
};

/**
 * The question model's probability that the policy does not answer a question, from which a
 * situation the checker recognises in it no longer decides that it does (the model has read many
 * questions set in such situations that ask about something else).
 */
const SURELY_NOT_COVERED = 0.9;
/**
 * The model's least probability of "not covered" that, with a question about the work of therapy
 * itself, means the policy does not answer it. Over the question sets, such questions the policy
 * answers were read at 0.25 or less.
 */
const THERAPY_WORK_NOT_COVERED = 0.3;

/**
 * When the question model reads the first clause below LEAD_NEEDS_READING and another clause at
 * RIVAL_READING or more, and twice as likely, the first clause's "Yes —" or "No —" does not lead:
 * the answer leads with what the clause says. Over the question sets this removed 24 of 130 wrong
 * leads for 11 right ones; suppressing every lead read below 0.1 removed 42 for 39 right ones.
 */
const LEAD_NEEDS_READING = 0.1;
const RIVAL_READING = 0.1;

const readsAsAnotherClause = (reading: QuestionReading, id: string): boolean => {
  const own = reading.clauses.get(id) ?? 0;
  if (own >= LEAD_NEEDS_READING) return false;
  let rival = 0;
  for (const [other, probability] of reading.clauses) if (other !== id && probability > rival) rival = probability;
  return rival >= RIVAL_READING && rival >= 2 * own;
};

/** Weight of the checker's first finding, in the hits' score units (a telling word weighs 1). */
const FINDING_BOOST = 2.5;
/** Each later finding weighs this much less: the checker lists the most severe first. */
const FINDING_STEP = 0.25;
/**
 * Weight of a finding the policy does not bind by name (a model's reading of drafts): half a
 * telling word, enough to break a near tie, too little to outvote the question's own words.
 */
const HINT_BOOST = 0.5;

/** The search's hits with the clauses the checker cites (and hints at) for the question raised, best first. */
const withFindings = (hits: readonly ClauseHit[], cited: readonly string[], hinted: readonly string[]): ClauseHit[] => {
  const boost = new Map([
    ...hinted.map((id) => [id, HINT_BOOST] as const),
    ...cited.map((id, rank) => [id, Math.max(FINDING_BOOST - FINDING_STEP * rank, 1)] as const),
  ]);
  const raised = hits.map((hit) => ({ ...hit, score: hit.score + (boost.get(hit.id) ?? 0) }));
  const missing = [...boost.keys()].filter((id) => !hits.some((hit) => hit.id === id)).map((id) => ({ id, matched: [], score: boost.get(id)! }));
  return [...raised, ...missing].sort((a, b) => b.score - a.score);
};

/** The policy's question model's reading of the question, when the policy has a model. */
const readingOf = (policy: ParsedPolicy, question: string): QuestionReading | undefined => {
  const model = policy.questionModel?.();
  return model ? readQuestion(model, question, featureFactsOf(policy.document)) : undefined;
};

/**
 * Weight of the question model's probability for a clause, in the hits' score units (a telling
 * word weighs about 1). The model has read thousands of questions and the search only the policy's
 * words, so a sure reading decides the order, while one at 10% weighs less than a telling word and
 * brings in a clause a paraphrase never names only from 20%. Chosen, like READING_EVIDENCE, by
 * cross-validation over the question corpus (the first clause given answers it: weight 3 → 74.8%,
 * 8 → 77.1%, 20 → 76.5%).
 */
const READING_WEIGHT = 8;
/** A clause the search did not find joins the hits only when the model is at least this sure of it. */
const READING_JOINS_FROM = 0.2;

/** The hits re-ranked with the model's reading (unchanged without one). */
const withReading = (hits: readonly ClauseHit[], reading: QuestionReading | undefined): ClauseHit[] => {
  if (!reading) return [...hits];
  const raised = hits.map((hit) => ({ ...hit, score: hit.score + READING_WEIGHT * (reading.clauses.get(hit.id) ?? 0) }));
  const joining = [...reading.clauses]
    .filter(([id, probability]) => probability >= READING_JOINS_FROM && !hits.some((hit) => hit.id === id))
    .map(([id, probability]) => ({ id, matched: [], score: READING_WEIGHT * probability }));
  return [...raised, ...joining].sort((a, b) => b.score - a.score);
};

const quoteOf = (clause: Clause): AnswerQuote => ({ clause: clause.id, heading: clause.heading, text: clause.text });

/** The owner as the document names them: "Ann Lee (policy owner), ann@example.org". */
export const ownerOf = (document: PolicyDocument): string => {
  const { name, role, contact } = document.owner;
  return `${name}${role ? ` (${role})` : ''}${contact ? `, ${contact}` : ''}`;
};

/** The honest answer when the policy does not cover the question. */
export const dontKnow = (document: PolicyDocument): string =>
  `I don't know — this policy doesn't cover that; ask ${ownerOf(document)}.`;

/** A clause's own answer that says yes or no outright ("Yes — …", "No — …", "Not without…"). */
const VERDICT_LEAD = /^(?:yes|no|not)\b/iu;

const firstSentence = (clause: Clause, ownAnswer: boolean): string => {
  // An answer that only advises ("Don't click it — …") stays, however the model read the question.
  if (clause.answer !== undefined && (ownAnswer || !VERDICT_LEAD.test(clause.answer))) return clause.answer;
  return `The policy says: ${clause.summary}`;
};

const compose = (best: Clause, quotes: readonly AnswerQuote[], ids: readonly string[], ownAnswer: boolean): string => {
  const quoted = quotes.map((quote) => `${quote.heading} (${quote.clause}):\n"${quote.text}"`);
  return [firstSentence(best, ownAnswer), ...quoted, `Clauses: ${ids.join(', ')}`].join('\n\n');
};
