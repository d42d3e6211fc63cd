import type { ClauseRef, Explanation } from '../../policy/explain-clause.ts';
import type { ParsedPolicy } from '../../policy/policy-document.ts';
import type { Reply, ReplyBlock } from '../request.ts';
import { makeReply } from './make-reply.ts';
import { ruleKind } from './rule-kind.ts';

const MAX_TOPIC_ECHO = 60;
const refText = (ref: ClauseRef): string => `${ref.heading} (${ref.id})`;

/** The clause ids an explanation cites, for the log. */
export const explanationClauses = (explanation: Explanation): string[] => {
  switch (explanation.kind) {
    case 'topics':
      return [];
    case 'clauses':
      return explanation.clauses.map((clause) => clause.id);
    case 'unknown':
      return explanation.suggestions.map((suggestion) => suggestion.id);
    default: {
      const unreachable: never = explanation;
      return unreachable;
    }
  }
};

/** `explain`: the topics; the clauses quoted with what kind of rule each is and a plain summary; or the nearest topics. */
export const presentExplanation = (policy: ParsedPolicy, explanation: Explanation): Reply => {
  const blocks: ReplyBlock[] = [];
  switch (explanation.kind) {
    case 'topics':
      blocks.push(
        { type: 'heading', text: 'What the policy covers' },
        { type: 'fields', fields: explanation.sections.map((section) => ({ label: section.title, value: section.clauses.map(refText).join('; ') })) },
        { type: 'context', text: 'Type `explain <topic>` with a heading, a clause id or your own words.' },
      );
      break;
    case 'clauses':
      for (const clause of explanation.clauses) {
        const found = policy.document.clauses.find((candidate) => candidate.id === clause.id);
        const kind = found ? ruleKind(found) : undefined;
        blocks.push(
          { type: 'heading', text: kind ? `${clause.heading} (${kind})` : clause.heading },
          { type: 'quote', text: clause.quote, source: clause.id },
          { type: 'text', text: `In short: ${clause.summary}` },
        );
        if (clause.related.length > 0) blocks.push({ type: 'context', text: `Related: ${clause.related.join(', ')}` });
      }
      break;
    case 'unknown': {
      const topic = explanation.topic.length > MAX_TOPIC_ECHO ? `${explanation.topic.slice(0, MAX_TOPIC_ECHO)}…` : explanation.topic;
      blocks.push({ type: 'text', text: `I could not find "${topic}" in the policy.` });
      if (explanation.suggestions.length > 0) {
        blocks.push({ type: 'text', text: `${explanation.near ? 'Closest topics' : 'Some places to start'}: ${explanation.suggestions.map(refText).join('; ')}.` });
      }
      blocks.push({ type: 'context', text: 'Type `explain` with no topic to list every topic.' });
      break;
    }
    default: {
      const unreachable: never = explanation;
      return unreachable;
    }
  }
  return makeReply(blocks);
};
