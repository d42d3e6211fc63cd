import type { Answer } from '../../policy/answer-question.ts';
import type { ParsedPolicy } from '../../policy/policy-document.ts';
import type { Reply, ReplyBlock } from '../request.ts';
import { makeReply } from './make-reply.ts';
import { ruleKind } from './rule-kind.ts';

/**
 * An answer: the direct sentence, the policy's own words for the best clauses, what kind of rule
 * each is, and every clause id it rests on. "I don't know" stays exactly that.
 */
export const presentAnswer = (policy: ParsedPolicy, answer: Answer): Reply => {
  if (answer.clauses.length === 0) return makeReply([{ type: 'text', text: answer.answer }]);
  const [lead = answer.answer] = answer.answer.split('\n\n');
  const blocks: ReplyBlock[] = [{ type: 'text', text: lead }];
  for (const quote of answer.quotes) {
    const clause = policy.document.clauses.find((candidate) => candidate.id === quote.clause);
    const kind = clause ? ruleKind(clause) : undefined;
    blocks.push({ type: 'heading', text: kind ? `${quote.heading} (${kind})` : quote.heading });
    blocks.push({ type: 'quote', text: quote.text, source: quote.clause });
  }
  blocks.push({ type: 'context', text: `Clauses: ${answer.clauses.join(', ')}. Only you can see this.` });
  return makeReply(blocks);
};
