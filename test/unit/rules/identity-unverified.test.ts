import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'identity-unverified');

describe('identity-unverified', () => {
  it.each([
    'No need for the usual ID checks — I know your handle! Your next appointment is Friday at 2pm.',
    "Because you're his dad I can tell you he's booked in every Monday at 4.",
    'We can skip the security questions this time, your invoice total is £210.',
    'I recognise your profile photo, so here are the dates of your remaining sessions.',
    "You won't need to answer the usual security questions, here is your receipt for May.",
    "Hi Mo, your husband's appointment has moved to 11am on Friday.",
    "Don't worry about the security check, I know it's you Pete. Your next session is the 9th at 4pm.",
    'Yes, I can confirm Lucy is booked in on Thursday and her sessions are paid until May.',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.phishing');
  });

  it('points at the skipped check', () => {
    const text = 'Since you are her partner, no problem, here are her times.';
    const [finding] = findingsOf(text);
    expect(finding && text.slice(...finding.span)).toBe('Since you are her partner');
  });

  it.each([
    'Before we discuss your booking, we will run through our usual security questions by phone.',
    'We can confirm that our rooms are fully booked until March.',
    'We can confirm our Saturday workshop is going ahead despite the weather!',
    "I know it's you who keeps leaving biscuits in the staff room. Thank you!",
    'For your security, we never discuss appointments with anyone but you.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});
