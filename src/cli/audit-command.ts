import { parseHead } from '../policy/audit-chain.ts';
import type { CliCommand } from './cli-command.ts';
import { formatAuditCsv, formatAuditJsonl } from './audit-export-format.ts';
import { withCliStore } from './audit-cli-store.ts';
import { describeTrailCheck } from './describe-trail-check.ts';

const USAGE = 'audit verify [--expect-head N:HASH] | audit export --format csv|jsonl';

/** `--expect-head N:HASH` (or `--expect-head=N:HASH`) after `verify`: undefined when absent, null when malformed. */
const expectedHead = (rest: readonly string[]) => {
  if (rest.length === 0) return undefined;
  const value = rest[0] === '--expect-head' && rest.length === 2 ? rest[1] : rest[0]?.startsWith('--expect-head=') && rest.length === 1 ? rest[0].slice(14) : undefined;
  return (value === undefined ? undefined : parseHead(value)) ?? null;
};

/** `audit verify` and `audit export` (interface.md, "Administration from the command line"). */
export const auditCommand: CliCommand = {
  name: 'audit',
  usage: USAGE,
  run: async ({ args, stdout }) => {
    const [action, ...rest] = args;
    if (action === 'verify') {
      const expectHead = expectedHead(rest);
      if (expectHead === null) return { exitCode: 2, message: `usage: ${USAGE} (the head as \`audit verify\` printed it, e.g. 15:3f9a…)` };
      return withCliStore(async (store) => {
        const { ok, lines } = describeTrailCheck(await store.audit.check(expectHead === undefined ? {} : { expectHead }));
        stdout.write(lines.map((line) => `${line}\n`).join(''));
        return ok ? { exitCode: 0 } : { exitCode: 1, message: lines[0] };
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
