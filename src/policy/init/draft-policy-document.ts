import { itemTitle } from './advice-list.ts';
import { findMetadata } from './find-metadata.ts';
import { FORBIDS, forbiddenSummary } from './prohibition-list.ts';
import { readBody, type BodySegment } from './read-body.ts';
import { plainWords, sentencesOf } from './sentences.ts';
import { readUnits, type Unit } from './read-units.ts';
import { withoutMarker } from './split-blocks.ts';
import { suggestDetectors, type SuggestedBinding } from './suggest-detectors.ts';

/**
 * Drafts a policy document from a plain-text policy: sections and clauses from its headings and
 * paragraphs, ids from the headings, the text verbatim, every item of a "must not" list a `stop`
 * clause of its own whose summary says it is forbidden, and the walkthrough from the policy's
 * lists of advice. The policy owner then edits the draft; `policy validate` checks it.
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

/** "This part of the policy covers…": the heading opens a part of the policy, not a clause. */
const SECTION_INTRO = /^\s*(?:this (?:part|section)|the rules in this section|the following (?:rules|sections))\b/i;
const MAX_SUMMARY_CHARS = 240;
const MIN_INTRO_WORDS = 3;

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

const cut = (sentence: string): string => (sentence.length > MAX_SUMMARY_CHARS ? `${sentence.slice(0, MAX_SUMMARY_CHARS - 3)}…` : sentence);

/**
 * The first sentence of the first paragraph that has one ("Acceptable use:" introduces one),
 * without its list marker; key facts with no sentence at all, joined ("Policy owner: Ann Lee; Adopted on: …").
 */
const firstSentence = (paragraphs: readonly string[]): string => {
  const sentence = paragraphs.find((paragraph) => /[.!?]["'’”)]?(?=\s|$)/.test(paragraph));
  return cut(sentence ? sentencesOf(withoutMarker(sentence))[0]! : paragraphs.map((paragraph) => plainWords(withoutMarker(paragraph))).join('; '));
};

/** A piece of advice without its title: "Know the network. Employees should…" → "Employees should…". */
const adviceSummary = (paragraph: string): string => {
  const sentences = sentencesOf(withoutMarker(paragraph));
  return cut((itemTitle(paragraph) && sentences.length > 1 ? sentences[1] : sentences[0])!);
};

/** The first words of a rule, cut at a word boundary: "Share any detail that could identify a person…". */
const shortLabel = (text: string, maxWords = 8): string => {
  const words = plainWords(withoutMarker(text)).split(' ');
  return words.length <= maxWords ? words.join(' ').replace(/[.:;]$/, '') : `${words.slice(0, maxWords).join(' ').replace(/[,.:;]$/, '')}…`;
};

const boldPhrase = (text: string): string | undefined => /\*\*([^*]{3,80})\*\*/.exec(text)?.[1];

export interface DraftOptions {
  readonly knownDetectors: ReadonlySet<string>;
}

export const draftPolicyDocument = (text: string, { knownDetectors }: DraftOptions): Record<string, unknown> => {
  const { title, opening, units: headed } = readUnits(text);
  // Text before the first heading is the policy's preamble, unless it holds the rules themselves.
  const openingHasLists = readBody('General', opening).some((segment) => segment.kind !== 'text');
  const units: Unit[] = opening.length && (openingHasLists || headed.length === 0) ? [{ heading: 'General', paragraphs: opening }, ...headed] : headed;
  const preamble = units === headed ? opening : [];
  const metadata = findMetadata(text, title);
  const sections: DraftSection[] = [];
  const clauses: DraftClause[] = [];
  const walkthrough: string[] = [];
  let walkthroughIntro: string | undefined;
  const sectionIds = new Set<string>();
  const clauseIds = new Set<string>();
  /** Whether the headings that follow, when they have text of their own, are clauses of the current section. */
  let sectionOpen = false;

  const unique = (used: Set<string>, base: string): string => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const openSection = (title: string, open: boolean): DraftSection => {
    sections.push({ id: unique(sectionIds, slug(title, 2)), title, preamble: [] });
    sectionOpen = open;
    return sections.at(-1)!;
  };
  const currentSection = (): DraftSection => sections.at(-1) ?? openSection('General', false);

  const addClause = (clause: Omit<DraftClause, 'id' | 'section' | 'detectors'> & { idHint: string; detectorText: string; ownSection?: boolean }): string => {
    const section = currentSection();
    const detectors = suggestDetectors(clause.detectorText, knownDetectors);
    const id = unique(clauseIds, clause.ownSection ? slug(clause.idHint) : `${section.id}.${slug(clause.idHint)}`);
    clauses.push({
      id,
      section: section.id,
      heading: clause.heading,
      text: clause.text,
      summary: clause.summary,
      severity: clause.severity,
      ...(detectors.length ? { detectors } : {}),
    });
    return id;
  };
  const severityOf = (body: string): DraftClause['severity'] => {
    const detectors = suggestDetectors(body, knownDetectors);
    if (detectors.length === 0) return 'info';
    return detectors.every((binding) => typeof binding === 'object' && binding.severity === 'caution') ? 'caution' : 'stop';
  };

  /** A heading's own text as one clause; a clause that says it forbids something is a `stop`. */
  const addTextClause = (heading: string, paragraphs: readonly string[], ownSection: boolean): void => {
    const body = paragraphs.join('\n\n');
    const summary = firstSentence(paragraphs);
    addClause({ heading, idHint: heading, text: body, detectorText: body, summary, severity: FORBIDS.test(summary) ? 'stop' : severityOf(body), ownSection });
  };

  /** Each item of a prohibition list: a `stop` clause that quotes the lead with it and says in its summary that it is forbidden. */
  const addRules = (heading: string, segment: Extract<BodySegment, { kind: 'rules' }>): void => {
    for (const item of segment.items) {
      const label = item.map(boldPhrase).find(Boolean) ?? shortLabel(item[0]!);
      const body = item.join('\n\n');
      addClause({
        heading: `${heading}: ${label}`,
        idHint: label,
        text: segment.leadParagraph ? `${segment.leadParagraph}\n\n${body}` : body,
        detectorText: body,
        summary: forbiddenSummary(segment.lead, item[0]!, text),
        severity: 'stop',
      });
    }
  };

  /** Each piece of advice: a clause of its own and a step of the walkthrough. */
  const addAdvice = (segment: Extract<BodySegment, { kind: 'advice' }>): void => {
    // "Everyone who posts should follow these habits:" introduces the walkthrough; a bare "Do:" does not.
    if (walkthrough.length === 0 && segment.lead && segment.lead.trim().split(/\s+/).length >= MIN_INTRO_WORDS) walkthroughIntro = segment.lead.trim();
    for (const item of segment.items) {
      const heading = itemTitle(item[0]!) ?? shortLabel(item[0]!);
      const body = item.join('\n\n');
      walkthrough.push(addClause({ heading, idHint: heading, text: body, detectorText: body, summary: adviceSummary(item[0]!), severity: severityOf(body) }));
    }
  };

  units.forEach((unit, index) => {
    const { heading, paragraphs } = unit;
    if (paragraphs.length === 0) {
      // A heading with no text of its own opens a section for the headings under it.
      openSection(heading, true);
      return;
    }
    const segments = readBody(heading, paragraphs);
    const hasLists = segments.some((segment) => segment.kind !== 'text');
    const explicit = unit.level !== undefined;
    const top = explicit && unit.level === Math.min(...units.map((other) => other.level ?? Infinity));
    const introduces = SECTION_INTRO.test(paragraphs[0]!);
    // Without numbering, a heading opens a section when its text introduces one, when it holds a
    // list, or when no section is open to take it ("Breaches" after a "must not" list).
    const opens = explicit ? top : introduces || hasLists || !sectionOpen;
    if (opens) {
      const nextIsDeeper = explicit && (units[index + 1]?.level ?? 0) > unit.level!;
      openSection(heading, introduces || nextIsDeeper);
    }
    const section = currentSection();
    segments.forEach((segment, position) => {
      if (segment.kind === 'rules') addRules(heading, segment);
      else if (segment.kind === 'advice') addAdvice(segment);
      else if (opens && position === 0 && (segments.length > 1 || introduces || sectionOpen)) section.preamble.push(...segment.paragraphs);
      else addTextClause(heading, segment.paragraphs, opens && !hasLists);
    });
  });

  if (preamble.length) sections.unshift({ id: unique(sectionIds, 'general'), title: 'General', preamble });
  const today = new Date().toISOString().slice(0, 10);
  return {
    title: title ?? 'Social media policy',
    organisation: { name: metadata.organisation ?? 'Your organisation', aliases: [], domains: [...metadata.domains], accounts: [] },
    owner: { name: metadata.owner ?? 'The policy owner' },
    dates: { effective: metadata.effective ?? today, nextReview: metadata.nextReview ?? today },
    sections: sections.filter((candidate) => candidate.preamble.length > 0 || clauses.some((clause) => clause.section === candidate.id)),
    clauses,
    ...(walkthrough.length ? { walkthrough: { ...(walkthroughIntro ? { intro: walkthroughIntro } : {}), steps: walkthrough } } : {}),
    lexicons: {},
    synonyms: {},
  };
};
