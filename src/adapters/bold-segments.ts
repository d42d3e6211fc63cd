/**
 * Policy documents mark emphasis the way the seed policy does, `**like this**`. Each platform
 * shows emphasis its own way, so renderers split quotes into plain and bold pieces and escape
 * each piece for their platform.
 */
export interface Segment {
  readonly text: string;
  readonly bold: boolean;
}

const BOLD = /\*\*([^*\n]+)\*\*/g;

export const boldSegments = (text: string): Segment[] => {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(BOLD)) {
    if (match.index > cursor) segments.push({ text: text.slice(cursor, match.index), bold: false });
    segments.push({ text: match[1]!, bold: true });
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), bold: false });
  return segments;
};
