import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
/** Name-calling and harassing phrases: the two harassment detectors. */
const HARASSMENT = new Set(['insult-or-threat', 'harassing-phrases']);
const harassmentIn = (text: string) => checker.check({ text }).findings.filter((finding) => HARASSMENT.has(finding.detector));

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
    ['Well done Einstein, you’ve cracked it 🙄', 'Well done Einstein'],
    ['Nice one Sherlock.', 'Nice one Sherlock'],
    ['Someone thinks they’re clever 🙄', 'Someone thinks they’re clever'],
    ['Reading is hard for you, isn’t it?', 'Reading is hard for you'],
    ['Oh wow, such an expert 🙄', 'expert 🙄'],
    ['Thanks for the input, genius 🙄', 'genius 🙄'],
    ['You absolute prick.', 'prick'],
    ['what a knob', 'knob'],
    ['Listen here you muppet', 'muppet'],
    ['Some plonker has parked across our ramp again', 'plonker'],
    ['You’re such a melt', 'melt'],
    ['you mug', 'mug'],
    ['Stop being a clown about it', 'clown'],
    ['Absolute wazzock.', 'wazzock'],
    ['Nobody wants your opinion, loser.', 'loser'],
    ['You’re a total weapon', 'weapon'],
    ['Cry harder, sweetie', 'Cry harder'],
    ['Must be exhausting being this dense', 'Must be exhausting being this dense'],
    ['The lights are on but nobody’s home with this one', 'lights are on but'],
    ['Thick as two short planks, this lot', 'Thick as two short planks'],
    ['Do you practise being this stupid?', 'Do you practise being this'],
    ['Ok boomer', 'Ok boomer'],
    ['Your opinion is worthless', 'Your opinion is worthless'],
    ['Who let you near a keyboard?', 'Who let you near'],
    ['Did your mum drop you on your head?', 'drop you on your head'],
    ['You lot 🤡', 'You lot 🤡'],
    ['You’ll pay for this', 'You’ll pay for this'],
    ['I’ll make your life hell', 'make your life hell'],
    ['It would be a shame if something happened to your practice', 'It would be a shame if something happened'],
    ['Someone should teach you a lesson', 'Someone should teach you a lesson'],
    ['You need a good slap', 'You need a good slap'],
    ['Say that to my face', 'Say that to my face'],
    ['I know what car you drive', 'I know what car you drive'],
    ['If I see you round here again you’re dead', 'If I see you round'],
    ['I’ll get you sacked', 'I’ll get you sacked'],
    ['Keep talking and see what happens', 'Keep talking and see what happens'],
    ['I’m coming for you', 'I’m coming for you'],
    ['Don’t make me come down there', 'Don’t make me come'],
    ['You should be ashamed of yourself.', 'should be ashamed of yourself'],
    ['Nobody would miss you if you vanished.', 'Nobody would miss you'],
    ['Go back under your bridge.', 'Go back under your bridge'],
    ['Your face could curdle milk.', 'Your face could curdle'],
    ['You’re not even worth replying to.', 'You’re not even worth replying'],
    ['Absolute state of you.', 'Absolute state of you'],
    ['You’re so ugly.', 'You’re so ugly'],
    ['Go and cry to your mum.', 'cry to your mum'],
    ['What a clueless take, did you even read the post?', 'What a clueless take'],
    ['Congrats on being the dumbest person online.', 'Congrats on being the dumbest'],
    ['Log off and touch some grass.', 'Log off and touch some grass'],
    ['The woman who runs the shop opposite is a right old battleaxe.', 'battleaxe'],
    ['Our landlord is a greedy pig.', 'pig'],
    ['She’s a slag, everyone knows.', 'slag'],
    ['You’re a psycho.', 'psycho'],
    ['What a wanker.', 'wanker'],
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
    'Well done to our team for the award!',
    'Thanks Professor Smith for the brilliant lecture.',
    'A quick finger prick test checks your blood sugar.',
    'The door knob is broken, please use the side door.',
    'Our mug design won the staff competition.',
    'The snow will melt by tomorrow.',
    'Genius idea from Sam: a quiet room for staff.',
    'Sure, genius idea, let’s do it.',
    'Good luck, champ! Our youngest volunteer runs the 5k today.',
    'Bless you all for the kind messages.',
    'Cheers, mate, see you Friday.',
    'Thanks, love, that means a lot.',
    'Snake plants are great for the waiting room.',
    'Counting sheep does not work; try our sleep tips instead.',
    'Reading is hard for some children with dyslexia.',
    'Step outside for some fresh air at lunch.',
    'I know your routine is busy, so we offer evening slots.',
    'Keep going and see what happens to your mood after a week of walking.',
    'You’ll pay £60 per session.',
    'We’ll get you booked in this week.',
    'Meet me outside the library at noon.',
    'I hate Mondays 🙄',
    'Make your life easier with online booking.',
    'You need a good rest after that week.',
    'You should be proud of yourself for asking for help.',
    'Nobody should feel ashamed of needing support.',
    'Don’t feed the trolls online: block and report.',
    'Our sad news: the café is closing.',
    'Touch some grass: our nature walks start in May.',
    'Psycho is on at the film club on Friday.',
    'The old slag heap is now a nature reserve.',
  ])('leaves %j alone', (text) => {
    expect(harassmentIn(text)).toEqual([]);
  });
});

describe('harassing phrases in text-speak, whatever words come before', () => {
  it.each(['came in late, screw u', 'honestly screw ya mate', 'fck u and your reviews'])('stops: %s', (text) => {
    const result = checker.check({ text });
    expect(result.verdict).toBe('stop');
    expect(result.findings.map((finding) => finding.clause)).toContain('safe.harassment');
  });
});

describe('stigma against people by their mental health condition', () => {
  it.each([
    ['Honestly people with bipolar are all attention seekers.', 'people with bipolar are all attention seekers'],
    ['Anorexics are just drama queens wanting a fuss', 'Anorexics are just drama queens'],
    ['people with personality disorders are nightmares, avoid', 'people with personality disorders are nightmares'],
  ])('stops %j', (text, phrase) => {
    const found = harassmentIn(text);
    expect(found.map((finding) => text.slice(...finding.span))).toContain(phrase);
    expect(checker.check({ text }).verdict).toBe('stop');
  });

  it.each([
    'It is a myth that people with BPD are manipulative; they are often in great pain.',
    'People with depression are not lazy, and our Tuesday group is open to anyone.',
    'Stigma tells people with anxiety they are attention seekers. We know better.',
    'Our story of the year: feral cats rehomed by the volunteers next door.',
    'If you would not say it to my face, do not type it in the comments.',
    'Fed up of people with anxiety being dismissed by their GP? So are we.',
    '"People with BPD are manipulative." We hear it all the time, and it could not be further from the truth.',
    "We're two sandwiches short of a picnic this morning, send coffee.",
    'Teenagers are nightmares in the morning, three alarms and a cold flannel later we made the bus.',
    'Happy birthday to my three feral nephews, you are feral and I love you.',
    'New group starting: sleep support for people with PTSD nightmares.',
    'Evening talk: why people with dementia are often hopeless with new phones, and how to help.',
  ])('leaves %j alone', (text) => {
    expect(harassmentIn(text)).toEqual([]);
  });
});

describe('name-calling in idioms and talking down', () => {
  it.each([
    ['Whoever designed this car park is two sandwiches short of a picnic.', 'is two sandwiches short of a picnic'],
    ["Love Darren, but he's not the sharpest tool in the box.", "he's not the sharpest tool"],
  ])('stops %j', (text, phrase) => {
    expect(harassmentIn(text).map((finding) => text.slice(...finding.span))).toContain(phrase);
  });

  it.each([
    "I'm two sandwiches short of a picnic today, send coffee.",
    'Little ones, ask a grown-up to help with the scissors.',
    'These new LED bulbs are dimmer than the old ones.',
    'I could bore for England about my allotment.',
    'If you love the cake, say it to my face, not in the group chat!',
    'Read it again slowly and let the words land. Poetry rewards patience.',
  ])('leaves %j alone', (text) => {
    expect(harassmentIn(text)).toEqual([]);
  });
});
