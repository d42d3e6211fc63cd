import { answerQuestion } from '../policy/answer-question.ts';
import { UserError } from '../policy/errors.ts';
import type { CommandContext, Handled } from './command-context.ts';
import { presentAnswer } from './present/answer-reply.ts';

/** A question has a limit like a draft: the index is fast, but not for a pasted document. */
export const MAX_QUESTION_CHARS = 1000;

/** `ask <question>` and direct messages: an answer citing clauses, or an honest "I don't know". */
export const handleAsk = async (question: string, context: CommandContext): Promise<Handled> => {
  if (question.trim() === '') throw new UserError('missing-argument', 'Ask me a question about the social media policy, e.g. "Can I mention the practice on my own account?"');
  if (question.length > MAX_QUESTION_CHARS) {
    throw new UserError('invalid-argument', `That question is ${question.length} characters; keep it under ${MAX_QUESTION_CHARS}. To check a draft post, use \`check <draft>\`.`);
  }
  const answer = answerQuestion(context.policy, question);
  return { reply: presentAnswer(context.policy, answer), clauses: answer.clauses };
};
