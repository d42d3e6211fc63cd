import { askCommand } from './ask-command.ts';
import { auditCommand } from './audit-command.ts';
import { checkCommand } from './check-command.ts';
import { explainCommand } from './explain-command.ts';
import type { CliCommand } from './cli-command.ts';
import { grantsCommand } from './grants-command.ts';
import { policyCommand } from './policy-command.ts';

/** Every command of the admin CLI (interface.md, "Administration from the command line"). */
export const CLI_COMMANDS = [checkCommand, policyCommand, askCommand, explainCommand, auditCommand, grantsCommand] as const satisfies readonly CliCommand[];
