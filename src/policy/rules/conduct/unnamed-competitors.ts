import type { DetectorContext, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { findAccusations } from './accusations.ts';
import { RUDE, RUDE_EMOJI } from './competitor-scorn.ts';
import { sentenceIndexAt, sentencesOf, sortedMatchesWithin } from './sentences.ts';

/**
 * Scorn for competitors left unnamed: "some local therapists are a joke 🙄", "the clinic down
 * the road are cowboys". Mentioning them neutrally is not flagged (nobody is named), and a
 * sentence that counts the writer in ("us included") is self-mockery, not disrespect.
 */

const UNNAMED = new RegExp(
  '(?<![\\p{L}])(?:some|certain|other|those|these|cheaper|so-called|all\\s+these|all\\s+those)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:therapists|counsellors|counselors|practices|clinics|psychotherapists|psychologists|life\\s+coaches|(?:therapy|counselling|counseling|wellbeing|mental\\s+health)\\s+(?:apps|platforms|services|websites|sites))(?![\\p{L}])|' +
    '(?<![\\p{L}])(?:an?|the|that|this|some)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:app|platform|website|site|service|company)\\s+(?:where|that|which)\\s+(?:your\\s+|the\\s+|a\\s+)?[\'‘"“](?:therapist|counsellor|counselor|psychologist|coach|expert)s?[\'’"”]|' +
    '(?<![\\p{L}])(?:their|those|these|the\\s+other)\\s+[\'‘"“](?:therapists?|counsellors?|counselors?|psychologists?|coach(?:es)?|experts?|professionals?|qualified|therapy|counselling|sessions?)[\'’"”]|' +
    '(?<![\\p{L}])(?:the|that|a\\s+certain)\\s+(?:new\\s+)?(?:practice|clinic|therapy\\s+place|counselling\\s+place|counselling\\s+service|therapist|counsellor)\\s+(?:down\\s+the\\s+road|across\\s+the\\s+road|round\\s+the\\s+corner|next\\s+door|in\\s+town|on\\s+the\\s+high\\s+street)(?![\\p{L}])|' +
    // Pointed at without a name: "a certain online therapy platform", "the other counselling service", "that meditation app", "our competitors".
    '(?<![\\p{L}])(?:a\\s+certain\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:app|platform|practice|clinic|service|company|therapist|counsellor|coach)|' +
    'the\\s+other\\s+(?:therapy|counselling|counseling|wellbeing|mental\\s+health)\\s+(?:service|practice|place|clinic|centre|center)s?|' +
    '(?:that|this)\\s+(?:meditation|mindfulness|therapy|counselling|wellbeing|mental\\s+health|sleep)\\s+app|' +
    'our\\s+competitors|rival\\s+practices)(?![\\p{L}])',
  'gu',
);
const SELF_INCLUDED = /(?<![\p{L}])(?:us\s+included|me\s+included|myself\s+included|including\s+(?:me|us|myself)|like\s+(?:me|us)|we\s+all|all\s+of\s+us)(?![\p{L}])/u;

/** Rude words in the same sentence as an unnamed competitor. */
export const rudeAboutUnnamedCompetitors = ({ text }: DetectorContext): Signal[] => {
  const references = findAll(text, UNNAMED);
  if (references.length === 0) return [];
  const rude = [...findAll(text, RUDE), ...findAll(text, RUDE_EMOJI), ...findAccusations(text)].sort((a, b) => a.foldedStart - b.foldedStart);
  const ranges = sentencesOf(text);
  const signals: Signal[] = [];
  for (const reference of references) {
    const sentence = ranges[sentenceIndexAt(text, reference.foldedStart)]!;
    // Scare quotes round the profession ("their 'therapists'") are the scorn.
    const scorn = /['‘’"“”]/u.test(reference.text) ? reference : sortedMatchesWithin(rude, sentence)[0];
    if (!scorn || SELF_INCLUDED.test(text.folded.slice(sentence[0], sentence[1]))) continue;
    signals.push({
      span: [Math.min(reference.span[0], scorn.span[0]), Math.max(reference.span[1], scorn.span[1])],
      reason: `Mocks or runs down competitors ("${text.original.slice(...reference.span)}").`,
    });
  }
  return signals;
};
