import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/policy/normalise-text.ts';
import { SHARING_DETECTORS } from '../../../src/policy/rules/sharing/index.ts';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'external-link');

describe('external-link', () => {
  it.each([
    ['Lovely long read on loneliness in later life: theguardian.com/society/2024/loneliness', 'theguardian.com/society/2024/loneliness'],
    ['"Why burnout is rising among nurses" – worth a look: https://www.nursingtimes.net/news/workforce/burnout.', 'https://www.nursingtimes.net/news/workforce/burnout'],
    ['Great resources for parents here: www.youngminds.org.uk', 'www.youngminds.org.uk'],
    ['This podcast episode on grief is wonderful (https://podcasts.example.com/ep/41)', 'https://podcasts.example.com/ep/41'],
    ['Samaritans are there day and night: samaritans.org', 'samaritans.org'],
  ])('cautions and points at the link: %s', (text, link) => {
    expect(checker.check({ text }).verdict).toBe('caution');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toEqual(['company.review-before-sharing']);
    expect(findings.map((finding) => text.slice(...finding.span))).toEqual([link]);
  });

  it('flags each third-party link once, and not the own one beside it', () => {
    const text = 'Two reads: https://www.mind.org.uk/stress and our own zrtherapy.co.uk/blog/stress — plus bbc.co.uk/news/health';
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toEqual(['https://www.mind.org.uk/stress', 'bbc.co.uk/news/health']);
  });

  it.each([
    'Our autumn newsletter is out now at https://zrtherapy.co.uk/news/autumn',
    'Book a first session at https://www.zrtherapy.co.uk/book?ref=insta',
    'Booking page: book.zrtherapy.co.uk',
    'Email us at bookings@zrtherapy.co.uk or jane.doe@gmail.com, or call 01632 960000.',
    'Session times: 9.30am, 11.15am and 2.00pm. See you there!',
    'I went to the park.then went home, e.g. to rest, i.e. to recharge.',
    'Follow us on Instagram at instagram.com/zrtherapy for daily tips',
    'Version 2.4.1 of the booking app is out, with a dark mode.',
    'We are now on Instagram as @zrtherapy.',
    'Thanks to the whole team.Live music at the summer party was a hit!',
    'The worksheet.pdf and notes.docx are in the shared folder.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });

  it('leaves look-alike and pirate links to the detectors with stronger advice', () => {
    expect(findingsOf('Book now at https://zrtherapv.co.uk/book')).toEqual([]);
    expect(findingsOf('Stream it at https://watch-free-movies.to/film')).toEqual([]);
  });
});

describe('sharing detectors stay linear', () => {
  const adversarial = ['a.'.repeat(1500), 'a-'.repeat(1500), 'x'.repeat(3000), 'https://x.co/'.repeat(230), 'fw: '.repeat(750), 'add me on facebook client '.repeat(115)];
  const organisation = { names: ['zrtherapy'], ownDomains: ['zrtherapy.co.uk'], lexicon: () => [] };
  const runAll = (text: string) => {
    const folded = foldText(text);
    for (const detector of SHARING_DETECTORS) detector.detect({ text: folded, account: undefined, organisation });
  };
  it.each(adversarial.map((text) => [text.slice(0, 24), text.slice(0, 3000)]))('checks %s… (3,000 characters) quickly', (_label, text) => {
    runAll(text);
    const start = performance.now();
    runAll(text);
    expect(performance.now() - start).toBeLessThan(25);
  });
});

describe('external-link: other shapes of link', () => {
  it.each([
    ['Free NHS self-help guides at nhs.uk/mental-health/self-help', 'nhs.uk/mental-health/self-help'],
    ['See gov.uk/guidance/mental-health-at-work for your rights', 'gov.uk/guidance/mental-health-at-work'],
    ['Worth a look (theguardian.com/society/2024/mar/01/therapy-waiting-lists).', 'theguardian.com/society/2024/mar/01/therapy-waiting-lists'],
    ['New research summary here → WWW.NATURE.COM/articles/s41586', 'WWW.NATURE.COM/articles/s41586'],
    ['Watch this: youtu.be/dQw4w9WgXcQ', 'youtu.be/dQw4w9WgXcQ'],
    ['Check out this podcast episode: open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk', 'open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk'],
  ])('cautions: %s', (text, link) => {
    const result = checker.check({ text });
    expect(result.verdict).toBe('caution');
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toEqual([link]);
  });

  it.each([
    'Follow us at instagram.com/zrtherapy',
    'We use Node.js for our booking system, e.g. reminders.',
    'Sessions are £65, i.e. the same as last year. Dr.Smith is away.',
    'Our rating went from 4.5 to 4.8 this year!',
    'St.Albans office closed Monday.',
    'Version 2.1.3 of our app is out.',
    'Proud to be listed on nhs.uk as a local service.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('a news piece linked from the bio', () => {
  it.each([
    'Thoughtful article in the Independent about loneliness at work, link in our bio 👆',
    'According to the BBC, waiting lists have grown again. Link below.',
  ])('cautions: %s', (text) => {
    expect(checker.check({ text }).findings.map((finding) => finding.clause)).toContain('company.review-before-sharing');
  });

  it.each([
    'Our new blog post on sleep is up! Link in bio.',
    'We were quoted in the Guardian this week! Link in bio to our own workshop page.',
  ])('passes: %s', (text) => {
    expect(checker.check({ text }).findings.filter((finding) => finding.detector === 'external-link')).toEqual([]);
  });
});
