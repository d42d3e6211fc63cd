import { describe, expect, it } from 'vitest';
import { createChecker, LEARNED_PREFIX } from '../../../src/policy/check-draft.ts';
import { linearModel, packWeights } from '../../../src/policy/learned/linear-model.ts';
import { loadZrtherapy } from '../../helpers/policy.ts';

// A hand-made model, so these tests pin down how the checker uses ANY model: "zebra" reads as
// a client disclosure, "giraffe" as speaking for the organisation, "lemur" mildly as spam.
const labels = ['ok', 'client-disclosure', 'speaking-for-organisation', 'chain-or-spam'];
const model = linearModel({
  version: 3,
  corpusSha256: '0'.repeat(64),
  labels,
  neutralLabel: 0,
  threshold: 0.7,
  bias: [2, 0, 0, 0],
  ...packWeights(
    new Map([
      ['zebra', [0, 40, 0, 0]],
      ['giraffe', [0, 0, 40, 0]],
      ['lemur', [0, 0, 0, 15]],
    ]),
    labels.length,
  ),
});
const policy = loadZrtherapy();
const checker = createChecker(policy, { learned: model });

describe('the checker with a learned model', () => {
  it("cites the clauses the policy binds to the model's label, on the sentence that decided it", () => {
    const text = 'Lovely sunny morning. The zebra came in at nine today.';
    const result = checker.check({ text });
    expect(result.verdict).toBe('stop');
    expect(result.findings.map((finding) => finding.clause).sort()).toEqual(['safe.discussing-others', 'security.confidential-information', 'security.data-protection']);
    for (const finding of result.findings) {
      expect(finding.detector).toBe(`${LEARNED_PREFIX}client-disclosure`);
      expect(text.slice(...finding.span)).toBe('The zebra came in at nine today');
      expect(finding.reason).toMatch(/^Reads like this kind of post: /);
      expect(finding.rewrite).toBeUndefined();
    }
  });

  it('keeps account-specific bindings: speaking for the practice is a caution on personal accounts only', () => {
    const text = 'The giraffe says hello to everyone this week.';
    expect(checker.check({ text, account: 'personal' }).findings.map((finding) => finding.clause)).toEqual(['personal.own-views-disclaimer']);
    expect(checker.check({ text, account: 'company' }).verdict).toBe('ok');
  });

  it('adds to what the rules found only when nearly sure', () => {
    // On its own the "lemur" reading is enough to speak…
    const alone = checker.check({ text: 'What a grey day, the lemur was late.' });
    expect(alone.findings.map((finding) => finding.detector)).toContain(`${LEARNED_PREFIX}chain-or-spam`);
    // …but once the rules flag the swearing, only the sure "zebra" reading is added.
    const mild = checker.check({ text: 'What a shit day, the lemur was late.' });
    expect(mild.findings.some((finding) => finding.detector.startsWith(LEARNED_PREFIX))).toBe(false);
    const sure = checker.check({ text: 'What a shit day, the zebra was late.' });
    expect(sure.findings.some((finding) => finding.detector === `${LEARNED_PREFIX}client-disclosure`)).toBe(true);
  });

  it('says nothing the rules alone would not when the model is unsure', () => {
    const rulesOnly = createChecker(policy, { learned: false });
    const text = 'Our opening hours change next week, see you soon.';
    expect(checker.check({ text })).toEqual(rulesOnly.check({ text }));
  });
});

describe('a learned finding beside a rule that cites the same clause', () => {
  // "okapi" reads as offensive content, "tapir" as rudeness about a competitor, both sure.
  const sureLabels = ['ok', 'offensive-content', 'competitor-rude'];
  const sure = createChecker(policy, {
    learned: linearModel({
      version: 3,
      corpusSha256: '0'.repeat(64),
      labels: sureLabels,
      neutralLabel: 0,
      threshold: 0.7,
      bias: [2, 0, 0],
      ...packWeights(new Map([['okapi', [0, 60, 0]], ['tapir', [0, 0, 60]]]), sureLabels.length),
    }),
  });

  it('is left out when the rule already cites that clause as severely', () => {
    const result = sure.check({ text: 'What a shit day, the okapi was late.' });
    expect(result.findings.map((finding) => finding.detector)).toEqual(['profanity']);
    expect(result.findings.map((finding) => finding.clause)).toEqual(['safe.inappropriate-content']);
  });

  it('is kept when it makes the clause more severe: rudeness where the rule saw a neutral mention', () => {
    const result = sure.check({ text: 'Congratulations to Meadow Counselling on ten years, the tapir says.' });
    expect(result.verdict).toBe('stop');
    expect(result.findings.map((finding) => finding.detector)).toContain(`${LEARNED_PREFIX}competitor-rude`);
  });
});

describe('a learned reading of business figures the draft says are public', () => {
  // "quokka" reads as confidential business figures, surely.
  const figureLabels = ['ok', 'business-figures'];
  const figures = createChecker(policy, {
    learned: linearModel({
      version: 3,
      corpusSha256: '0'.repeat(64),
      labels: figureLabels,
      neutralLabel: 0,
      threshold: 0.7,
      bias: [2, 0],
      ...packWeights(new Map([['quokka', [0, 60]]]), figureLabels.length),
    }),
  });

  it('gives way when the passage says the figures were announced or published', () => {
    for (const text of ['The quokka session fee goes to £65 in April, as announced in our spring newsletter.', 'Quokka prices from June are already published: £70 a session.']) {
      expect(figures.check({ text }).findings, text).toEqual([]);
    }
  });

  it('stands when it says the opposite, or nothing', () => {
    for (const text of [
      'The quokka session fee goes to £65 in April, not yet announced.',
      'The quokka session fee goes to £65 in April.',
      'The quokka session fee goes to £65 in April, as announced in the staff meeting; don’t tell clients yet.',
    ]) {
      expect(figures.check({ text }).findings.map((finding) => finding.clause), text).toContain('security.confidential-information');
    }
  });
});

describe('a learned reading of a request for sensitive details in a poll', () => {
  // "wombat" reads as a request for sensitive details, surely.
  const requestLabels = ['ok', 'sensitive-details-request'];
  const requests = createChecker(policy, {
    learned: linearModel({
      version: 3,
      corpusSha256: '0'.repeat(64),
      labels: requestLabels,
      neutralLabel: 0,
      threshold: 0.7,
      bias: [2, 0],
      ...packWeights(new Map([['wombat', [0, 60]]]), requestLabels.length),
    }),
  });

  it('gives way when the draft asks for opinions and names no detail of anyone', () => {
    const text = 'Which wombat workshop are you most looking forward to? Tell us in the comments!';
    expect(requests.check({ text }).findings).toEqual([]);
  });

  it('stands when a detail is named, or nothing is asked but details', () => {
    for (const text of ['Which wombat workshop are you most looking forward to? Reply with your email and phone too!', 'Wombat sign-up: reply below with your postcode and date of birth.']) {
      expect(requests.check({ text }).verdict, text).toBe('stop');
    }
  });

  it('also lets an annual report count as public for business figures', () => {
    const figureLabels = ['ok', 'business-figures'];
    const figures = createChecker(policy, {
      learned: linearModel({ version: 3, corpusSha256: '0'.repeat(64), labels: figureLabels, neutralLabel: 0, threshold: 0.7, bias: [2, 0], ...packWeights(new Map([['quokka', [0, 60]]]), 2) }),
    });
    expect(figures.check({ text: 'Quokka income was £240k last year, as published in our annual report.' }).findings).toEqual([]);
  });
});
