import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const ruleDetectors = (text: string, account: 'company' | 'personal' = 'company') =>
  [...new Set(checker.check({ text, account }).findings.map((finding) => finding.detector).filter((detector) => !detector.startsWith('learned:')))];

describe('caution rows said in other words', () => {
  it('a long reply that starts explaining a complicated matter works the case in public', () => {
    const text =
      "Good question about the lift, Mrs Ahmed! It's a bit complicated. The lift belongs to the landlord, who says a new motor is on order, but the engineer can only come on weekdays and our lease says we can't use the goods lift at the back, so for now the ground floor room is the only step-free one and we try to book it for anyone who needs it.";
    expect(ruleDetectors(text)).toContain('public-case-handling');
  });

  it('a short friendly answer, or an explanation that answers no one, is not', () => {
    expect(ruleDetectors("Great question, Sam! It's a bit complicated, so give us a ring and we'll talk it through.")).not.toContain('public-case-handling');
    const article =
      "Why do waiting lists grow every winter? It's complicated. Demand rises after the holidays, staff take leave, and referrals from GPs arrive in bursts. We wrote this piece to explain what we do about it, and what you can do while you wait: keep a diary, try the free courses, and talk to someone you trust.";
    expect(ruleDetectors(article)).not.toContain('public-case-handling');
  });

  it('"ur wrong" and "not backing down" are a defensive reply', () => {
    expect(ruleDetectors('@stevo_k ur wrong about the waiting times and im not backing down on this one')).toContain('defensive-reply');
  });

  it('an address read out is a link to someone else’s content, unless it is ours', () => {
    expect(ruleDetectors('@lou this might help in the meantime: samaritans dot org slash how-we-can-help')).toContain('external-link');
    expect(ruleDetectors('You can book online at zrtherapy dot co dot uk, see you soon')).not.toContain('external-link');
    expect(ruleDetectors('Dot and Sam are on reception today, say hello')).not.toContain('external-link');
  });

  it('a headline pointed at is someone else’s story', () => {
    expect(ruleDetectors("This headline though: 'Cold showers cure anxiety' 🙄 link in the comments")).toContain('external-link');
    expect(ruleDetectors('Our headline talk is on sleep this year! Link in bio to our booking page')).not.toContain('external-link');
  });
});
