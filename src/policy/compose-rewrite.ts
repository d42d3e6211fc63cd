import type { Signal } from './rules/detector.ts';

/**
 * Builds one safer version of the draft from every signal's edit: replacements applied left to
 * right (an edit overlapping one already applied is skipped), additions appended once each.
 * Returns undefined when no signal knows how to make its part safe.
 */
export const composeRewrite = (draft: string, signals: readonly Signal[]): string | undefined => {
  const replacements = signals
    .flatMap((signal) => (signal.edit?.kind === 'replace' ? [{ span: signal.span, with: signal.edit.with }] : []))
    .sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const additions = [...new Set(signals.flatMap((signal) => (signal.edit?.kind === 'append' ? [signal.edit.text] : [])))];
  if (replacements.length === 0 && additions.length === 0) return undefined;

  let rewritten = '';
  let cursor = 0;
  for (const replacement of replacements) {
    if (replacement.span[0] < cursor) continue;
    rewritten += draft.slice(cursor, replacement.span[0]) + replacement.with;
    cursor = replacement.span[1];
  }
  rewritten += draft.slice(cursor);
  rewritten = rewritten.replace(/[ \t]{2,}/g, ' ').replace(/ ([,.!?;:])/g, '$1').trim();
  for (const addition of additions) rewritten += `${rewritten ? '\n\n' : ''}${addition}`;
  return rewritten;
};
