/**
 * What the log keeps of an unexpected error: its class, its code and where it happened. Not its
 * message: a message can quote the input that caused it, and inputs are people's drafts.
 */
export const describeFault = (error: unknown): { readonly type: string; readonly code?: string; readonly stack?: string } => {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = error.stack
    ?.split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8)
    .join('\n');
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    ...(frames ? { stack: frames } : {}),
  };
};
