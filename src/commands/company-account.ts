import { UserError } from '../policy/errors.ts';
import type { ParsedPolicy } from '../policy/policy-document.ts';

const simplify = (name: string): string => name.trim().toLowerCase().replace(/^@/, '');

/**
 * The register's name for a company account: the policy's account id, found by id, network or
 * handle ("Instagram", "@zrtherapy", "instagram"). A policy that lists no accounts accepts any name.
 */
export const resolveCompanyAccount = (policy: ParsedPolicy, name: string): string => {
  const accounts = policy.document.organisation.accounts;
  if (accounts.length === 0) return simplify(name);
  const wanted = simplify(name);
  const found = accounts.find(
    (account) => account.id === wanted || simplify(account.network) === wanted || (account.handle !== undefined && simplify(account.handle) === wanted),
  );
  if (!found) {
    throw new UserError('invalid-argument', `The company accounts are ${accounts.map((account) => account.id).join(', ')}; name one of them, e.g. \`grant @ann account ${accounts[0]?.id}\`.`);
  }
  return found.id;
};
