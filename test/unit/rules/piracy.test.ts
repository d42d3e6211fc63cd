import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'piracy');

describe('piracy', () => {
  it.each([
    ["There's a site called fmovies that has every new series, no subscription needed", 'fmovies'],
    ["Just use a torrent client, it's free and you'll have the whole box set in an hour", 'torrent'],
    ['You can get every Brené Brown book on Z-Library, no need to buy them', 'Z-Library'],
    ['DM me for a cracked copy of Photoshop, works a treat', 'cracked copy'],
    ['Sci Hub has the full paper if the journal wants £30 for it', 'Sci Hub'],
    ['Got a 1080p rip of the new Pixar film if anyone wants it for the kids', '1080p rip'],
    ['Use this free activation key for Office, found it on a forum', 'free activation key'],
    ['£10 a month IPTV, all the channels incl Sky Sports — message me', 'IPTV'],
    ['Watch the full film for free: https://hd-movies-free.cc/watch/123', 'https://hd-movies-free.cc/watch/123'],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toContain('copyright.illegal-copies');
    expect(findings.map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    "Why pay for Audible? There's a Discord server that shares all the new audiobooks for free",
    "Don't buy the workbook — someone put the whole book PDF on a forum, I'll send you the link",
    'Anyone want the new Marian Keyes? I have a free download of the whole book, DM me',
    'Does anyone have a link to watch the new Pixar film free? Not paying £15 at the cinema',
    'Converted the whole playlist with a YouTube to MP3 site so we have music for the waiting room',
    'Streaming the fight tonight on a dodgy link if anyone wants to come round',
    'There is a Telegram group that posts every new psychology textbook for free, message me for the link',
  ])('stops on paying-around and giveaway wording: %s', (text) => {
    expect(findingsOf(text).length).toBeGreaterThan(0);
  });

  it.each([
    'A torrent of lovely messages after last night\'s talk — thank you all!',
    'Torrential rain today, so sessions are online only.',
    'Please never download pirated software onto practice laptops.',
    'Free audiobooks are available with your library card on the BorrowBox app.',
    'Download our free PDF guide to sleep at zrtherapy.co.uk/sleep',
    'That joke cracked me up. Cracked phone screen too, but still.',
    "Don't pay for a meditation app, there are lots of free guided meditations on the NHS website.",
    'Our Telegram channel shares free wellbeing tips every Monday.',
    'Pirate-themed party for the kids on Saturday 🏴‍☠️ arr!',
    'Fridge magnet souvenirs from the team trip to Whitby 🧲',
    'Pirated copies of our workbook are circulating online — please report them to us.',
    'You can watch the whole series free on BBC iPlayer.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('piracy: requests for torrents and modded apps', () => {
  const quoted = (text: string) => findingsOf(text).map((finding) => text.slice(...finding.span));
  it.each([
    ['Has anybody got a torrent of the new Matt Haig audiobook? Audible wants £25', 'torrent'],
    ['Can someone send me a torrent of that Gabor Maté book pls 🙏', 'torrent'],
    ['anyone know where to find a torrent of season 3 of Slow Horses??', 'torrent'],
    ['Need a torrent o’ the latest Taylor Swift album asap', 'torrent'],
    ['Looking for a torrent for Atomic Habits, the ebook not the audio', 'torrent'],
    ['Calm premium mod APK, everything unlocked, link in bio', 'mod APK'],
    ['Grab the hacked APK of Duolingo Super — works on any Android phone', 'hacked APK'],
    ["There's a modded version of the app with all features unlocked, download it from my link", 'all features unlocked'],
    ['Headspace IPA cracked for iPhone, DM me', 'IPA cracked'],
    ['Premium unlocked version of Procreate — free download 🔓', 'Premium unlocked'],
    ['Spotify Premium APK: no ads and no monthly fee', 'Premium APK'],
  ])('stops: %s', (text, cue) => {
    const result = checker.check({ text });
    expect(result.verdict).toBe('stop');
    expect(result.findings.map((finding) => finding.clause)).toEqual(expect.arrayContaining(['copyright.illegal-copies', 'copyright.third-party-material']));
    expect(quoted(text).some((span) => span.includes(cue))).toBe(true);
  });

  it.each([
    "We've had a torrent of lovely messages since the book launch 💛",
    'A torrent of complaints about the new film adaptation, apparently.',
    'Faced a torrent of abuse after the episode aired — be kind online.',
    'A torrent of thoughts at 3am? Try writing them down before bed.',
    'Our app is free to download on Android and iOS.',
    'Upgrade to Premium to get all features unlocked.',
    'Unlocked achievement: 100 group sessions delivered this year 🎉',
    'Calm Premium is free for NHS staff — sign up with your work email.',
    'Download the NHS App from the Play Store to order repeat prescriptions.',
    'The premium version of our booking app is now live for all clients.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('piracy: e-book copies, cracks, fire sticks and free movie sites', () => {
  it.each([
    ['Does anyone have the PDF of the new DSM? Not paying £150 for it', 'Does anyone have the PDF of'],
    ["Who's got a free epub of Maybe You Should Talk to Someone? will swap for another", "Who's got a free epub of"],
    ['Watching the Champions League final on a firestick tonight, £60 a year for every channel', 'firestick'],
    ['Just downloaded the new Adobe Premiere crack, works perfectly', 'downloaded the new Adobe Premiere crack'],
    ['Use a VPN and this site to watch Netflix shows free: streamz-hd.xyz/watch', 'watch Netflix shows free'],
    ['Get Microsoft Office for free with this activator, no licence needed', 'for free with this activator'],
    ['Bootleg DVDs of the new Marvel film, £3 each', 'Bootleg DVDs'],
    ['Downloaded the whole Friends box set off a free movie site, no ads', 'free movie site'],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    'Does anyone have a PDF of the referral form?',
    'Win a free copy of Matt Haig’s new book! Like and comment to enter.',
    'Got a crack in my phone screen, any repair shop recommendations?',
    'Downloaded the new NHS app update, much better.',
    'Our Kodi class for older adults is on Tuesday.',
    'Watching the match on the Firestick at the pub tonight ⚽',
    'You can borrow e-books for free from your library with the Libby app.',
    'Get 3 months of Headspace free with your NHS email.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('piracy: lawful free and paid reading, watching and listening', () => {
  it.each([
    'Our new book club is reading The Body Keeps the Score, borrow it from the library.',
    "Don't pay for expensive courses: the NHS has free CBT resources online.",
    "Kindle edition of our founder's book is £2.99 this week only.",
    'Download our free sleep workbook (PDF) from the website.',
    "We've had a torrent of bookings since the new year, so please be patient with replies.",
    "Crack open the biscuits, it's Friday 🍪",
    'Our podcast episodes are free to stream on Spotify.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('piracy: streaming, downloads, software and copies in other words', () => {
  it.each([
    ["Where can I stream the new Bridget Jones for free? Not paying for Sky Cinema", "Where can I stream the new Bridget Jones for free"],
    ["Got the new FIFA for free off a torrent site 😎", "torrent"],
    ["Grab the DSM-5-TR off libgen, way cheaper than £170", "libgen"],
    ["Free Photoshop 2024 full version download, no licence needed", "Free Photoshop 2024 full version"],
    ["Illegal copies of the new Harry Potter film going round WhatsApp, want one?", "Illegal copies of"],
    ["jailbroken firestick for sale, all channels, £50", "jailbroken firestick"],
    ["I'll burn you a copy of the CD, no need to buy it", "burn you a copy of"],
    ["Skip the cinema, it's already on a streaming site for free lol", "streaming site for free"],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    "Where can I watch your webinar again? I missed it.",
    "Burn-out is real: please take a break this week.",
    "Illegal downloads put malware on your laptop, so please don't.",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('key generators', () => {
  it('stops sharing a licence key generator', () => {
    const findings = checker.check({ text: 'The accounts laptop runs its office suite thanks to a serial generator, happy to share the file' }).findings;
    expect(findings.filter((finding) => finding.detector === 'piracy').map((finding) => finding.clause)).toContain('copyright.illegal-copies');
  });
});
