import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text, account: 'company' }).findings.filter((finding) => finding.detector === 'sensitive-details-request');

describe('sensitive-details-request', () => {
  it.each([
    'So sorry you are having a rough time @sam_k. Could you share your NHS number and which meds you take so we can check availability?',
    'Comment below with your date of birth and we will check if you are eligible for low-cost sessions!',
    'To secure your place, just message us your long card number and the 3 digits on the back.',
    'Happy to help! Drop your home address and GP practice in the replies and we will post you a form.',
    'Before we match you, can you tell us if you have self-harmed in the last year?',
    'Are you taking any medication at the moment? Let us know in the comments and we will advise.',
  ])('stops: %s', (text) => {
    expect(checker.check({ text, account: 'company' }).verdict).toBe('stop');
    const clauses = new Set(findingsOf(text).map((finding) => finding.clause));
    expect(clauses).toEqual(new Set(['security.phishing', 'security.data-protection']));
  });

  it('spans the request up to the detail asked for', () => {
    const text = 'Hi! DM us your date of birth and we will look you up.';
    const [finding] = findingsOf(text);
    expect(finding && text.slice(...finding.span)).toBe('DM us your date of birth');
  });

  it.each([
    "Please don't post personal details like your date of birth in the comments — we'll DM you a secure link.",
    "Please write your GP's name on the registration form when you arrive.",
    'Tell your GP about any new medication side effects.',
    'Let us know your preferred day and time and we will get back to you.',
    'Can you reply with the date of your last session and we will look into the invoice?',
    'We will never ask for your card details over social media.',
    'Have you ever self-harmed? You are not alone — Samaritans are there day and night.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('sensitive-details-request: questions and slang', () => {
  it.each([
    'Have you ever self-harmed? Tell us in the replies and we will find someone suitable.',
    'dm us ur nhs number + date of birth pls',
    'pop your DOB and GP surgery in the comments and we will get you booked in',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(checker.check({ text }).findings.map((finding) => finding.detector)).toContain('sensitive-details-request');
  });
});

describe('sensitive-details-request: asked outright', () => {
  it.each([
    "Just seen your tweet, Jo, sorry you were charged twice. What's the card number and we'll refund it?",
    'Hi Priya, what is your NHS number? Then we can find your referral.',
  ])('flags: %s', (text) => {
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.phishing');
  });

  it.each([
    "What's the card number on the gift voucher? Call us and we'll check the balance by phone.",
    "Scam warning: no one from ZRT will ever ask what's your card number on social media.",
    "What's your favourite card game?",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});
