import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const check = (text: string, account: 'personal' | 'company' = 'personal') => checker.check({ text, account });
const findingsOf = (text: string, account: 'personal' | 'company' = 'personal') =>
  check(text, account).findings.filter((finding) => finding.detector === 'speaking-for-organisation');

describe('speaking-for-organisation', () => {
  it.each([
    ['At ZRTherapy we think everyone deserves a therapist who listens.', 'At ZRTherapy'],
    ['Excited to share that ZRTherapy is launching a trauma group next month!', 'share that ZRTherapy'],
    ['ZRTherapy’s view is that short-term work rarely helps with complex trauma.', 'ZRTherapy’s view'],
    ['As a practice, we feel strongly that fees should never be a barrier.', 'As a practice'],
    ['Posting this on behalf of the practice: our summer hours start on Monday.', 'on behalf of the practice'],
    ['We at ZRT are thrilled with the new rooms.', 'at ZRT'],
    ['Speaking on behalf of the team, thank you for a wonderful year.', 'Speaking on behalf of the'],
    ['Our practice believes nobody should be priced out of therapy.', 'Our practice believes'],
    ['As a team, we at the practice think supervision matters more than ever.', 'As a team, we'],
    ['Me and the team at ZRTherapy think every school needs a counsellor.', 'at ZRTherapy'],
    ['So happy to announce ZRTherapy has been shortlisted for a local award!', 'announce ZRTherapy'],
    ['As a ZRTherapy counsellor I can tell you we never judge anyone.', 'As a ZRTherapy'],
  ])('cautions on a personal account: %s', (text, cue) => {
    expect(check(text).verdict).toBe('caution');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toEqual(['personal.own-views-disclaimer']);
    expect(text.slice(...findings[0]!.span)).toBe(cue);
  });

  it("suggests the policy's own disclaimer", () => {
    const [finding] = findingsOf('At ZRTherapy we think everyone deserves a therapist who listens.');
    expect(finding?.rewrite).toBe(
      'At ZRTherapy we think everyone deserves a therapist who listens.\n\nThe views expressed are my own and do not reflect the views of my employer.',
    );
  });

  it('is only about personal accounts', () => {
    expect(findingsOf('At ZRTherapy we think everyone deserves a therapist who listens.', 'company')).toEqual([]);
  });

  it.each([
    'At ZRTherapy we think everyone deserves a therapist who listens. (Views my own.)',
    'As a practice, we feel strongly that fees should not be a barrier. Opinions are my own and do not reflect those of my employer.',
    'Really excited to be running my first group at ZRTherapy next month!',
    'Lovely lunch with the team. Proud to work at ZRTherapy!',
    "I'm speaking for myself here, but what a brilliant conference.",
    'Finally attempted sourdough this weekend. We ate the lot in one sitting.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('speaking-for-organisation: other wordings of the rubric row', () => {
  const run = (text: string) => checker.check({ text, account: 'personal' });
  it.each([
  [
    "Zayna's planning to move the whole practice online next year, watch this space.",
    "planning to move the whole practice"
  ],
  [
    "As one of the ZRTherapy team, I can tell you we don't support the new contract.",
    "As one of the ZRTherapy"
  ],
  [
    "ZRT doesn't take on clients under 18, sorry to everyone who asked.",
    "ZRT doesn't"
  ],
  [
    "We've decided to stop offering free intro calls at the practice from June.",
    "We've decided"
  ],
  [
    "Officially: the practice will be raising fees in April. Sorry all!",
    "Officially:"
  ],
  [
    "My boss is going to start offering group therapy at ZRT in the autumn, can't wait.",
    "going to start offering group therapy"
  ],
  [
    "Little birdie tells me ZRTherapy is about to start weekend sessions 👀",
    "ZRTherapy is about to"
  ]
])('flags: %s', (text, cue) => {
    // Some of these also reveal plans not yet announced, which other detectors judge; this row
    // is about the caution for speaking for the practice.
    const findings = run(text).findings.filter((finding) => finding.detector === 'speaking-for-organisation');
    expect(findings.map((finding) => finding.clause)).toContain('personal.own-views-disclaimer');
    expect(findings.every((finding) => finding.severity === 'caution')).toBe(true);
    expect(findings.some((finding) => text.slice(...finding.span).includes(cue))).toBe(true);
  });

  it.each([
  "Had a lovely walk by the canal before work today.",
  "Proud to work at ZRTherapy. Views my own.",
  "My own view: rest is underrated. Not speaking for my employer.",
  "Finished my CPD course on trauma today, feeling inspired!",
  "My sister is planning to visit the practice open day.",
  "I'm about to start a new book on attachment, any thoughts?"
])('passes: %s', (text) => {
    expect(run(text).findings.filter((finding) => finding.detector === 'speaking-for-organisation')).toEqual([]);
  });
});

describe('announcing that the practice is taking clients', () => {
  it("cautions a personal account that says we're taking new clients", () => {
    expect(findingsOf("Good news, we're accepting new clients from next week! 🌱").length).toBeGreaterThan(0);
  });

  it('says nothing of a club taking new members', () => {
    expect(findingsOf('The running club is taking new members again this spring')).toEqual([]);
  });
});

describe("other teams' news on a personal account", () => {
  it.each([
    'News from the team at my kids\' school: sports day moves to Friday.',
    'Official word from the team at the football club: training is off tonight.',
    'My favourite cafe is now taking new customers for its supper club!',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});
