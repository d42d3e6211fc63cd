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

describe('identity-unverified: account details in a reply', () => {
  it.each([
    'Hi Priya, your current balance is £85 and your next appointment is on Thursday at 5.',
    '@jamesb your last appointment with us was 12 June and you have 2 sessions left on your package',
    'hi kerry - you still owe £60 from march, can you settle it this week?',
    'Thanks Dev! Your next session is booked for Tues 9 April at 6pm 👍',
    'Morning Alan, our records show you missed your last two sessions.',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.phishing');
  });

  it.each([
    'Your first session is free — book today!',
    'Your next session is 20% off when you refer a friend.',
    'If your balance is over £100 we will be in touch by email.',
    'You can check your balance and next appointment in the client portal.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('identity-unverified: a relative\'s bookings and account look-ups', () => {
  it.each([
    'Hi Jo, I can see from your account that you have 3 unpaid sessions.',
    '@mike_t your partner cancelled her Thursday appointment btw',
    'sure, as you are her mum I can tell you she has been coming weekly',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.phishing');
  });
});

describe('account information offered for a name or a postcode', () => {
  it('stops an offer to send session history to whoever messages a name', () => {
    expect(findingsOf('Sure, inbox us your full name and date of birth and we will send you your appointment history.').length).toBeGreaterThan(0);
  });

  it('passes sending a booking link', () => {
    expect(findingsOf('Message us your name and we will send you the link to our booking page.')).toEqual([]);
  });
});

describe('details read back to whoever replied', () => {
  it('stops: the number we hold for you', () => {
    expect(findingsOf('@kez_22 the number we hold for you is 07700 900123, is that still right?').length).toBeGreaterThan(0);
  });

  it('passes asking people to check their own details', () => {
    expect(findingsOf('Please check the email we hold for you is up to date in your account settings.')).toEqual([]);
  });
});

describe('security advice and forms that mention a name and postcode', () => {
  it.each([
    "Stay safe: we will never ask for your name and postcode over social media. We'll send your invoices through the secure portal only.",
    "Pop your name and postcode into the enquiry form and we'll email your appointment options.",
    'Moved house? Let us know so the details we hold for you are correct.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});
