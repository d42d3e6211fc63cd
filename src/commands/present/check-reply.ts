import type { Account, CheckResult, Finding } from '../../policy/types.ts';
import type { Reply, ReplyBlock } from '../request.ts';
import { makeReply } from './make-reply.ts';
import { VERDICT_MEANING, VERDICT_WORD } from './verdict-words.ts';

/** Enough findings to act on; the rest are counted so nothing is silently dropped. */
export const MAX_FINDINGS_SHOWN = 8;
const MAX_EXCERPT = 80;

const excerptOf = (draft: string, [start, end]: readonly [number, number]): string => {
  const excerpt = draft.slice(start, end).replace(/\s+/g, ' ').trim();
  return excerpt.length > MAX_EXCERPT ? `${excerpt.slice(0, MAX_EXCERPT - 1)}…` : excerpt;
};

/** The answer to "can I post this?": the verdict, each finding with its clauses, one suggested rewrite. */
export const presentCheck = (draft: string, result: CheckResult, account: Account | undefined): Reply => {
  const blocks: ReplyBlock[] = [{ type: 'heading', text: `${VERDICT_WORD[result.verdict]}: ${VERDICT_MEANING[result.verdict]}` }];
  if (result.findings.length === 0) {
    blocks.push({ type: 'text', text: 'Nothing in this draft goes against the policy.' });
  }
  // One detector signal often cites several clauses: one block per signal, naming every clause.
  const bySignal = new Map<string, { finding: Finding; clauses: string[]; excerpts: string[] }>();
  for (const finding of result.findings) {
    const key = `${finding.severity} ${finding.span[0]} ${finding.span[1]} ${finding.reason}`;
    const group = bySignal.get(key);
    if (group) group.clauses.push(finding.clause);
    else bySignal.set(key, { finding, clauses: [finding.clause], excerpts: [excerptOf(draft, finding.span)] });
  }
  // The same reason for the same clauses in several places of the draft: one block, every place quoted.
  const groups = new Map<string, { finding: Finding; clauses: string[]; excerpts: string[] }>();
  for (const group of bySignal.values()) {
    const key = `${group.finding.severity} ${group.finding.reason} ${group.clauses.join(' ')}`;
    const same = groups.get(key);
    if (same) same.excerpts.push(...group.excerpts.filter((excerpt) => !same.excerpts.includes(excerpt)));
    else groups.set(key, group);
  }
  const shown = [...groups.values()];
  let rewriteShown = false;
  for (const { finding, clauses, excerpts } of shown.slice(0, MAX_FINDINGS_SHOWN)) {
    // The rewrite is of the whole draft and the same on every finding that has one: show it once.
    const rewrite: string | undefined = rewriteShown ? undefined : finding.rewrite;
    rewriteShown ||= rewrite !== undefined;
    blocks.push({
      type: 'finding',
      clause: clauses.join(', '),
      severity: finding.severity,
      reason: finding.reason,
      excerpt: excerpts.join(' … '),
      ...(rewrite === undefined ? {} : { rewrite }),
    });
  }
  const hidden = shown.slice(MAX_FINDINGS_SHOWN);
  if (hidden.length > 0) {
    const clauses = [...new Set(hidden.flatMap((group) => group.clauses))];
    blocks.push({ type: 'context', text: `${hidden.length} more finding(s), citing ${clauses.join(', ')}.` });
  }
  blocks.push({ type: 'context', text: account ? `Checked for a ${account} account. Only you can see this.` : 'Only you can see this.' });
  return makeReply(blocks);
};
