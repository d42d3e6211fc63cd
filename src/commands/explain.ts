import { UserError } from '../policy/errors.ts';
import { explainTopic } from '../policy/explain-clause.ts';
import type { CommandContext, Handled } from './command-context.ts';
import { explanationClauses, presentExplanation } from './present/explain-reply.ts';

const MAX_TOPIC_CHARS = 200;

/** `explain [topic]`: the clause(s) about a topic, quoted, with a plain summary; no topic lists the topics. */
export const handleExplain = async (topic: string | undefined, context: CommandContext): Promise<Handled> => {
  if (topic !== undefined && topic.length > MAX_TOPIC_CHARS) {
    throw new UserError('invalid-argument', `A topic is a few words, e.g. \`explain passwords\`. To ask a question use \`ask\`; to check a draft use \`check\`.`);
  }
  const explanation = explainTopic(context.policy, topic ?? '');
  return { reply: presentExplanation(context.policy, explanation), clauses: explanationClauses(explanation) };
};
