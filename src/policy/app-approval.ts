import { foldText } from './normalise-text.ts';
import { findAll, phrasePattern } from './rules/match.ts';
import type { ParsedPolicy } from './policy-document.ts';
import { VERDICT_RANK, type CheckResult, type Finding, type Span } from './types.ts';

/** The clause that forbids using an app with company accounts without approval. */
export const APP_APPROVAL_CLAUSE = 'security.app-approval';

/**
 * Tools people connect to social media accounts (schedulers, design, automation, AI writers).
 * A policy adds its own under `lexicons.apps`; apps in the register are known too.
 */
const GENERAL_APPS = [
  'hootsuite', 'sprout social', 'agorapulse', 'socialbee', 'coschedule', 'loomly', 'planoly', 'sendible', 'metricool', 'publer',
  'zapier', 'ifttt', 'make.com', 'chatgpt', 'copy.ai', 'jasper ai', 'linktree', 'meta business suite', 'canva', 'capcut',
  'mailchimp', 'manychat', 'tailwind app', 'dlvr.it', 'buffer', 'later',
];
/** Names that are also ordinary words count only when written as a name ("Buffer", not "a buffer"). */
const ORDINARY_WORDS = new Set(['buffer', 'later']);

export interface AppMention {
  /** Lower-case app name. */
  readonly app: string;
  readonly span: Span;
}

const simplify = (name: string): string => name.trim().toLowerCase();
const patterns = new WeakMap<ParsedPolicy, RegExp>();
/** The pattern with the register's apps, for the register as last seen: built again only when it changes. */
const withRegistered = new WeakMap<ParsedPolicy, { readonly key: string; readonly pattern: RegExp }>();

const patternFor = (policy: ParsedPolicy, registered: readonly string[]): RegExp => {
  if (registered.length > 0) {
    const key = registered.join('\n');
    const cached = withRegistered.get(policy);
    if (cached?.key === key) return cached.pattern;
    const built = phrasePattern([...GENERAL_APPS, ...(policy.document.lexicons.apps ?? []), ...registered]);
    withRegistered.set(policy, { key, pattern: built });
    return built;
  }
  let pattern = patterns.get(policy);
  if (!pattern) {
    pattern = phrasePattern([...GENERAL_APPS, ...(policy.document.lexicons.apps ?? [])]);
    patterns.set(policy, pattern);
  }
  return pattern;
};

/** The apps a text names, once each, with where. `registered` are names the register knows. */
export const findAppMentions = (policy: ParsedPolicy, text: string, registered: readonly string[] = []): AppMention[] => {
  const folded = foldText(text);
  const seen = new Set<string>();
  const mentions: AppMention[] = [];
  for (const match of findAll(folded, patternFor(policy, registered.map(simplify)))) {
    const app = match.text.replace(/\s+/g, ' ');
    const written = text.slice(match.span[0], match.span[1]);
    if (ORDINARY_WORDS.has(app) && !/^\p{Lu}/u.test(written)) continue;
    if (seen.has(app)) continue;
    seen.add(app);
    mentions.push({ app, span: match.span });
  }
  return mentions;
};


/**
 * Adds a `security.app-approval` finding for each app a draft names that the register has not
 * approved: a reminder to check before connecting it to a company account. Pure: the caller
 * asks the register. A policy without that clause is returned unchanged.
 */
export const withAppApproval = (policy: ParsedPolicy, result: CheckResult, mentions: readonly AppMention[], approved: readonly string[]): CheckResult => {
  if (!policy.document.clauses.some((clause) => clause.id === APP_APPROVAL_CLAUSE)) return result;
  const approvedSet = new Set(approved.map(simplify));
  const findings: Finding[] = mentions
    .filter((mention) => !approvedSet.has(mention.app))
    .map((mention) => ({
      clause: APP_APPROVAL_CLAUSE,
      span: mention.span,
      reason: `"${mention.app}" is not an approved app for the company's accounts; ask ${policy.document.owner.name} before using it with them.`,
      severity: 'caution',
      detector: 'app-approval',
    }));
  if (findings.length === 0) return result;
  const verdict = VERDICT_RANK[result.verdict] >= VERDICT_RANK.caution ? result.verdict : 'caution';
  return { verdict, findings: [...result.findings, ...findings] };
};
