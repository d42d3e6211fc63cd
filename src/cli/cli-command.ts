import type { Readable, Writable } from 'node:stream';
import type { ParsedPolicy } from '../policy/policy-document.ts';

export interface CliContext {
  readonly args: readonly string[];
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Loads POLICY_FILE; exits with its problems when it does not validate. */
  readonly loadPolicy: () => ParsedPolicy;
}

export interface CliOutcome {
  readonly exitCode: number;
  /** Printed to standard error (standard output carries only the command's data). */
  readonly message?: string;
}

export interface CliCommand {
  readonly name: string;
  readonly usage: string;
  run(context: CliContext): Promise<CliOutcome>;
}
