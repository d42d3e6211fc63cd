import type { ChainVerdict } from '../policy/ports.ts';
import type { CliCommand } from './cli-command.ts';
import { formatAuditCsv, formatAuditJsonl } from './audit-export-format.ts';
import { withCliStore } from './audit-cli-store.ts';

const USAGE = 'audit verify | audit export --format csv|jsonl';

/** A verdict as one line: `ok: N entries`, or which entry fails first and how. */
export const describeVerdict = (verdict: ChainVerdict): string =>
  verdict.ok
    ? `ok: ${verdict.count} entries`
    : `FAILED: entry ${verdict.seq} (id ${verdict.id}) does not verify: ${
        verdict.problem === 'edited'
          ? 'it was edited'
          : verdict.problem === 'deleted'
            ? 'an entry before it was deleted'
            : 'it was moved out of order'
      } (${verdict.count} entries checked)`;

/** `audit verify` and `audit export` (interface.md, "Administration from the command line"). */
export const auditCommand: CliCommand = {
  name: 'audit',
  usage: USAGE,
  run: async ({ args, stdout }) => {
    const [action, ...rest] = args;
    if (action === 'verify' && rest.length === 0) {
      return withCliStore(async (store) => {
        const verdict = await store.audit.verify();
        const line = describeVerdict(verdict);
        stdout.write(`${line}\n`);
        return verdict.ok ? { exitCode: 0 } : { exitCode: 1, message: line };
      });
    }
    const format = rest[0] === '--format' && rest.length === 2 ? rest[1] : rest[0]?.startsWith('--format=') && rest.length === 1 ? rest[0].slice(9) : undefined;
    if (action === 'export' && (format === 'csv' || format === 'jsonl')) {
      return withCliStore(async (store) => {
        const entries = await store.audit.all();
        stdout.write(format === 'csv' ? formatAuditCsv(entries) : formatAuditJsonl(entries));
        return { exitCode: 0 };
      });
    }
    return { exitCode: 2, message: `usage: ${USAGE}` };
  },
};
