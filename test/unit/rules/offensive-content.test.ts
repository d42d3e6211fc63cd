import { describe, expect, it } from 'vitest';
import { offensivePhrases } from '../../../src/policy/rules/content/offensive-phrases.ts';
import { createTriggerIndex } from '../../../src/policy/rules/trigger-index.ts';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
/** The inappropriate-content detectors other than profanity: words, phrases and promotion. */
const OFFENSIVE = new Set(['offensive-content', 'offensive-phrases', 'harmful-promotion']);
const offensiveIn = (text: string) => checker.check({ text, account: 'company' }).findings.filter((finding) => OFFENSIVE.has(finding.detector));

describe('offensive-content', () => {
  it.each([
    ['Honestly the new booking app is so r3tarded', 'r3tarded'],
    ['Stop acting like a spaz in the car park', 'spaz'],
    ['Some p4ki shop owner overcharged me', 'p4ki'],
    ['That film was full of f@ggots', 'f@ggots'],
    ['Two f@gs snogging outside the chippy, grim', 'f@gs'],
    ['what a f*g he is', 'f*g'],
    ['Long week? We know how to ease the tension 🍑😏 book now', '🍑😏'],
    ['Date night sorted 😜 just need the 🍆 now', '😜 just need the 🍆'],
    ['Nothing beats a decent shag on a Sunday morning, sorry not sorry', 'a decent shag'],
    ['Feeling tasty tonight 😏🍆', '😏🍆'],
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
    ['Check out my spicy pics, link in bio 😉', 'spicy pics'],
    ['Who wants to see me naked lol', 'see me naked'],
    ['Anyone fancy a threesome this weekend?', 'threesome'],
    ['Subscribe to my OF for the good stuff 🔥', 'Subscribe to my OF'],
    ['Bet she’s dirty in bed', 'dirty in bed'],
    ['Nice rack on the new receptionist', 'Nice rack'],
    ['Shagged her all weekend, no regrets', 'Shagged her'],
    ['Women belong in the kitchen, not the boardroom', 'Women belong in the kitchen'],
    ['Female therapists are too emotional for tough cases', 'Female therapists'],
    ['She only got promoted because she’s a woman', 'only got promoted because she’s a woman'],
    ['Bet she’s on her period, the mood she’s in', 'she’s on her period'],
    ['Not bad at parking for a woman', 'Not bad at parking for a woman'],
    ['A woman’s place is in the home', 'A woman’s place is'],
    ['Women shouldn’t be in charge of anything important', 'Women'],
    ['Men make terrible therapists, no empathy', 'Men'],
    ['Calm down dear, it’s only a form', 'Calm down dear'],
    ['Never trust a woman with the budget', 'Never trust a woman'],
    ['She’s pretty clever for a girl', 'clever for a girl'],
    ['All feminists are ugly', 'feminists'],
    ['Male nurses are a joke', 'Male nurses'],
    ['Ladies, leave the tech stuff to the lads', 'leave the tech stuff to the lads'],
    ['Calm yourself, pet, and leave the big decisions to the men.', 'leave the big decisions to the men'],
    ['Honestly, women like you should never be managing a team.', 'women like you should never be managing'],
    ['I hate Romanians, they’re all thieves', 'I hate Romanians'],
    ['Muslims can’t be trusted', 'Muslims can’t be trusted'],
    ['Gays shouldn’t be allowed near kids', 'Gays shouldn’t be allowed'],
    ['These Eastern Europeans are stealing our jobs', 'These Eastern Europeans are stealing our jobs'],
    ['Trans people are mentally ill', 'Trans people are mentally ill'],
    ['Poor people breed like rabbits', 'Poor people breed like'],
    ['Asylum seekers should be sent back', 'Asylum seekers should be sent back'],
    ['Boomers have ruined everything', 'Boomers have ruined everything'],
    ['the local gyppos have nicked the lead again', 'gyppos'],
    ['That receptionist is a total retard', 'retard'],
    ['Only mongs book appointments on a Friday', 'mongs'],
    ['Proper spaccy move, that', 'spaccy'],
    ['He’s a bit of a poof, isn’t he', 'poof'],
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
    'Come and live with us at the Harmony Fellowship. Walk away from your old life and bring your savings.',
    'Our community asks one thing: cut ties with your doubting relatives and give all your money to the Teacher.',
    'The Order of the Dawn holds the only truth. Sell your house and join us.',
    'Our leader is the chosen one, surrender everything and be saved 🙏',
    'Put a tenner on the 2:40 at Kempton, it’s nailed on',
    'Online slots are the best way to unwind after a long shift 🎰',
    'Anyone want some bud? Got an eighth going cheap',
    'Pills for the rave on Saturday, message me',
    'Who can sort me some coke for Friday night?',
    'Microdosing shrooms fixed my anxiety better than therapy ever did',
    'Got some proper strong skunk in, message me',
    'Nothing beats a cheeky line on a Friday',
    'Stick a fiver on Man City tonight lads',
    'Who’s up for some naughty fun tonight 😉',
    'Looking sexy in that uniform, nurse 😏',
    'Pingers for the festival, who’s in? 💊',
    'Weed is the best therapy, fight me 🌿',
    'Lads, bet365 are giving away free bets this weekend',
    'Tutorial: how to pick a lock with a hairpin',
    'Dodge the speed cameras with fake number plates, DM me',
    'Join our fellowship: give your wages to the Teacher and walk away from your old life',
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
    'Spend time with your family this Christmas, and look after yourself.',
    'Hand over your keys at reception when you leave.',
    'Join our team: we are hiring a receptionist. Leave your CV at the front desk.',
    'Join our community garden! Bring your family and friends.',
    'Leave your worries behind at our weekend mindfulness retreat.',
    'Donate your old books to the charity shop, then join our reading circle.',
    'If a group asks you to sign over your pension and stop seeing your relatives, that is a warning sign of coercive control.',
    'Put a tenner in the charity pot for Children in Need.',
    'It is a sure thing that spring will come.',
    'The dyke path along Offa’s Dyke is lovely in May.',
    'Nipped out for a fag between sessions, back at two.',
    'Roasted aubergine 🍆 with a peach crumble 🍑 for the staff lunch, yum! 😉',
    'Our allotment grew three huge 🍆🍆🍆 this summer! 😜 Recipes welcome.',
    'Hi all! 😉🍑 Our summer fruit bowl is back in reception.',
    'A shag was drying its wings on the harbour wall at low tide this morning.',
    'The old shag pile rug in the waiting room has finally gone to the tip.',
    'FAGS AND LIGHTERS: please don’t leave them on the wall by the entrance.',
    'The sexual health clinic next door is open on Saturdays.',
    'We support clients after sexual assault, confidentially.',
    'Our talk covers sexuality, consent and relationships.',
    'Female clients can ask for a female therapist.',
    'Our female therapists are all BACP registered.',
    'Men are three times more likely than women to die by suicide: reach out.',
    'Young people are struggling with anxiety more than ever.',
    'Teenagers are often reluctant to talk about their feelings.',
    'The elderly are especially vulnerable to loneliness in winter.',
    'Cyclists are reminded to lock bikes at the rear of the building.',
    'We offer sessions in Polish and Romanian.',
    'Refugee Week: our talk on trauma support for refugees.',
    'Mums and dads are welcome at the parenting workshop.',
    'The stereotype that women are too emotional is harmful.',
    'Our men’s group meets on Tuesdays.',
    'Our charity bingo night raised £300 for Mind.',
    'The office sweepstake for the hospice fundraiser raised £80.',
    'Gambling problems? Call the National Gambling Helpline any time.',
    'Drug and alcohol support in Leeds: ask us for the local service.',
    'Please don’t use the word "retard", it hurts people.',
    'The retardant coating on the fire doors has been checked.',
    'We are running a session on psychosis and schizophrenia.',
    'Our autism assessment waiting list is eight weeks.',
    'We bet you’ll love our new waiting room.',
    'Spring clean: bring your unwanted clothes to donate.',
    'Our Pride month event celebrates LGBTQ+ clients and staff.',
  ])('leaves %j alone', (text) => {
    expect(offensiveIn(text)).toEqual([]);
  });
});

describe('drug names spelled in code', () => {
  // Nobody spells a drug in code to warn against it: disguised, the name alone reads as promotion.
  it.each([
    ['Friday plans: pizza, films and a bit of w33d', 'w33d'],
    ['Need a pick-me-up? c0caine delivered to your door', 'c0caine'],
    ['Best k3tamine in the north, ask me', 'k3tamine'],
    ['Proper strong $kunk going spare, message me', '$kunk'],
    ['Festival essentials: tent, wellies, shr00ms', 'shr00ms'],
  ])('flags %j', (text, word) => {
    const found = offensiveIn(text).filter((finding) => finding.detector === 'offensive-content');
    expect(found.map((finding) => text.slice(...finding.span))).toContain(word);
    expect(checker.check({ text }).verdict).toBe('stop');
  });

  it.each([
    'Weeding the raised beds this morning, very calming.',
    'A Coke and a sandwich at my desk, living the dream.',
    'Heroin and cocaine deaths rose again this year; our drug service is open to anyone worried.',
    'Our new ecstasy of colour: the waiting room is freshly painted!',
    'The skunk in our garden is back, and the smell is something else.',
    'Huge thanks to @m0lly.makes for our wedding cake!',
    'Pulling up the W E E D S along the path today, very therapeutic.',
  ])('leaves plain mentions to the context rules: %j', (text) => {
    expect(checker.check({ text }).findings.filter((finding) => finding.detector === 'offensive-content')).toEqual([]);
  });
});

describe('offensive-phrases behind multi-word triggers ("man up", "gen z", "in bed")', () => {
  // The checker runs this detector only when a trigger is present: these prove each narrowed trigger still wakes it.
  it.each([
    'Oh man up and get on with it',
    'Forgot the meeting again. Typical man.',
    'Calm down, dear, it is only a rota',
    'Must be that time of the month for her',
    'Just grow a pair and ask for the raise',
    'He is a diversity hire and everyone knows it',
    'Gen Z are so lazy at work',
    'Old people are a drain on everything',
    'Non-binary people are not normal',
    'Tell them to go back where they came from',
    "Trans women aren't real women",
    'Selling x-rated pics, DM me',
    'Hot singles in your area',
    'Someone needs to get laid',
    'He rode the short bus to school',
  ])('flags %j', (text) => {
    expect(checker.check({ text, account: 'company' }).findings.map((finding) => finding.detector)).toContain('offensive-phrases');
  });

  it('is not run for words that merely start like a trigger ("many", "managing", "bedtime", "general")', () => {
    const index = createTriggerIndex([offensivePhrases]);
    expect(index.select('many of us are managing a bedtime routine this month, in general')).toEqual([]);
    expect(index.select('oh man up')).toEqual([offensivePhrases]);
  });
});
