import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'political-or-religious-view');

describe('political-or-religious-view', () => {
  it.each([
    ['The Conservatives have wrecked this country. Do not vote for them next month.', 'Do not vote for them next month.'],
    ['Labour are useless and Starmer should resign.', 'Labour are useless and Starmer should resign.'],
    ['The royal family should pay their own way like the rest of us.', 'The royal family should pay their own way like the rest of us.'],
    ['Prayer is the only real cure for depression, and God will heal you if you let Him.', 'Prayer is the only real cure for depression, and God will heal you if you let Him.'],
    ['Reminder that the King costs taxpayers millions. Abolish the monarchy.', 'Abolish the monarchy.'],
    ['Proud to be voting Green this week! 💚', 'Proud to be voting Green this week!'],
    ['Sick of the Tories ruining everything. #GeneralElection', 'Sick of the Tories ruining everything.'],
    ['God has a plan for every one of us, so trust Him.', 'God has a plan for every one of us, so trust Him.'],
    ['The Chancellor has cut every service my clients rely on. Shameful.', 'Shameful.'],
    ['Only through prayer will you find real peace.', 'Only through prayer will you find real peace.'],
    ['Labour have let down every family in this town.', 'Labour have let down every family in this town.'],
    ['Science says there is no God, and it is time we all grew up.', 'Science says there is no God, and it is time we all grew up.'],
    ['Keep Christ in Christmas this year, everyone!', 'Keep Christ in Christmas this year, everyone!'],
    ['Landlords are parasites and always have been.', 'Landlords are parasites and always have been.'],
    ['Support the unions! Strike action is the only way teachers get heard.', 'Support the unions!'],
    ['Enjoy the long weekend everyone #StopTheBoats', 'Enjoy the long weekend everyone #StopTheBoats'],
    ['Prayer is the one true medicine for a troubled mind.', 'Prayer is the one true medicine for a troubled mind.'],
    ['Reform are a bunch of racists, and I am sick of pretending otherwise.', 'Reform are a bunch of racists, and I am sick of pretending otherwise.'],
    // ... and it is when the opinion is about a side.
    ['Hot take: the Tories will never win back this town.', 'Hot take: the Tories will never win back this town.'],
  ])('stops: %s', (text, sentence) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toContain('safe.unsolicited-views');
    expect(findings.some((finding) => text.slice(...finding.span) === sentence)).toBe(true);
  });

  it.each([
    'Polling day tomorrow. However you vote, be gentle with yourself if the news feels overwhelming.',
    'Happy Easter from all of us! We are closed Monday and back on Tuesday.',
    'The government has announced new funding for NHS Talking Therapies; here is what it means for referrals.',
    'Ramadan Mubarak to everyone observing. If fasting affects your session times, just let us know.',
    'I voted this morning and then went for a lovely walk by the river.',
    'Oh god, what an awful week. Thank goodness it is Friday.',
    'Everyone should vote tomorrow, polls open at 7am.',
    // Announcing a strong opinion is not politics when the opinion is about tea or trains.
    'Hot take: the 7.42 to Liverpool Street is the worst train in England, fight me.',
    'Unpopular opinion: salted caramel is overrated and a crime against dessert.',
    'Congratulations to Mo, who was born on the Labour ward last night and is doing brilliantly!',
    'Reform of the referral system is coming next year, according to the NHS Confederation.',
    'Election coverage can feel awful if you are anxious, so it is fine to mute it.',
    'Religious holidays can be hard; you should be gentle with yourself.',
    'Government guidance says you need to stay home if you have a fever.',
    'Muslim clients fasting during Ramadan may need to move their session times.',
    "We'll be closed for the King's Speech day, so you should book early.",
    'In this country you need a GP referral for most NHS therapy.',
    'Our group meets in the church hall, and you need to book a place.',
    'When anxiety strikes, it can feel awful. Try slowing your breathing.',
    'Results night can be stressful. Whoever you are voting for, it is fine to switch off the news early.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describeOtherWordings({
  checker,
  detector: 'political-or-religious-view',
  clause: 'safe.unsolicited-views',
  verdict: 'stop',
  flags: [
    [
      "Badenoch is the worst party leader in living memory, change my mind.",
      "worst party leader"
    ],
    [
      "Reeves is the worst chancellor this country has ever had.",
      "worst chancellor"
    ],
    [
      "Honestly the best PM we've had in decades, no contest.",
      "best PM"
    ],
    [
      "Kemi is an absolute embarrassment to this country.",
      "embarrassment"
    ],
    [
      "Atheists have no moral compass, it's just a fact.",
      "moral compass"
    ],
    [
      "Net zero is a con dreamed up by Westminster elites.",
      "Net zero"
    ],
    [
      "Truss crashed the economy and should never be allowed near power again.",
      "crashed"
    ],
    [
      "Honestly Labour have no idea what they're doing with the NHS.",
      "no idea"
    ],
    [
      "Immigration is out of control and the government doesn't care.",
      "out of control"
    ],
    [
      "The Pope is wrong about almost everything, to be honest.",
      "wrong about"
    ],
    [
      "Anyone still backing Farage needs to take a long hard look at themselves.",
      "still backing"
    ]
  ],
  passes: [
    "Election week can feel tense. Whoever you vote for, be kind to yourself and others.",
    "Our rooms are closed on polling day as the hall is used as a polling station.",
    "The Prime Minister visited our local hospital today, according to the Echo.",
    "Wishing Eid Mubarak to everyone celebrating this week.",
    "Our best sessions happen when clients feel safe to be honest.",
    "This was the worst week of weather we've had all year, stay dry!",
    "Our counsellor is leading a talk at St Mary's church hall on Thursday."
  ],
});

describe('a demand about a divisive issue, said before it', () => {
  it.each([
    'Honestly the country should stop letting in migrants until the NHS is fixed.',
    'Time to abolish the monarchy, I said it.',
    'We must get rid of net zero targets.',
  ])('stops: %s', (text) => {
    expect(findingsOf(text).length).toBeGreaterThan(0);
  });

  it.each([
    'We should all make asylum seekers feel welcome at our drop-in.',
    'You should stop reading the news about the government before bed.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('judging the people on a side', () => {
  it.each([
    'Anyone who supports the benefit cap should take a long look at themselves.',
    'Never trust a Tory with the NHS, my dad always said.',
    'Organised religion has done enough damage to last us a lifetime.',
  ])('stops: %s', (text) => {
    expect(findingsOf(text).length).toBeGreaterThan(0);
  });

  it('passes asking whether talking about the election is a good idea', () => {
    expect(findingsOf('Is it a good idea to talk about the election with teenagers? Some gentle tips.')).toEqual([]);
  });
});

describe('community notices near a divisive topic', () => {
  it.each([
    "The vicar at St Mark's had a good idea: a monthly grief cafe.",
    'Hate speech about migrants is not welcome here.',
    "Charities should end the stigma around asylum seekers' mental health.",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('independence and faith schools', () => {
  it.each([
    "Happy St Andrew's Day! Independence can't come soon enough, time to leave Westminster for good.",
    'Faith schools are a form of institutional harm, in my view.',
  ])('stops: %s', (text) => {
    expect(findingsOf(text).length).toBeGreaterThan(0);
  });

  it('passes a wellbeing talk at a faith school', () => {
    expect(findingsOf('We gave our exam-stress talk at two local faith schools this week. Lovely pupils!')).toEqual([]);
  });
});
