import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'chain-or-spam');

describe('chain-or-spam', () => {
  it.each([
    ["Forward this to 12 people in the next hour or your wish won't come true", 'Forward this to 12 people'],
    ['Repost this on your wall and don\'t just like it. Only true friends will share.', "don't just like"],
    ['Join my team! I earn £3k a month working from home with this amazing opportunity. Message me for details', 'earn £3k a month working from home'],
    ['Put in £100 to the blessing loom, bring in 2 people, and receive £800', 'blessing loom'],
    ['As of tomorrow Meta will make all your photos public. I do not give Meta permission to use my content.', 'I do not give Meta'],
    ['Send this to 5 friends and you\'ll get good news tomorrow', 'Send this to 5 friends'],
    ["I turned £500 into £6,000 in three weeks with this crypto trading mentor! DM me 'PROFIT'", 'turned £500 into £6,000'],
    ['Fwd: Fwd: Fwd: read this before it gets deleted!!', 'Fwd: Fwd: Fwd:'],
    ['Type AMEN and share, or seven years of bad luck will follow you', 'Type AMEN'],
    ['Post this as your status for one hour to show you care about mental health', 'Post this as your status'],
    ["If you don't share this, you don't care about mental health.", "If you don't share this"],
    ['⚠️ Facebook is changing its rules tomorrow. Copy and paste this to your status to protect yourself!', 'Copy and paste this to your status'],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toContain('safe.spam');
    expect(findings.map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    "Only 2 places left on Saturday's workshop — DM us to book!",
    'Share this with a friend who might need it today 💚',
    'Those "I do not give Facebook permission" posts are a hoax — don\'t bother copying them.',
    'If you found this useful, pass it on to someone who might need it.',
    "Join our team! We're hiring a receptionist, £24k a year. Apply at zrtherapy.co.uk/jobs",
    'Pay £25 for the workshop today and get £5 off your next session.',
    'Our weaving group meets Tuesdays; bring your own loom!',
    'Copy and paste this into your notes app as a reminder: breathe in for 4, out for 6.',
    'Join our online sessions from your sofa! Only 3 spots left this month.',
    'Join my team for the charity fun run 🏃‍♀️ DM me for details!',
    'Book from your phone in 30 seconds! Only 3 places left.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('chain-or-spam, more shapes', () => {
  it.each([
    "Don't accept a friend request from 'Dave Hackerman', he's a hacker! Tell all your contacts NOW",
    'Like and share this post to win a brand new iPhone 16 📱',
  ])('stops: %s', (text) => {
    expect(findingsOf(text).length).toBeGreaterThan(0);
  });

  it('passes a practice giveaway of a free session', () => {
    expect(findingsOf('Like and share to win a free taster session at the practice 🌿')).toEqual([]);
  });
});
