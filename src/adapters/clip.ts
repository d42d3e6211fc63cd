/** Text cut to a platform's limit, with an ellipsis when cut (platforms reject a whole message over a limit). */
export const clip = (text: string, limit: number): string => (text.length <= limit ? text : `${text.slice(0, limit - 1)}…`);
