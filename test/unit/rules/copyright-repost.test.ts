import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'copyright-repost');

describe('copyright-repost', () => {
  it.each([
    ["The Times locked this behind their paywall so I've pasted the full text below for everyone", 'pasted the full text'],
    ['I scanned all the handouts from the Beck CBT manual — grab them from my Dropbox link', 'scanned all the handouts'],
    ['Here is the entire workbook as a PDF, share it with anyone who needs it', 'entire workbook as a PDF'],
    ['I recorded the whole £350 EMDR webinar on my phone, DM me if you want the video', 'recorded the whole £350 EMDR webinar'],
    ["Here's the full chapter on grief from a bestselling book, typed up for you all", "Here's the full chapter"],
    ['Photocopied the chapters on attachment from the Bowlby book for anyone who wants them', 'Photocopied the chapters'],
    ['Lovely illustration — I cropped out the watermark so it fits our feed better', 'cropped out the watermark'],
    ["I've screen-recorded all six modules of the £499 trauma course — message me and I'll send the files", 'screen-recorded'],
    ['Found this photo on Google, no idea who took it but it is perfect for our post', 'no idea who took it'],
    ['Uploaded the textbook to the team drive so nobody has to buy it 👍', 'Uploaded the textbook to the team drive'],
    ["Here's the full lyrics to the song from the film, copied out for you", "Here's the full lyrics"],
    ["I've uploaded the whole series of her paid podcast to a Google Drive folder", 'uploaded the whole series'],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toContain('copyright.third-party-material');
    expect(findings.map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    'Read the full article on the BBC website: bbc.co.uk/news/health',
    '"Be kind, for everyone you meet is fighting a hard battle." — Ian Maclaren',
    'The recording of our free webinar is now on our YouTube channel.',
    "Here's the full recording of our webinar on anxiety, free for everyone",
    "It's behind a paywall, sadly, but worth subscribing for.",
    'We scanned our own worksheets so clients can download them from the website.',
    'Full article here, with their share buttons: https://www.mind.org.uk/news/stress',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('copyright-repost: whole paid courses and videos passed round', () => {
  const quoted = (text: string) => findingsOf(text).map((finding) => text.slice(...finding.span));
  it.each([
    ['Just put the entire £495 trauma-informed practice course on our shared Drive — why pay twice?', 'put the entire £495 trauma-informed practice course'],
    ["I've uploaded all the course videos from the £300 DBT training to a private YouTube playlist, enjoy for free", 'uploaded all the course videos'],
    ["Posted the full 3-hour masterclass recording from the conference on my channel, tickets were £150 so you're welcome", 'Posted the full 3-hour masterclass'],
    ['Sharing the complete 12-module mindfulness programme I paid for, all the videos are in this folder', 'Sharing the complete 12-module mindfulness programme'],
    ['Uploaded every module of the £89 online CBT course to Dropbox, link below', 'Uploaded every module of the'],
    ["I've put the whole Level 2 training video from my course on YouTube, save yourselves the money", 'put the whole Level 2 training'],
  ])('stops: %s', (text, cue) => {
    const result = checker.check({ text });
    expect(result.verdict).toBe('stop');
    expect(result.findings.map((finding) => finding.clause)).toContain('copyright.third-party-material');
    expect(quoted(text).some((span) => span.includes(cue))).toBe(true);
  });

  it.each([
    "We've uploaded the whole recording of our free open evening to YouTube.",
    "Here's the full video of our webinar on sleep, free to watch.",
    "I've shared the whole article link on our page, it's free to read on the BBC.",
    'We posted the full transcript of our podcast episode below.',
    'Uploading the complete guide we wrote for parents, free download below.',
    'Really enjoyed the whole training course, worth every penny of the £300.',
    'Uploaded all the photos from our summer party to the staff folder 📸',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('copyright-repost: typed-up chapters, lyrics, slides and saved recordings', () => {
  it.each([
    ["I've typed up the whole chapter of the Gottman book for you all below", 'typed up the whole chapter'],
    ["I'm posting the full lyrics of the new Adele song on our page", 'posting the full lyrics'],
    ['Screenshot every slide from the £200 workshop, happy to share', 'Screenshot every slide'],
    ["Sharing the whole training manual from my CBT course, don't tell anyone 🤫", 'Sharing the whole training'],
    ['Downloaded the Zoom recordings of the whole £600 course before access ended, happy to share', 'Downloaded the Zoom recordings'],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    'Full lyrics of our team song below 😂',
    'I typed up the notes from the whole training day for the team.',
    "Screenshot of the poster for Saturday's open day 👇",
    'We recorded the whole training day so absent staff can catch up.',
    'Quote of the week: "Between stimulus and response there is a space" (Viktor Frankl)',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('copyright-repost: the organisation sharing its own or free material', () => {
  it.each([
    "We're sharing the full recording of last week's free webinar on our YouTube channel.",
    'Read the full article on the Guardian website, link in our bio.',
    'Here’s the full text of our new privacy policy.',
    'We uploaded the complete set of our worksheets to the client portal.',
    'Screenshot this list of crisis numbers and keep it on your phone.',
    'Watch the full film about our practice on our website, it’s free.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('copyright-repost: whole works named in other words', () => {
  it.each([
    ["Pasting the whole Times article here since not everyone has a subscription:", "Pasting the whole Times article"],
    ["Filmed the whole of the paid Brené Brown workshop, link in comments", "Filmed the whole of the paid Brené Brown workshop"],
    ["Entire book as PDF in the group drive, enjoy", "Entire book as PDF"],
    ["Full transcript of the paid webinar below, you're welcome", "Full transcript of the paid webinar"],
    ["Posting the whole £25 meditation course here for anyone who can't afford it", "Posting the whole £25 meditation course"],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    "Full transcript of our podcast episode is on the website.",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});
