import { UserError } from './errors.ts';
import { foldText } from './normalise-text.ts';
import type { ParsedPolicy } from './policy-document.ts';
import { composeRewrite } from './compose-rewrite.ts';
import type { Detector, DetectorContext, OrganisationFacts, Signal } from './rules/detector.ts';
import { DETECTORS } from './rules/index.ts';
import { createTriggerIndex } from './rules/trigger-index.ts';
import { createLearnedDetector } from './learned/learned-detector.ts';
import { featureFactsOf } from './learned/draft-features.ts';
import type { LinearModel } from './learned/linear-model.ts';
import { shippedModel } from './learned/shipped-model.ts';
import { VERDICT_RANK, type Account, type CheckResult, type DraftInput, type Finding, type Severity, type Verdict } from './types.ts';

/** LinkedIn's limit for a post, the longest of the networks staff use. */
export const MAX_DRAFT_CHARS = 3000;
interface Citation {
  readonly clause: string;
  readonly severity: Severity;
  readonly account: Account | undefined;
}

/** A policy compiled for checking: which detectors run and which clauses each one cites. */
export interface Checker {
  readonly policy: ParsedPolicy;
  check(input: DraftInput): CheckResult;
}


const organisationFacts = (policy: ParsedPolicy): OrganisationFacts => {
  const { organisation, lexicons } = policy.document;
  const lowerLexicons = new Map(Object.entries(lexicons).map(([name, entries]) => [name, entries.map((entry) => entry.toLowerCase())]));
  return {
    names: featureFactsOf(policy.document).names,
    ownDomains: organisation.domains,
    lexicon: (name) => lowerLexicons.get(name) ?? [],
  };
};

const citationsByDetector = (policy: ParsedPolicy): Map<string, Citation[]> => {
  const citations = new Map<string, Citation[]>();
  for (const clause of policy.document.clauses) {
    for (const binding of clause.detectors) {
      const detector = typeof binding === 'string' ? binding : binding.detector;
      const bindingSeverity = typeof binding === 'string' ? undefined : binding.severity;
      const severity: Severity = bindingSeverity ?? (clause.severity === 'caution' ? 'caution' : 'stop');
      const account = typeof binding === 'string' ? undefined : binding.account;
      citations.set(detector, [...(citations.get(detector) ?? []), { clause: clause.id, severity, account }]);
    }
  }
  return citations;
};

export interface CheckerLimits {
  /** Longest draft accepted, in UTF-16 code units (default: MAX_DRAFT_CHARS). */
  readonly maxDraftChars?: number;
  /** The learned detector's model (default: the shipped one); `false` for the rules alone. */
  readonly learned?: LinearModel | false;
}

/**
 * When the rules already flagged a draft, they judged its severity on purpose (a neutral
 * competitor mention is a caution, not a stop), so the model adds to them only when nearly sure.
 */
const SURE_ENOUGH_TO_ADD = 0.97;

/** Where a finding came from when the learned detector raised it, for logs and tests. */
export const LEARNED_PREFIX = 'learned:';

/** Compiles a parsed policy into a checker; done once per policy version, not per draft. */
export const createChecker = (policy: ParsedPolicy, limits: CheckerLimits = {}): Checker => {
  const maxDraftChars = limits.maxDraftChars ?? MAX_DRAFT_CHARS;
  // Folding can lengthen text (NFKC turns one character into up to 18), so the folded text has a limit too.
  const maxFoldedChars = 2 * maxDraftChars;
  const organisation = organisationFacts(policy);
  const citations = citationsByDetector(policy);
  const detectors: readonly Detector[] = DETECTORS.filter((detector) => citations.has(detector.id));
  const triggers = createTriggerIndex(detectors);
  const detectorsById = new Map(detectors.map((detector) => [detector.id, detector]));
  const learned = limits.learned === false ? undefined : createLearnedDetector(limits.learned ?? shippedModel(), organisation, new Set(detectorsById.keys()));

  const check = ({ text, account }: DraftInput): CheckResult => {
    if (text.length > maxDraftChars) {
      throw new UserError('draft-too-long', `That draft is ${text.length} characters; the limit is ${maxDraftChars}. Check it in parts.`);
    }
    const folded = foldText(text);
    if (folded.folded.length > maxFoldedChars) {
      throw new UserError('draft-too-long', `That draft grows past ${maxFoldedChars} characters once normalised. Check it in parts.`);
    }
    const context: DetectorContext = { text: folded, account, organisation };
    const raised: { signal: Signal; citation: Citation; detector: string }[] = [];
    for (const detector of triggers.select(folded.folded)) {
      for (const signal of detector.detect(context)) {
        for (const citation of citations.get(detector.id) ?? []) {
          if (citation.account === undefined || citation.account === account) raised.push({ signal, citation, detector: detector.id });
        }
      }
    }

    if (learned) {
      // The model adds only what no rule of the same kind already found: rules give the
      // precise span and a rewrite, the model catches the same kind of post in other words.
      const needed = raised.length > 0 ? SURE_ENOUGH_TO_ADD : 0;
      for (const finding of learned.detect(folded, account)) {
        if (finding.probability < needed || raised.some(({ detector }) => detector === finding.detector)) continue;
        if (detectorsById.get(finding.detector)?.contradictsLearned?.(context, finding.span)) continue;
        const signal: Signal = { span: finding.span, reason: `Reads like this kind of post: ${detectorsById.get(finding.detector)?.description ?? finding.detector}` };
        for (const citation of citations.get(finding.detector) ?? []) {
          if (citation.account !== undefined && citation.account !== account) continue;
          // A clause a rule already cites, as severe, gains nothing from the model's reading but a
          // second, vaguer finding beside the precise one ("f u c k this" is swearing, not also a slur).
          if (raised.some((earlier) => earlier.citation.clause === citation.clause && VERDICT_RANK[earlier.citation.severity] >= VERDICT_RANK[citation.severity])) continue;
          raised.push({ signal, citation, detector: `${LEARNED_PREFIX}${finding.detector}` });
        }
      }
    }

    // Most drafts are fine: answer those at once, with no rewrite to build and nothing to sort.
    if (raised.length === 0) return { verdict: 'ok', findings: [] };
    const rewrite = composeRewrite(text, raised.map(({ signal }) => signal));
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const { signal, citation, detector } of raised) {
      const key = `${citation.clause} ${signal.span[0]} ${signal.span[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        clause: citation.clause,
        span: signal.span,
        reason: signal.reason,
        severity: citation.severity,
        detector,
        ...(signal.edit && rewrite !== undefined ? { rewrite } : {}),
      });
    }
    findings.sort((a, b) => VERDICT_RANK[b.severity] - VERDICT_RANK[a.severity] || a.span[0] - b.span[0] || a.clause.localeCompare(b.clause));
    const verdict = findings.reduce<Verdict>((worst, finding) => (VERDICT_RANK[finding.severity] > VERDICT_RANK[worst] ? finding.severity : worst), 'ok');
    return { verdict, findings };
  };

  return { policy, check };
};

const checkers = new WeakMap<ParsedPolicy, Checker>();

/** The checker of a policy, compiled once per policy object and shared by every caller. */
export const checkerFor = (policy: ParsedPolicy): Checker => {
  let checker = checkers.get(policy);
  if (!checker) {
    checker = createChecker(policy);
    checkers.set(policy, checker);
  }
  return checker;
};

/** Checks a draft against a policy: the verdict and the findings behind it (see verdicts.md). */
export const checkDraft = (policy: ParsedPolicy, input: DraftInput): CheckResult => checkerFor(policy).check(input);
