import 'dotenv/config';
import { DEFAULT_POLICY_FILE } from '../config.ts';
import { installLiteralGateCache } from '../literal-gate-cache.ts';
import { loadPolicyFile } from '../load-policy-file.ts';
import type { ParsedPolicy } from '../policy/policy-document.ts';
import type { CliCommand } from './cli-command.ts';
import { CLI_COMMANDS } from './commands.ts';

/** The admin and batch CLI: `npm run --silent cli -- <command> …`. Data on stdout, messages on stderr. */

class PolicyNotLoaded extends Error {}

const loadPolicy = (): ParsedPolicy => {
  // As the bot does at start: rules loaded from here on find their patterns' analyses on disk.
  installLiteralGateCache();
  const file = process.env.POLICY_FILE || DEFAULT_POLICY_FILE;
  const outcome = loadPolicyFile(file);
  if (!outcome.ok) {
    process.stderr.write(`The policy file does not validate:\n${outcome.problems.map((problem) => `  ${problem}`).join('\n')}\n`);
    throw new PolicyNotLoaded();
  }
  return outcome.policy;
};

const usage = (): string =>
  `usage: npm run --silent cli -- <command>\n${CLI_COMMANDS.map((command: CliCommand) => `  ${command.usage}`).join('\n')}\n`;

const main = async (): Promise<number> => {
  const [name, ...args] = process.argv.slice(2);
  const command = CLI_COMMANDS.find((candidate: CliCommand) => candidate.name === name);
  if (!command) {
    process.stderr.write(name ? `Unknown command "${name}".\n${usage()}` : usage());
    return 2;
  }
  try {
    const outcome = await command.run({ args, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, loadPolicy });
    if (outcome.message) process.stderr.write(`${outcome.message}\n`);
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof PolicyNotLoaded) return 2;
    process.stderr.write(`Something went wrong running "${name}". Please report it.\n`);
    return 1;
  }
};

// A reader that stops early (`… | head -1`) closes the pipe: the batch has nothing left to say, so it ends quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main();
