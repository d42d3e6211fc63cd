import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { checkerFor, type Checker } from './policy/check-draft.ts';
import type { ParsedPolicy } from './policy/policy-document.ts';
import { loadPolicyFile } from './load-policy-file.ts';

/**
 * The policy the bot is running, and its replacement when the file changes. A new file is
 * validated first; a bad one leaves the running policy in place and reports every problem.
 */
export interface LoadedPolicy {
  readonly policy: ParsedPolicy;
  readonly checker: Checker;
}

export type ReloadOutcome =
  | { readonly kind: 'loaded'; readonly previousVersion: string; readonly version: string }
  | { readonly kind: 'unchanged'; readonly version: string }
  | { readonly kind: 'refused'; readonly problems: readonly string[]; readonly version: string };

export interface PolicySource {
  readonly file: string;
  current(): LoadedPolicy;
  /** Reads the file again; on success later requests see the new policy. */
  reload(): ReloadOutcome;
  /**
   * Reloads whenever the file changes on disk; `onReload` hears every outcome. Returns false when
   * the file system cannot be watched (no inotify watches left, no permission): SIGHUP still reloads.
   */
  watchFile(onReload: (outcome: ReloadOutcome) => void): boolean;
  close(): void;
}

const compile = (policy: ParsedPolicy): LoadedPolicy => ({ policy, checker: checkerFor(policy) });

export class PolicyFileError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super('the policy file does not validate');
    this.problems = problems;
  }
}

/** Loads `file` once; throws `PolicyFileError` (with every problem) when the first load fails. */
export const openPolicySource = (file: string): PolicySource => {
  const first = loadPolicyFile(file);
  if (!first.ok) throw new PolicyFileError(first.problems);
  let loaded = compile(first.policy);
  let watcher: FSWatcher | undefined;
  let debounce: NodeJS.Timeout | undefined;

  const reload = (): ReloadOutcome => {
    const outcome = loadPolicyFile(file);
    const version = loaded.policy.version;
    if (!outcome.ok) return { kind: 'refused', problems: outcome.problems, version };
    if (outcome.policy.version === version) return { kind: 'unchanged', version };
    loaded = compile(outcome.policy);
    return { kind: 'loaded', previousVersion: version, version: outcome.policy.version };
  };

  return {
    file,
    current: () => loaded,
    reload,
    watchFile: (onReload) => {
      try {
        // Watch the directory: editors replace files by renaming, which a file watch loses.
        watcher = watch(dirname(file), (_, name) => {
          if (name !== null && name !== basename(file)) return;
          clearTimeout(debounce);
          debounce = setTimeout(() => onReload(reload()), 100);
        });
      } catch {
        return false;
      }
      // The directory can go away later; stop watching rather than crash the bot.
      watcher.on('error', () => watcher?.close());
      watcher.unref();
      return true;
    },
    close: () => {
      clearTimeout(debounce);
      watcher?.close();
    },
  };
};
