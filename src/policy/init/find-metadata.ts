/**
 * What a plain-text policy says about itself: its organisation, owner, dates and domains.
 * Each is a best guess for the policy owner to check; nothing here is invented.
 */
export interface PolicyMetadata {
  readonly organisation?: string;
  readonly owner?: string;
  readonly effective?: string;
  readonly nextReview?: string;
  readonly domains: readonly string[];
}

const DATE = String.raw`(\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})`;
const PERSON = String.raw`(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3})`;

/** UK day-first dates ("01/02/2019") and ISO dates, as ISO. */
const toIsoDate = (text: string): string | undefined => {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return text;
  const dayFirst = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (!dayFirst) return undefined;
  const [, day, month, year] = dayFirst;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
};

const first = (text: string, pattern: RegExp): string | undefined => pattern.exec(text)?.[1]?.trim();

/** The organisation is the name most often written after "at", "of", "for" or "by" (capitalised). */
const mostNamedOrganisation = (text: string): string | undefined => {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/\b(?:at|of|for|by|within)[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}&'’]*(?:[ \t]+\p{Lu}[\p{L}&'’]*){0,2})/gu)) {
    const name = match[1]!.replace(/['’]s$/, '');
    if (/^(?:I|The|This|It|Policy|Social|Twitter|Facebook|Instagram|LinkedIn)$/.test(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : undefined;
};

export const findMetadata = (text: string): PolicyMetadata => {
  const effective = first(text, new RegExp(String.raw`(?:operational|effective|came into (?:effect|force)|adopted|in force)[^\n\d]{0,30}${DATE}`, 'i'));
  const nextReview = first(text, new RegExp(String.raw`review(?:ed)?(?: date)?[^\n\d]{0,30}${DATE}`, 'i'));
  const domains = [...new Set([...text.matchAll(/\b((?:[a-z0-9-]+\.)+(?:co\.uk|org\.uk|ac\.uk|com|org|net|uk|io))\b/gi)].map((match) => match[1]!.toLowerCase().replace(/^www\./, '')))];
  return {
    organisation: mostNamedOrganisation(text),
    owner: first(text, new RegExp(String.raw`(?:prepared by|policy owner|owned by|responsible person)[ \t]*:?[ \t]*${PERSON}`, 'iu')),
    effective: effective ? toIsoDate(effective) : undefined,
    nextReview: nextReview ? toIsoDate(nextReview) : undefined,
    domains,
  };
};
