import { APP_APPROVAL_CLAUSE, findAppMentions } from '../policy/app-approval.ts';
import { AUTHORISED_USERS_CLAUSE } from '../policy/account-authorisation.ts';
import type { ParsedPolicy } from '../policy/policy-document.ts';
import type { GrantRecord } from '../policy/ports.ts';
import type { CommandContext } from './command-context.ts';
import { clauseNote, presentClauses } from './present/cite-present.ts';
import { showPerson } from './present/person.ts';
import type { Actor, ReplyBlock } from './request.ts';

/** The register's approved apps (lower-case names). */
export const approvedApps = (register: readonly GrantRecord[]): string[] =>
  register.flatMap((grant) => (grant.kind === 'app' ? [grant.app.toLowerCase()] : []));

const WHO_MAY_POST = /\bwho\b[^?]{0,60}\b(?:post|posts|posting|allowed|authori[sz]ed|access|log ?in|use|run|runs|manage|manages)\b/i;

/** The company account a question names, by the policy's account id, network or handle. */
const accountNamed = (policy: ParsedPolicy, question: string): string | undefined => {
  const words = question.toLowerCase();
  const named = policy.document.organisation.accounts.find((account) =>
    [account.id, account.network.split(/[\s(]/)[0]!, account.handle ?? ''].some((name) => name.length > 1 && new RegExp(`(^|[^\\p{L}])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(words)),
  );
  return named?.id;
};

export interface RegisterAnswer {
  readonly blocks: readonly ReplyBlock[];
  readonly clauses: readonly string[];
}

/**
 * What the register says about a question: which apps it names are approved, and who may post
 * on the company account it asks about. Empty when the question is about neither.
 */
export const registerAnswer = async (question: string, actor: Actor, context: CommandContext): Promise<RegisterAnswer> => {
  const { policy } = context;
  const account = WHO_MAY_POST.test(question) ? accountNamed(policy, question) : undefined;
  const register = await context.store.grants.list();
  const mentions = findAppMentions(policy, question, approvedApps(register));
  if (!account && mentions.length === 0) return { blocks: [], clauses: [] };
  const blocks: ReplyBlock[] = [];
  const clauses: string[] = [];
  if (mentions.length > 0) {
    const approved = new Set(approvedApps(register));
    const lines = mentions.map(({ app }) => (approved.has(app) ? `${app} is approved for use with the company's accounts.` : `${app} is not approved for use with the company's accounts; ask ${policy.document.owner.name} before using it with them.`));
    blocks.push({ type: 'text', text: `From the register${clauseNote(policy, [APP_APPROVAL_CLAUSE])}: ${lines.join(' ')}` });
    clauses.push(...presentClauses(policy, [APP_APPROVAL_CLAUSE]));
  }
  if (account) {
    const holders = register.flatMap((grant) => (grant.kind === 'account' && grant.account === account ? [showPerson(grant.subject, actor)] : []));
    const who = holders.length > 0 ? holders.join(', ') : 'nobody yet';
    blocks.push({ type: 'text', text: `From the register${clauseNote(policy, [AUTHORISED_USERS_CLAUSE])}: authorised to post on ${account}: ${who}; the policy owners (${policy.document.owner.name}) authorise people.` });
    clauses.push(...presentClauses(policy, [AUTHORISED_USERS_CLAUSE]));
  }
  return { blocks, clauses };
};
