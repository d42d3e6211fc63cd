import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { ParsedPolicy, ParseOutcome } from './policy/policy-document.ts';
import { loadPolicyFileLazily } from './read-policy-file.ts';

/**
 * The policy the bot is running, and its replacement when the file changes. A new file is
 * validated first; a bad one leaves the running policy in place and reports every problem.
 * Checking code is not loaded here: a policy's checker is compiled (`checkerFor`) when a request
 * first needs it, so a start whose policy is in the parse cache loads no rule.
 */
export interface LoadedPolicy {
  readonly policy: ParsedPolicy;
}

export type ReloadOutcome =
  | { readonly kind: 'loaded'; readonly previousVersion: string; readonly version: string }
  | { readonly kind: 'unchanged'; readonly version: string }
  | { readonly kind: 'refused'; readonly problems: readonly string[]; readonly version: string };

export interface PolicySource {
  readonly file: string;
  current(): LoadedPolicy;
  /** Reads the file again; on success later requests see the new policy. Reloads run one at a time, in call order. */
  reload(): Promise<ReloadOutcome>;
  /**
   * Reloads whenever the file changes on disk; `onReload` hears every outcome. Returns false when
   * the file system cannot be watched (no inotify watches left, no permission): SIGHUP still reloads.
   */
  watchFile(onReload: (outcome: ReloadOutcome) => void): boolean;
  close(): void;
}

export class PolicyFileError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super('the policy file does not validate');
    this.problems = problems;
  }
}

/**
 * Loads `file` once; rejects with `PolicyFileError` (with every problem) when the first load fails.
 * `beforeParse` runs before the parser loads, whenever the parse cache misses (see read-policy-file.ts).
 */
export const openPolicySource = async (file: string, beforeParse?: () => Promise<void>): Promise<PolicySource> => {
  const first = await loadPolicyFileLazily(file, beforeParse);
  if (!first.ok) throw new PolicyFileError(first.problems);
  let loaded: LoadedPolicy = { policy: first.policy };
  let watcher: FSWatcher | undefined;
  let debounce: NodeJS.Timeout | undefined;
  let reloading: Promise<unknown> = Promise.resolve();

  const reloadNow = async (): Promise<ReloadOutcome> => {
    const version = loaded.policy.version;
    // An unexpected fault (the parser failing to load, a bug in checking) leaves the running policy in place.
    const outcome = await loadPolicyFileLazily(file, beforeParse).catch(
      (error: unknown): ParseOutcome => ({ ok: false, problems: [`${file}: could not be reloaded (${error instanceof Error ? error.name : 'unknown fault'})`] }),
    );
    if (!outcome.ok) return { kind: 'refused', problems: outcome.problems, version };
    if (outcome.policy.version === version) return { kind: 'unchanged', version };
    loaded = { policy: outcome.policy };
    return { kind: 'loaded', previousVersion: version, version: outcome.policy.version };
  };
  // One at a time: two overlapping reloads must not finish out of order and leave the older file running.
  const reload = (): Promise<ReloadOutcome> => {
    const next = reloading.then(reloadNow, reloadNow);
    reloading = next;
    return next;
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
          debounce = setTimeout(() => void reload().then(onReload), 100);
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
