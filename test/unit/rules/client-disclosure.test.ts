import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string, detector = 'client-disclosure') => checker.check({ text }).findings.filter((finding) => finding.detector === detector);
const flagged = (text: string) => text.slice(...(findingsOf(text)[0]?.span ?? [0, 0]));

describe('client-disclosure', () => {
  it.each([
    'A client told me this morning that she has not left the house in a month. If that is you too, please reach out.',
    'Had such an emotional session tonight with a young mum who finally talked about the birth.',
    'My Thursday 10am client cancelled again, third time this month 🙄',
    'One of my clients said something today that stopped me in my tracks: "I didn\'t know I was allowed to rest."',
    'Well done to Tom, who completed his final counselling session with us this week after two years of grief work!',
    'Here is a copy of her case notes as requested — let me know if the insurer needs anything else.',
    'Thank you to Aisha and Ben, who opened up so honestly about their divorces at Tuesday\'s group.',
    'A 15-year-old I work with told me he is being bullied every day on the bus. Parents, please ask.',
    'Someone I’m working with just got their first job in three years and I am so proud.',
    'A patient broke down in my room today when talking about her dad.',
    'Client spotlight 🌟 This month we celebrate a brave young man who beat his fear of lifts!',
    'The retired vicar I counsel painted me a watercolour of the room, I am so touched.',
    'My Friday afternoon lady turned up in her pyjamas today and honestly, fair enough.',
    'Not naming anyone, but a well-known local councillor is in my 6pm slot each fortnight.',
    'Welcome back to Idris, who has come back to us for a few more counselling sessions.',
    'Emailing Ms Clarke\'s assessment notes across to her new psychiatrist this afternoon.',
    'My client Toby has started sleeping through the night again!',
    'Heard in session this week: "I never knew I was allowed to say no." Powerful stuff.',
    'A grieving grandad I have been supporting brought me his late wife\'s recipe book today.',
    'Yesterday\'s session with Oliver was such a turning point for him.',
    'Today in a nutshell: two clients in crisis, one disclosure of abuse and a safeguarding referral.',
    'One of the teenagers I work with at the academy told me she has not eaten properly in weeks.',
    'Remember Nina from our open evening? She has been coming to us for therapy ever since.',
    'My 10:15 has been off the booze for six months today!',
    'A veteran I have been treating for PTSD finally slept through the night.',
    'One man in our Thursday anger group told us about the night he punched a wall.',
    'Quote of my week, from my Tuesday 11am: "I think I have been angry since 2009."',
    'Sleep scores doubled in six weeks for one of my Wednesday morning clients. So proud.',
    'Thinking about a session with a 60-year-old ex-miner who finally spoke about the strike after all these years.',
    'Ran the 10k with a woman I used to see for counselling a few years back. She smashed it!',
    'Someone I see on Thursdays finally told her sister about the debt.',
    'I used to treat her for panic attacks and now she is running a half marathon!',
    'My Tuesday 10am (she knows who she is) finally booked the trip to Lisbon!',
    'My Thursday 5pm and I laughed so hard today that we ran over.',
  ])('stops: %s', (text) => {
    const result = checker.check({ text });
    expect(result.verdict).toBe('stop');
    const clauses = new Set(findingsOf(text).map((finding) => finding.clause));
    expect(clauses).toEqual(new Set(['safe.discussing-others', 'security.confidential-information', 'security.data-protection']));
  });

  it('points at the client reference and generalises it', () => {
    const text = 'Yesterday my 4pm client cried through the whole hour.';
    expect(flagged(text)).toBe('my 4pm client');
    expect(findingsOf(text)[0]?.rewrite).toBe('Yesterday people I work with cried through the whole hour.');
  });

  it('points at the named participation', () => {
    expect(flagged('So proud of Maria, who finished her 10 sessions today!')).toBe('finished her 10 sessions');
  });

  it.each([
    'Every client begins with a 30-minute consultation, free of charge.',
    'If a client tells you they feel unsafe, follow the safeguarding procedure straight away.',
    'What should I do when a client says they want to stop therapy? Good question for supervision.',
    'Thank you to everyone who came to last night\'s stress workshop — see you next month!',
    'We are recruiting a counsellor to see adult clients two days a week.',
    'Welcome Sophie to the team! Sophie started her counselling training in 2019 and joins us as an associate.',
    'Our client portal has a new look — same login, easier booking.',
    'We\'ve updated how we store session notes, in line with GDPR.',
    'Our clients often tell us the first session is the hardest step.',
    'If a client makes a disclosure of abuse, we follow our safeguarding policy straight away.',
    'A dad told me at the school gate that he loved our blog on sleep. Made my day!',
    'My 9:30 train was late again, so I missed the start of the team meeting.',
    'Behaviour change is hard. Most people need several attempts to quit smoking.',
    'Book a session with Dan, our new CBT therapist, from next week.',
    'The families I counsel often say the school run is the hardest part of the day.',
    'A charity I am supporting this year is running a sponsored walk — join us!',
    'My Friday 4pm: yoga, then home for tea and the telly.',
    'My Friday 4pm yoga class said "namaste" in unison and I nearly cried laughing.',
    'Someone I used to see at the pub quiz has just opened a bakery on the high street!',
    'I used to treat myself to a bacon roll every Friday; now it is porridge.',
    'Years ago I used to counsel myself out of every run. Not any more!',
    'Someone I see on the school run asked if we run parenting groups. We do!',
    'Someone I see at Pilates is opening a café on Mill Lane next month.',
    'Someone I see at work every day brought in a lemon drizzle. Colleagues are the best.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('client-disclosure: other wordings', () => {
  it.each([
    // Meeting a former client, and hinting at what they told you.
    'Ran into an ex-client at the school gates today, she looked so well.',
    'Spotted a past client in the queue at Boots — I know far too much about her marriage to make eye contact!',
    'Saw one of my old clients at the gym. Pretending I don’t know about the gambling 🙃',
    'Bumped into a previous client at the big Sainsbury’s, and all I could think about was her divorce.',
    'a former client just walked past me in the park, knowing everything about his childhood is so strange',
    // A client pointed at by their slot and their job or town.
    'Emotional hour with my Wednesday 6pm regular, the nurse from Braintree.',
    'My Monday regular — the vicar from Kelvedon — cried for the whole hour.',
    'my thursday 4pm lady (the hairdresser on the high street) finally left him!',
    'Tough one today with my 10am, the paramedic from Witham.',
    'Another breakthrough for my Friday regular, a teacher at the local primary.',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('safe.discussing-others');
  });

  it.each([
    'We welcome former clients back at any time — just get in touch.',
    'Ran into an old friend in Tesco today, what a treat.',
    'My Tuesday regulars at the café know my order by heart.',
    'My Tuesday 6pm slot is now free if anyone is looking for evening sessions.',
    'Tough session at the gym with my trainer today, legs like jelly.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('client-disclosure: lower case, slang and no article', () => {
  it.each([
    'had a client today who told me she still sleeps with the lights on',
    'my 2pm just told me the funniest thing about her mother in law',
    'so proud of my 11am, three months sober today',
    'Client today said "you are the only person who listens". Heartbreaking.',
    'my wed evening couple are finally talking again!! 🙌',
    'session w/ a new client this morning, she works at the council and is being bullied by her boss',
    'one of my clients is a local headteacher and she is finally leaving her husband',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('safe.discussing-others');
  });

  it.each([
    'Many clients tell us the first session is the hardest step.',
    'Client confidentiality is at the heart of everything we do.',
    'if a client tells you they are at risk, follow the safeguarding policy',
    'Our 2pm workshop is full, but there are spaces at 6pm.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('client-disclosure: what a client is or is doing', () => {
  it.each([
    'my new referral is a local councillor, small world',
    'One of my couples is on the verge of splitting, feeling it today',
    'A client I have had for two years is moving to Australia and I am gutted',
    'someone i see on thursdays finally told her mum about the abuse',
    'Shoutout to my Wednesday lady for getting through her first week back at work 👏',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('safe.discussing-others');
  });

  it.each([
    'Every client is different, so every plan is too.',
    'The first session is a chance to ask questions and see if we are a good fit.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe("client-disclosure: a client's therapist reported on", () => {
  const clausesOf = (text: string) => findingsOf(text).map((finding) => finding.clause);
  it.each([
    "Seen your review Mrs Hall, your husband's therapist tells us he missed three sessions.",
    'Hi Rob, saw your tweet. Your counsellor says you disclosed drinking in the last session.',
  ])('flags: %s', (text) => {
    expect(clausesOf(text)).toContain('safe.discussing-others');
  });

  it.each([
    'If your therapist says you need a break, listen.',
    'Your therapist will tell you the same: rest matters.',
    'My therapist told me to journal every day, best advice ever.',
  ])('passes general advice and one’s own therapy: %s', (text) => {
    expect(clausesOf(text)).toEqual([]);
  });
});
