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

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = String.raw`(\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:${MONTHS.join('|')})[ \t]+\d{4})`;
const PERSON = String.raw`(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3})`;

/** UK day-first dates ("01/02/2019", "3 March 2025") and ISO dates, as ISO. */
const toIsoDate = (text: string): string | undefined => {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return text;
  const written = /^(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+)\s+(\d{4})$/u.exec(text);
  if (written) return `${written[3]}-${String(MONTHS.indexOf(written[2]!.toLowerCase()) + 1).padStart(2, '0')}-${written[1]!.padStart(2, '0')}`;
  const dayFirst = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (!dayFirst) return undefined;
  const [, day, month, year] = dayFirst;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
};

const first = (text: string, pattern: RegExp): string | undefined => pattern.exec(text)?.[1]?.trim();

/** The organisation is the name most often written after "at", "of", "for" or "by" (capitalised), or before "'s". */
const mostNamedOrganisation = (text: string): string | undefined => {
  const counts = new Map<string, number>();
  const named = [
    ...text.matchAll(/\b(?:at|of|for|by|within)[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}&'’]*(?:[ \t]+\p{Lu}[\p{L}&'’]*){0,2})/gu),
    // "Acme Bakery's customers": a name of two or more capitalised words, owning something.
    ...text.matchAll(/(?<![\p{L}'’])(\p{Lu}[\p{L}&]*(?:[ \t]+\p{Lu}[\p{L}&]*){1,2})['’]s\b/gu),
  ];
  for (const match of named) {
    const name = match[1]!.replace(/['’]s$/, '');
    if (/^(?:I|The|This|It|Policy|Social|Twitter|Facebook|Instagram|LinkedIn)$/.test(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : undefined;
};

/** Title words that describe the policy or its readers, never an organisation's name. */
const NOT_A_NAME = /^(?:our|the|this|a|staff|employees?|volunteers?|members?|company|corporate|personal|acceptable|internal|draft|new|updated|revised|general|group|team|workplace|website|it|email|and|use|media|policy)$/i;
const POLICY_WORDS = /(?:(?:social[ -]media|social[ -]networking|online|internet|digital|communications?)[ \t]+)?(?:use[ \t]+)?polic(?:y|ies)\b/iu;

/**
 * The organisation a title names: "Acme Bakery social media policy", "Social Media Policy –
 * Riverside Dental Practice", "Social media policy for Greenway Nursery". Undefined for
 * "Social media policy" or "Staff social media policy".
 */
export const titledOrganisation = (title: string): string | undefined => {
  const match = POLICY_WORDS.exec(title.replace(/\*\*/g, ''));
  if (!match) return undefined;
  const sides = [title.slice(0, match.index), title.slice(match.index + match[0].length)].map((side) =>
    side
      .replace(/^[\s\-–—:|,]+|[\s\-–—:|,]+$/g, '')
      .replace(/^(?:for|of|at|by|from)\s+(?:the\s+)?/i, '')
      .replace(/['’]s$/, ''),
  );
  return sides.find((side) => {
    const words = side.split(/\s+/);
    return side !== '' && words.length <= 6 && words.every((word) => /^(?:[\p{Lu}\p{N}]|&|and$|of$|the$)/u.test(word)) && !NOT_A_NAME.test(words[0]!);
  });
};

/** "ACME LTD" from a title in capitals, as the body writes it: "Acme Ltd". */
const asWrittenInBody = (name: string | undefined, text: string): string | undefined => {
  if (!name || name !== name.toUpperCase()) return name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(String.raw`\b${escaped}\b`, 'gi'))].map((match) => match[0]).find((written) => written !== name) ?? name;
};

/** What `text` says about itself; `title` is its title line, which often names the organisation. */
export const findMetadata = (text: string, title = ''): PolicyMetadata => {
  const effective = first(text, new RegExp(String.raw`(?:operational|effective|came into (?:effect|force)|adopted|approved|in force)[^\n\d]{0,30}${DATE}`, 'i'));
  // "Last reviewed: 2024…" is not the next review: a date written after "next review" wins.
  const nextReview = first(text, new RegExp(String.raw`next review(?: date)?[^\n\d]{0,30}${DATE}`, 'i')) ?? first(text, new RegExp(String.raw`review(?:ed)?(?: date)?[^\n\d]{0,30}${DATE}`, 'i'));
  const domains = [...new Set([...text.matchAll(/\b((?:[a-z0-9-]+\.)+(?:co\.uk|org\.uk|ac\.uk|com|org|net|uk|io))\b/gi)].map((match) => match[1]!.toLowerCase().replace(/^www\./, '')))];
  return {
    organisation: asWrittenInBody(titledOrganisation(title), text) ?? mostNamedOrganisation(text),
    owner: first(text, new RegExp(String.raw`(?:prepared by|written by|policy owner|policy lead|owned by|responsible person)[ \t]*:?[ \t]*${PERSON}`, 'iu')),
    effective: effective ? toIsoDate(effective) : undefined,
    nextReview: nextReview ? toIsoDate(nextReview) : undefined,
    domains,
  };
};
