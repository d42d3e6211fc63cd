import type { GrantRecord } from '../policy/ports.ts';
import type { CliCommand } from './cli-command.ts';
import { withCliStore } from './audit-cli-store.ts';

const USAGE = 'grants list [--format text|jsonl]';

/** One readable line per grant or approval. */
export const describeGrant = (grant: GrantRecord): string => {
  const what = grant.kind === 'account' ? `account ${grant.account}\t${grant.subject}` : `app ${grant.app}\tapproved`;
  const expiry = grant.expiresAt ? `\texpires ${grant.expiresAt}` : '';
  const reason = grant.reason ? `\treason: ${grant.reason}` : '';
  return `${what}\tby ${grant.grantedBy} at ${grant.grantedAt}${expiry}${reason}`;
};

/** `grants list`: who may use which company account, and which apps are approved. */
export const grantsCommand: CliCommand = {
  name: 'grants',
  usage: USAGE,
  run: async ({ args, stdout }) => {
    const [action, ...rest] = args;
    const format = rest.length === 0 ? 'text' : rest[0] === '--format' && rest.length === 2 ? rest[1] : undefined;
    if (action !== 'list' || (format !== 'text' && format !== 'jsonl')) return { exitCode: 2, message: `usage: ${USAGE}` };
    return withCliStore(async (store) => {
      const grants = await store.grants.list();
      if (format === 'jsonl') stdout.write(grants.map((grant) => `${JSON.stringify(grant)}\n`).join(''));
      else stdout.write(grants.length === 0 ? 'No grants and no approved apps.\n' : grants.map((grant) => `${describeGrant(grant)}\n`).join(''));
      return { exitCode: 0 };
    });
  },
};
