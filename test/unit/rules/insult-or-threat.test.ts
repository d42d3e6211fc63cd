import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const harassmentIn = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'insult-or-threat');

describe('insult-or-threat', () => {
  it.each([
    ['To the muppet who blocked our gate: you absolute clown.', 'clown'],
    ['Some moron keeps ringing the bell and running off.', 'moron'],
    ['Whoever left this review is a complete tw4t.', 'tw4t'],
    ['Nobody cares, get a life, mate.', 'get a life'],
    ['Grow up.', 'Grow up'],
    ['Honestly? Shut up.', 'Shut up'],
    ['F*** off with your one-star reviews.', 'F*** off'],
    ['Screw you and your fake account.', 'Screw you'],
    ['You’re pathetic and everyone can see it.', 'You’re pathetic'],
    ['Keep it up and we will tell your employer what you wrote.', 'we will tell your employer'],
    ['We know where you live.', 'We know where you live'],
    ['Post that again and you’ll regret it.', 'you’ll regret it'],
    ['Keep posting lies and I’ll make sure your boss hears about it.', 'make sure your boss hears'],
    ['Refugees are parasites, the lot of them.', 'Refugees are parasites'],
    ['Go back to your own country.', 'Go back to your own country'],
    ['You’re a liar and everyone knows it.', 'liar'],
    ['That fat cow on the till was rude again.', 'cow'],
    ['Idiots like you should stay offline.', 'Idiots like you'],
    ['You’ll be hearing from our solicitor.', 'You’ll be hearing from our solicitor'],
    ['Your complaint? Get in the bin.', 'Get in the bin'],
    ['Imagine being this dense 🙄', 'Imagine being this dense'],
    ['Come near the practice again and you’ll be sorry.', 'you’ll be sorry'],
    ['Trans men aren’t real men.', 'aren’t real men'],
  ])('flags %j at %j', (text, words) => {
    const findings = harassmentIn(text);
    expect(findings.map((finding) => text.slice(...finding.span))).toContain(words);
    expect(findings.every((finding) => finding.clause === 'safe.harassment')).toBe(true);
    expect(checker.check({ text }).verdict).toBe('stop');
  });

  it.each([
    'I felt like such an idiot after forgetting my keys, be kind to yourself.',
    'Depression tells you you’re useless. It is lying.',
    'Kids grow up so fast, so enjoy the small moments.',
    'It is easy to get lost in worry at 3am.',
    'Anxiety won’t just go away on its own, but it does get easier.',
    'Exposure therapy will gently expose you to the things you fear.',
    'We will make sure you get an appointment this week.',
    'We will call you back within a day.',
    'Don’t feed the trolls: our guide to staying well online.',
    'Shut up shop early today for staff training.',
    'Get a grip on your budget with our free money-worries workshop.',
    'The clown at the children’s fundraiser was brilliant.',
    'If you feel you want to kill yourself, please call Samaritans on 116 123.',
    'Thank you to the whole team: you’re amazing.',
    'Get a life you love: our new coaching programme starts in May.',
    'This booking app is such a useful tool.',
    'Thank you Karen for the lovely flowers!',
    'Our Complete Idiot’s Guide to sleep is idiot-proof.',
    'Holy cow, what a turnout for the walk!',
    'A knee-jerk reaction is normal when you feel criticised.',
    'Shut the door on your way out, it is freezing!',
    'We’ll be sorry to see Jan retire this summer.',
  ])('leaves %j alone', (text) => {
    expect(harassmentIn(text)).toEqual([]);
  });
});
