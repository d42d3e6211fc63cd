import { findMetadata } from './find-metadata.ts';
import { splitBlocks, type Block } from './split-blocks.ts';
import { suggestDetectors, type SuggestedBinding } from './suggest-detectors.ts';

/**
 * Drafts a policy document from a plain-text policy: sections and clauses from its headings and
 * paragraphs, ids from the headings, the text verbatim, and the walkthrough from a list of short
 * titled pieces of advice ("Know the network. Employees should…") when there is one. The policy
 * owner then edits the draft; `policy validate` checks it.
 */

interface DraftClause {
  id: string;
  section: string;
  heading: string;
  text: string;
  summary: string;
  severity: 'stop' | 'caution' | 'info';
  detectors?: SuggestedBinding[];
}

interface DraftSection {
  id: string;
  title: string;
  preamble: string[];
}

/** "Know the social network. Employees should…" → "Know the social network". */
const TITLED_ITEM = /^\s*(\p{Lu}[^.!?:\n]{2,60}[.!?])\s+\p{Lu}/u;
const itemTitle = (paragraph: string): string | undefined => {
  const title = TITLED_ITEM.exec(paragraph)?.[1];
  return title && title.split(/\s+/).length <= 7 ? title.replace(/[.!?]$/, '') : undefined;
};
const MIN_ADVICE_RUN = 3;
/** "This part of the policy covers…": the heading opens a part of the policy, not a clause. */
const SECTION_INTRO = /^\s*(?:this (?:part|section)|the rules in this section|the following (?:rules|sections))\b/i;
/** "Users must not:" introduces a list where each paragraph is a rule of its own. */
const RULE_LIST_LEAD = /\b(?:must not|may not|should not|must never|are not allowed to|prohibited)\b[^.]*:\s*$/i;
/** A paragraph that explains the rule before it rather than starting a new one. */
const ELABORATION = /^\s*(?:this|these|that|such|for (?:example|instance)|e\.g\.|in particular)\b|^\s*[\p{L} ]{3,40}\b(?:includes?|means|covers)\b/iu;

export const slug = (text: string, maxWords = 4): string =>
  text
    .toLowerCase()
    .replace(/\*\*/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !['a', 'an', 'the', 'and', 'of', 'to', 'or', 'for', 'in', 'on', 'with', 'at', 'by'].includes(word))
    .slice(0, maxWords)
    .join('-') || 'clause';

/** The first sentence, or the one after a short title sentence ("Know the network. Employees should…"). */
const firstSentence = (text: string): string => {
  const plain = text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  const sentences = plain.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [plain];
  const titled = sentences.length > 1 && sentences[0]!.trim().split(' ').length <= 7;
  const sentence = (titled ? sentences[1]! : sentences[0]!).trim();
  return sentence.length > 240 ? `${sentence.slice(0, 237)}…` : sentence;
};

/** The first words of a rule, cut at a word boundary: "Share any detail that could identify a person…". */
const shortLabel = (text: string, maxWords = 8): string => {
  const words = text.replace(/\*\*/g, '').trim().split(/\s+/);
  return words.length <= maxWords ? words.join(' ').replace(/[.:;]$/, '') : `${words.slice(0, maxWords).join(' ').replace(/[,.:;]$/, '')}…`;
};

const boldPhrase = (text: string): string | undefined => /\*\*([^*]{3,80})\*\*/.exec(text)?.[1];

export interface DraftOptions {
  readonly knownDetectors: ReadonlySet<string>;
}

export const draftPolicyDocument = (text: string, { knownDetectors }: DraftOptions): Record<string, unknown> => {
  const blocks = splitBlocks(text);
  const metadata = findMetadata(text);
  const title = blocks[0]?.kind === 'heading' ? blocks.shift()!.text : 'Social media policy';
  const sections: DraftSection[] = [];
  const clauses: DraftClause[] = [];
  const walkthrough: string[] = [];
  const usedIds = new Set<string>();

  const section = (): DraftSection => {
    if (sections.length === 0) sections.push({ id: 'general', title: 'General', preamble: [] });
    return sections.at(-1)!;
  };
  const uniqueId = (base: string): string => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  const addClause = (heading: string, paragraphs: string[], idHint = heading): string => {
    const body = paragraphs.join('\n\n');
    const current = section();
    const detectors = suggestDetectors(body, knownDetectors);
    const onlyCaution = detectors.every((binding) => typeof binding === 'object' && binding.severity === 'caution');
    const id = uniqueId(`${current.id}.${slug(idHint)}`);
    clauses.push({
      id,
      section: current.id,
      heading,
      text: body,
      summary: firstSentence(body),
      severity: detectors.length === 0 ? 'info' : onlyCaution ? 'caution' : 'stop',
      ...(detectors.length ? { detectors } : {}),
    });
    return id;
  };

  /** The paragraphs under one clause heading, split into rules and advice items where the text lists them. */
  const addHeadingBody = (heading: string, paragraphs: string[]): void => {
    const runStart = paragraphs.findIndex((_, index) => paragraphs.slice(index, index + MIN_ADVICE_RUN).filter((p) => itemTitle(p)).length === MIN_ADVICE_RUN);
    if (runStart >= 0) {
      sections.push({ id: uniqueId(slug(heading, 2)), title: heading, preamble: paragraphs.slice(0, runStart) });
      for (const paragraph of paragraphs.slice(runStart)) {
        const itemHeading = itemTitle(paragraph);
        if (itemHeading) walkthrough.push(addClause(itemHeading, [paragraph]));
        else clauses.at(-1)!.text += `\n\n${paragraph}`;
      }
      return;
    }
    const leadIndex = paragraphs.findIndex((paragraph) => RULE_LIST_LEAD.test(paragraph));
    if (leadIndex < 0 || leadIndex === paragraphs.length - 1) {
      addClause(heading, paragraphs);
      return;
    }
    const addRule = (rule: string[]): void => {
      const label = rule.map(boldPhrase).find(Boolean) ?? shortLabel(rule.find((paragraph) => !RULE_LIST_LEAD.test(paragraph)) ?? rule[0]!);
      addClause(`${heading}: ${label}`, rule, label);
    };
    let rule: string[] = paragraphs.slice(0, leadIndex + 2);
    for (const paragraph of paragraphs.slice(leadIndex + 2)) {
      if (ELABORATION.test(paragraph) || RULE_LIST_LEAD.test(rule.at(-1)!)) {
        rule.push(paragraph);
        continue;
      }
      addRule(rule);
      rule = [paragraph];
    }
    addRule(rule);
  };

  for (let index = 0; index < blocks.length; ) {
    const block: Block = blocks[index]!;
    if (block.kind === 'paragraph') {
      section().preamble.push(block.text);
      index += 1;
      continue;
    }
    const paragraphs: string[] = [];
    let next = index + 1;
    while (next < blocks.length && blocks[next]!.kind === 'paragraph') paragraphs.push(blocks[next++]!.text);
    if (paragraphs.length === 0 || SECTION_INTRO.test(paragraphs[0]!) || RULE_LIST_LEAD.test(paragraphs[0]!)) {
      // A heading with no text of its own, or whose text introduces a part, opens a section.
      const rulesStart = paragraphs.findIndex((paragraph) => RULE_LIST_LEAD.test(paragraph));
      const introEnd = rulesStart >= 0 ? rulesStart : paragraphs.length;
      sections.push({ id: uniqueId(slug(block.text, 2)), title: block.text, preamble: paragraphs.slice(0, introEnd) });
      if (rulesStart >= 0) addHeadingBody(block.text, paragraphs.slice(rulesStart));
    } else addHeadingBody(block.text, paragraphs);
    index = next;
  }

  const today = new Date().toISOString().slice(0, 10);
  return {
    title,
    organisation: { name: metadata.organisation ?? 'Your organisation', aliases: [], domains: [...metadata.domains], accounts: [] },
    owner: { name: metadata.owner ?? 'The policy owner' },
    dates: { effective: metadata.effective ?? today, nextReview: metadata.nextReview ?? today },
    sections: sections.filter((candidate) => candidate.preamble.length > 0 || clauses.some((clause) => clause.section === candidate.id)),
    clauses,
    ...(walkthrough.length ? { walkthrough: { steps: walkthrough } } : {}),
    lexicons: {},
    synonyms: {},
  };
};
