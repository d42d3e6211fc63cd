import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'credential');

describe('credential', () => {
  it.each([
    'Reminder for weekend cover: the Instagram password is Sunflower#88 — please do not change it!',
    'Can someone text me the verification code that just went to the office phone?',
    'The new admin login for the booking system: reception / Harbour77',
    '"BlueHeron" is our password for the shared drive now, FYI team.',
    'The 2FA code that came through is 730 415, can whoever is on Facebook use it quickly?',
    'Hi Jo, we just sent you a security code by text. Please reply here with it so we can finish your booking.',
    'What is the verification code they texted you? I need it to get back into Facebook.',
    'The password to the team inbox is still Orchard!19 if anyone needs it.',
    'Instagram login for the cover team — u: practice_gram p: Willow2026',
    'Code came through: 664 021, use it quickly!',
    'Whoever has the TikTok account, can you DM me the login details and the code?',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    const clauses = new Set(findingsOf(text).map((finding) => finding.clause));
    expect(clauses).toEqual(new Set(['security.strong-passwords', 'security.phishing']));
  });

  it('points at the revealed password and removes it in the rewrite', () => {
    const text = 'FYI the wifi password is Calm-Room-42 for today.';
    const [finding] = findingsOf(text);
    expect(finding && text.slice(...finding.span)).toBe('the wifi password is Calm-Room-42');
    expect(finding?.rewrite).toBe('FYI [credential removed] for today.');
  });

  it.each([
    'Tip: use a different password for every account, and turn on two-step verification.',
    'We will never ask you for your password or a security code by DM.',
    'Use code WELLBEING10 for 10% off workshop tickets this week.',
    'Our dress code is relaxed, come as you are 😊',
    'Changed all our passwords today and set up a password manager. Feels good!',
    'If anyone messages asking for your login code, it is a scam: report it.',
    'The password is changed every 90 days, as our policy says.',
    'Register on our site with your email and a password of your choice.',
    'T: 01206 500200 | P: 01206 500201',
    'Day pass: £10, tea and cake included.',
    'Our UKCP code of ethics is on the website for anyone who wants to read it.',
    "What's the dress code for the conference dinner?",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('credential: other wordings', () => {
  it.each([
    // Passwords given casually.
    'insta pw is the dog’s name + birth year, so Biscuit2017 if anyone needs it',
    'can never remember the fb password 🙈 think it’s rover1984?',
    'Reminder: shared inbox password = kettle + the door number, i.e. Kettle4521',
    'Laptop pass is Sunny2020 btw',
    'the login for the booking system is still reception99, pls don’t change it',
    // One-time codes asked for.
    'hey, could you send me the 4 digit code that pops up on the practice mobile? trying to get into insta',
    'DM me the six figure number that just came through on the office phone',
    'can u whatsapp me the verification text u just got',
    'Pls read out the code on the practice phone when it buzzes, need it for LinkedIn',
    'what was the 6-digit number facebook sent? I need it to log in',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.strong-passwords');
  });

  it.each([
    'Tip: a password like Fluffy2019 is easy to guess — use three random words instead.',
    'Covid19 update: our login page has moved to the new portal.',
    'Zoom login details will be emailed before the 7pm session.',
    'Log in to the portal to see the Spring2025 timetable.',
    'Never share the 6-digit code we text you with anyone, even us.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('credential: PINs and codes by another name', () => {
  it.each([
    'forgot my pin again lol its 1987',
    'Text me the number Microsoft sends you and I will sort the account',
    'can someone send me the recovery codes for the practice gmail',
    'the door code for the back entrance is 4412, staff only',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('security.strong-passwords');
  });

  it.each([
    'Use code SPRING25 at checkout for 25% off our workshop.',
    'The password reset link expires after 24 hours.',
    'Join our Zoom at 7pm, passcode is on the booking confirmation email.',
    'Log in with your email and the password you chose when you registered.',
    'Our PIN badges for 2025 have arrived!',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('credential: the short "p:" form, found through the checker however the draft starts', () => {
  it.each(['Guest wifi p: sunflower22', 'wifi p : maple-77 for the waiting room', 'Visitors wifi, p: Kettle42!'])('stops: %s', (text) => {
    const result = checker.check({ text });
    expect(result.verdict).toBe('stop');
    expect(result.findings.map((finding) => finding.detector)).toContain('credential');
  });
});
