import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const offensiveIn = (text: string) => checker.check({ text, account: 'company' }).findings.filter((finding) => finding.detector === 'offensive-content');

describe('offensive-content', () => {
  it.each([
    ['Honestly the new booking app is so r3tarded', 'r3tarded'],
    ['Stop acting like a spaz in the car park', 'spaz'],
    ['Some p4ki shop owner overcharged me', 'p4ki'],
    ['That film was full of f@ggots', 'f@ggots'],
    ['Link in bio for my OnlyFans 🔥', 'OnlyFans'],
    ['Send nudes lol', 'Send nudes'],
    ['Women can’t drive, proven again in our car park', 'Women'],
    ['Men are useless at booking their own appointments', 'Men'],
    ['Why do nagging wives always phone at 5pm?', 'nagging wives'],
    ['He throws like a girl', 'throws like a girl'],
    ['Only a woman would park like that', 'Only a woman would'],
    ['Girls are rubbish at maths, sorry not sorry', 'Girls'],
    ['What a bunch of window lickers', 'window lickers'],
    ['Are you autistic or something? The sign says closed.', 'Are you autistic or something'],
    ['Buddhism is a cult, change my mind', 'Buddhism is a cult'],
    ['Christians are all brainwashed sheep', 'Christians are all brainwashed'],
    ['Immigrants are vermin and everyone knows it', 'Immigrants are vermin'],
  ])('flags %j at %j', (text, words) => {
    expect(offensiveIn(text).map((finding) => text.slice(...finding.span))).toContain(words);
    expect(checker.check({ text, account: 'company' }).findings.map((finding) => finding.clause)).toEqual(
      expect.arrayContaining(['safe.inappropriate-content', 'company.inappropriate-content']),
    );
  });

  it.each([
    'Cheltenham this week 🐎 get your bets on, our tip is in the comments!',
    'Fancy a flutter? New customers get free spins with code HAPPY20 at our favourite casino.',
    'Best weed in town, DM me for prices 🌿',
    'A bit of ketamine helped me more than any antidepressant ever did, highly recommend.',
    'Who has got some MDMA for the festival this weekend?',
    'Anyone know how to get into my partner’s WhatsApp without him knowing?',
    'How to hotwire a car in under a minute, thread below 👇',
    'Long live Daesh, their martyrs are heroes.',
    'Our circle asks new members to cut off contact with their family and follow the master.',
    'Join the jihad, brothers.',
  ])('flags promotion: %j', (text) => {
    expect(offensiveIn(text).length).toBeGreaterThan(0);
    expect(checker.check({ text }).verdict).toBe('stop');
  });

  it.each([
    'If gambling is affecting your life or your family, GamCare and our counsellors can help.',
    'Your best bet is to call us on Monday. I bet you are tired after this week!',
    'Cannabis can make anxiety worse; if you are worried about your use, talk to FRANK or your GP.',
    'Struggling with porn addiction? Our therapists offer confidential support.',
    'Research into psilocybin for depression is promising, but it is no reason to self-medicate.',
    'It’s a myth that women are too emotional to lead.',
    'Men are less likely to ask for help, which is why we run a men’s group on Thursdays.',
    'Stop telling men to man up. Crying is healthy.',
    'Our cult classic film night returns, join us for popcorn!',
    'Leaving a cult? Our therapists can support survivors of coercive control.',
    'We have two free slots this week, book online.',
    'The National Lottery Community Fund paid for our new group room.',
    'How to spot card skimming at cash machines: check the slot.',
    'Clients can log into their account to move a session.',
    'Sex therapy and relationship counselling now available in Essex.',
    'Night terrors in children are common and usually harmless.',
    'Weed the garden, it is great for mindfulness.',
    'Our policy bans pornography, slurs and gambling adverts on our pages.',
    'Lots of men tell us they feel weak for asking for help. You are not weak.',
    'Coercive control can look like cutting you off from your family and friends.',
    'Remembering the victims of the terrorist attack today.',
    'Bath bombs and a good book: self-care Sunday.',
    'Slots still available for our mindfulness course.',
  ])('leaves %j alone', (text) => {
    expect(offensiveIn(text)).toEqual([]);
  });
});
