import { answerQuestion, MAX_QUESTION_CHARS } from '../policy/answer-question.ts';
import { UserError } from '../policy/errors.ts';
import type { CommandContext, Handled } from './command-context.ts';
import { presentAnswer } from './present/answer-reply.ts';
import { makeReply } from './present/make-reply.ts';
import { registerAnswer } from './register-facts.ts';
import type { Actor } from './request.ts';

/** `ask <question>` and direct messages: an answer citing clauses, or an honest "I don't know". */
export const handleAsk = async (question: string, actor: Actor, context: CommandContext): Promise<Handled> => {
  if (question.trim() === '') throw new UserError('missing-argument', 'Ask me a question about the social media policy, e.g. "Can I mention the practice on my own account?"');
  if (question.length > MAX_QUESTION_CHARS) {
    throw new UserError('invalid-argument', `That question is ${question.length} characters; keep it under ${MAX_QUESTION_CHARS}. To check a draft post, use \`check <draft>\`.`);
  }
  const answer = answerQuestion(context.policy, question);
  const register = await registerAnswer(question, actor, context);
  if (register.blocks.length === 0) return { reply: presentAnswer(context.policy, answer), clauses: answer.clauses };
  // The register answers "is Canva approved?" and "who may post on Instagram?" first, then the policy.
  const clauses = [...new Set([...register.clauses, ...answer.clauses])];
  const policyPart = answer.clauses.length > 0 ? presentAnswer(context.policy, { ...answer, clauses }).blocks : [];
  return { reply: makeReply([...register.blocks, ...policyPart]), clauses };
};
