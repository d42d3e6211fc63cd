import { checkCommand } from './check-command.ts';
import type { CliCommand } from './cli-command.ts';
import { policyCommand } from './policy-command.ts';

/** Every command of the admin CLI (interface.md, "Administration from the command line"). */
export const CLI_COMMANDS = [checkCommand, policyCommand] as const satisfies readonly CliCommand[];
