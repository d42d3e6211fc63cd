/** Plain wording of policy text, for summaries and labels: no **bold** marks, one space between words. */
export const plainWords = (text: string): string => text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

/** Sentences end at ".", "!" or "?" before a space and a capital: "secretary@club.org.uk." stays whole. */
export const sentencesOf = (text: string): string[] => plainWords(text).split(/(?<=[.!?])\s+(?=[^\p{Ll}])/u);
