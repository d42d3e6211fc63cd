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

/** Text as a quote: every line behind `> `, rendered by `renderLine`. */
export const quoteLines = (text: string, renderLine: (line: string) => string): string =>
  text
    .split('\n')
    .map((line) => `> ${renderLine(line)}`)
    .join('\n');

/** The policy's words as a quote, each piece escaped for the platform and its `**bold**` in the platform's bold. */
export const quotePolicyText = (text: string, escape: (plain: string) => string, bold: (escaped: string) => string): string =>
  quoteLines(text, (line) => boldSegments(line).map((segment) => (segment.bold ? bold(escape(segment.text)) : escape(segment.text))).join(''));
