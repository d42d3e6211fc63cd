import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

/**
 * Stop and caution rows said as an aside in an everyday post, in wordings two fresh held-out sets
 * found missed: swearing spelled with a 4, a colleague back "after the miscarriage", a changed
 * login's "new one", grant money skimmed, a reply that lectures, "we'll 100% be open", a baggie offered by
 * DM, a borrowed blue badge, a name and phone number asked for with someone's story, an actress
 * reduced to her body, an owner's secret let slip, and "ullu" for a fool. And the false alarms
 * they found: a team's defending "criminal", "therapy is a scam" quoted, and figures the draft
 * says are published in the report the sentence beside them names. Each with near misses in the same words.
 */
const checker = zrtherapyChecker();

describeOtherWordings({
  checker,
  detector: 'profanity',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [
    ['School run done, now so f4cking tired I could sleep in the car.', 'f4cking'],
    ['Sunday plans: sofa, soup, #f4ck1ngfreezing', 'f4ck1ngfreezing'],
    ['Facking hell, the printer jammed again.', 'Facking'],
  ],
  passes: ['Congratulations to Mr Fack on thirty years at the bakery.', 'The Fack family reunion is on Sunday in the park.'],
});

describeOtherWordings({
  checker,
  detector: 'personal-data',
  clause: 'security.data-protection',
  verdict: 'stop',
  flags: [['So good to have our bookkeeper Lena back with us after the stillbirth in spring. We love you.', 'after the stillbirth']],
  passes: [
    'Our volunteer Jim campaigned for years after the miscarriage of justice in his town.',
    "Gail's storyline after the heart attack had me in tears, Corrie at its best.",
    'Since the heart attack awareness stall went up, Priya has raised £300.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'credential',
  clause: 'security.strong-passwords',
  verdict: 'stop',
  flags: [['Great quiz night! PS team: the Facebook password was changed at lunch, new one is Willow!88 for now.', 'Willow!88']],
  passes: ['The booking page changed over the weekend. The new one is much quicker, have a look.', 'Our password rules were updated; the new one is on the staff intranet.'],
});

describeOtherWordings({
  checker,
  detector: 'defamation',
  clause: 'safe.defamation',
  verdict: 'stop',
  flags: [
    ['Lovely fete, shame our treasurer Derek Hale has been skimming the raffle money for years.', 'skimming the raffle money'],
    ["Oakwood Therapy's parking was criminal: they clamped my car and charged £300 to get it back.", 'criminal'],
    ['Oakwood Counselling: therapy is a scam, avoid.', 'is a scam'],
  ],
  passes: [
    'Derek Hale skimmed the grant guidance before the meeting and found the deadline.',
    'Skimmed the fees table from Leeds Beckett before the open day, Derek.',
    "Harrogate Town's defending on Saturday was criminal. Two own goals!",
    'My uncle Dev reckons therapy is a scam. Love him anyway.',
  ],
});

describe('defamation: a rival called a scam is still flagged beside the new guards', () => {
  it('flags a named practice called a scam', () => {
    expect(checker.check({ text: 'Oakfield Counselling is a scam, avoid.' }).findings.map((finding) => finding.detector)).toContain('defamation');
  });
});

describeOtherWordings({
  checker,
  detector: 'defensive-reply',
  clause: 'advice.dont-escalate',
  verdict: 'caution',
  flags: [
    ['Replying to the gentleman who called CBT a fad: you clearly haven\'t read the research, so perhaps read it before lecturing us all.', 'before lecturing'],
  ],
  passes: [
    'Replying to @amy: just to clarify, the car park is free after six.',
    'Bedtime standoff: go on then, brush your teeth, and I will wait here.',
    "Tell us your favourite way to unwind. Go on then, I'll wait in the comments ☕",
  ],
});

describeOtherWordings({
  checker,
  detector: 'promise',
  clause: 'advice.no-unchecked-promises',
  verdict: 'caution',
  flags: [
    ["Lift news: yes, we'll 100% be open on the ground floor from Monday.", "we'll 100% be open"],
    ['Every family who visits our stand today is assured a free first session.', 'assured a free first session'],
  ],
  passes: [
    "We're 100% behind the new crossing by the school.",
    "Loved the Christmas market, we'll 100% be back next year.",
    'Pensioners are assured a free bus pass in our county, at least for now.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'harmful-promotion',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [
    ['Good crop this year, message me if you fancy a baggie 😉', 'baggie'],
    ['Tomatoes are done, but something a bit stronger is growing in the greenhouse, DM me 🌱', 'something a bit stronger'],
  ],
  passes: [
    'Grab a baggie for your dog at the gate, bins are by the stile.',
    'Message me if you want a baggie of sweet pea seeds, free to a good home.',
    'Our worry stones are back! Message us for a baggie at reception.',
    'The skunk at the wildlife park was the star of the day.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'illegal-activity',
  clause: 'safe.illegal-activity',
  verdict: 'stop',
  flags: [
    ['Could we borrow your blue badge for the wedding on Saturday? The car park is miles away.', 'blue badge'],
    ['Swiped my nan\'s blue badge for the derby, parked right by the turnstiles 😂', 'blue badge'],
  ],
  passes: [
    'Blue badge holders can use the two bays by our front door.',
    "A reminder from the council: using someone else's blue badge is a criminal offence.",
    "We're borrowing a Blue Badge guide for the Oxford trip, so exciting.",
  ],
});

describeOtherWordings({
  checker,
  detector: 'sensitive-details-request',
  clause: 'security.phishing',
  verdict: 'stop',
  flags: [["Tough week? Comment with your name, mobile number and what's been happening and a therapist will ring you.", 'mobile number']],
  passes: ['Raffle tonight! Reply with your name and phone number to enter the draw.'],
});

describeOtherWordings({
  checker,
  detector: 'offensive-phrases',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [['Great gig, shame the new singer only got hired for her legs.', 'only got hired for her legs']],
  passes: [
    'He only got the job because of his references, fair play to him.',
    "She didn't only get the job because of her body of research, she interviews brilliantly.",
    'The greyhound only got picked for his legs, bless him.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'third-party-leak',
  clause: 'security.third-party-confidential',
  verdict: 'stop',
  flags: [['Brunch at the deli on Kirkgate, and their manager let slip they are closing the second branch in March.', 'manager let slip']],
  passes: [
    'The owner let slip her secret is extra butter in the pastry 😂',
    'The boss let on he secretly watches Strictly with his mum.',
    "The landlady confided that she's planning a Christmas Day lunch for anyone on their own.",
  ],
});

describeOtherWordings({
  checker,
  detector: 'insult-or-threat',
  clause: 'safe.harassment',
  verdict: 'stop',
  flags: [['@sam_k honestly mate, you absolute ullu, read the thread first', 'ullu']],
  passes: ['Ullu the barn owl at the sanctuary is twelve today!', 'Word of the day in Urdu class: ullu is owl.'],
});

describe('business-figures: figures the draft says are on the practice own site', () => {
  it.each([
    'Our annual review is out: 1,200 sessions delivered last year. The full review is on our website.',
  ])('passes: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('ok');
  });

  it.each([
    'We saw 212 clients this quarter, down from 260 last year. Book on our website.',
    'Our annual review is on our website. Between us, we saw 380 clients this quarter and lost money.',
  ])('still flags: %s', (text) => {
    expect(checker.check({ text }).findings.map((finding) => finding.detector)).toContain('business-figures');
  });

  it('still flags figures kept between us beside a published report', () => {
    const result = checker.check({ text: 'Our annual review is on our website. Between us, we saw 380 clients this quarter and lost money.' });
    expect(result.findings.map((finding) => finding.detector)).toContain('business-figures');
  });
});

/**
 * A second pair of fresh sets (holdout32: late-night posts, announcements, hobbies, screenshots,
 * mixed-up accounts; holdout33: questions to followers, recommendations, hard weeks, celebrations,
 * replies that turn) found these missed, each in our own words here.
 */
describeOtherWordings({
  checker,
  detector: 'personal-data',
  clause: 'security.data-protection',
  verdict: 'stop',
  flags: [
    ['So proud of my colleague Dan for finishing the 10k, three months after his MS diagnosis.', 'after his MS diagnosis'],
    ['Lovely to have Sarah from book club back after the miscarriage, be gentle with her.', 'after the miscarriage'],
  ],
  passes: [
    'Our plumber Dan was brilliant: after his diagnosis of the boiler fault we were warm by teatime.',
    'Stephen Fry is so open about life after his prostate cancer diagnosis, a brilliant interview.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'competitor-rude',
  clause: 'safe.competitors',
  verdict: 'stop',
  flags: [["Well done Otley Harriers on the cup! Unlike the lot at Willowbank Counselling, who couldn't organise a raffle.", 'Willowbank Counselling']],
  passes: [
    "I couldn't organise a sock drawer this week 😂",
    "Thank you Harbour Wellbeing Centre for the open day! I couldn't organise a raffle, but these folk ran a whole festival.",
  ],
});

describeOtherWordings({
  checker,
  detector: 'harassing-phrases',
  clause: 'safe.harassment',
  verdict: 'stop',
  flags: [
    ["Thanks for the kind words, Kev, but you're still the dullest bloke in the darts league.", 'the dullest bloke'],
  ],
  passes: [
    "Told my sister she's the most annoying human alive, she loved it.",
    "Happy 60th Dad! You're still the most boring man to watch the cricket with, love you x",
    "'You're the most useless person I've ever hired' is something nobody should hear at work.",
    'A gaggle of geese crossed the lane this morning.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'defensive-reply',
  clause: 'advice.dont-escalate',
  verdict: 'caution',
  flags: [
    ["Thanks for the comment, Sue! If you'd read past the headline, you'd see we agree with you.", "read past"],
    ["@dave_k enough about our new bins. I'm done being polite.", 'done being polite'],
  ],
  passes: [
    "The slugs have had every lettuce. I'm done being polite.",
    "Can anyone explain the offside rule to me? I'll wait.",
    'Name one better biscuit than a custard cream? Go on, I\'ll wait. 🍪',
    'A tip from our team: if you\'d read past the first chapter of most self-help books, you\'d find the useful bit.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'competitor-mention',
  clause: 'safe.competitors',
  verdict: 'caution',
  flags: [['Great CPD day hosted by Brookside Therapy, thanks for having us.', 'Brookside Therapy']],
  passes: [],
});

describeOtherWordings({
  checker,
  detector: 'political-or-religious-view',
  clause: 'safe.unsolicited-views',
  verdict: 'stop',
  flags: [
    ['Honest question: why do migrants get hotel rooms while our veterans sleep rough?', 'while our veterans'],
  ],
  passes: [
    "If I'd remembered my brolly I wouldn't be in such a state 😂",
    "The church hall kitchen wouldn't be in such a state if people washed their own mugs.",
    'What this country needs is more public loos.',
    'How is it fair that Boris (our cat) gets the warm spot on the sofa?',
  ],
});

describeOtherWordings({
  checker,
  detector: 'credential',
  clause: 'security.strong-passwords',
  verdict: 'stop',
  flags: [],
  passes: ["Sorry your gift voucher didn't scan! What's the code on it? We'll sort it."],
});

describe('credential: a login code asked for beside a voucher is still asked for', () => {
  it('flags it', () => {
    const text = "Your gift voucher is linked to your account. What's the verification code we sent you? Reply here.";
    expect(checker.check({ text }).findings.map((finding) => finding.detector)).toContain('credential');
  });
});

describeOtherWordings({
  checker,
  detector: 'illegal-activity',
  clause: 'safe.illegal-activity',
  verdict: 'stop',
  flags: [["Been using my gran's blue badge to park at the gym, total lifesaver.", 'blue badge']],
  passes: [
    "Using my gran's blue badge to take her to her hospital appointments, she can't walk far now.",
    'Could I have a blue badge for my son with autism? Filling in the form tonight.',
    "Someone has nicked my dad's blue badge from the car. Reported to the police.",
  ],
});

describeOtherWordings({
  checker,
  detector: 'defamation',
  clause: 'safe.defamation',
  verdict: 'stop',
  flags: [['Avoid Dalton Roofing, they knowingly fleece pensioners.', 'fleece pensioners']],
  passes: ['Shearing day on the farm: we fleece the flock every June.', 'Only skimmed the profits warning story on the BBC, is it bad for pensions?'],
});

describeOtherWordings({
  checker,
  detector: 'harmful-promotion',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [['Microdosing has done more for my focus than any app, honestly.', 'Microdosing']],
  passes: ['Microdosing research: the evidence is mixed, says a new study.', 'A good weed membrane does wonders for the veg beds.'],
});

describeOtherWordings({
  checker,
  detector: 'sensitive-details-request',
  clause: 'security.phishing',
  verdict: 'stop',
  flags: [["Comment the long number on your debit card and we'll hold the slot for you.", 'long number on your debit card']],
  passes: [],
});

/**
 * A third pair of fresh sets (holdout34: men in their fifties, apprentices, cars and DIY, money
 * worries, retold arguments, one long sentence; holdout35: regional voices, carers, faith
 * communities, neighbours' disputes, posts to an absent person, quoted texts) found these missed.
 */
describeOtherWordings({
  checker,
  detector: 'harassing-phrases',
  clause: 'safe.harassment',
  verdict: 'stop',
  flags: [
    ['Great quiz, thanks all! Apart from Gary, who nobody can stand. Stay home next time, Gary.', 'who nobody can stand'],
  ],
  passes: [
    "Keep it up and you'll be running the half marathon by spring!",
    'The fox who nobody could catch is back in the bins.',
    'Our cat, who nobody can bear to wake, has slept on the radiator all day.',
    "Keep it up and I'll sort him a new bike for Christmas, I told my son.",
  ],
});

describeOtherWordings({
  checker,
  detector: 'defensive-reply',
  clause: 'advice.dont-escalate',
  verdict: 'caution',
  flags: [["I'll say it once more: nobody here cancelled on you, and I won't be debating it further.", "I'll say it once more"]],
  passes: ['The instructions were perfectly clear and the flat-pack went together in an hour!'],
});

describeOtherWordings({
  checker,
  detector: 'political-or-religious-view',
  clause: 'safe.unsolicited-views',
  verdict: 'stop',
  flags: [
    ['Lovely evensong. Honestly, women bishops were a mistake from the start.', 'women bishops were a mistake'],
  ],
  passes: ['Prices at the farm shop are far too high this year, going back to the market.'],
});

describeOtherWordings({
  checker,
  detector: 'identity-unverified',
  clause: 'security.phishing',
  verdict: 'stop',
  flags: [["Sure, what name is the booking under? I'll post your balance below.", "I'll post your balance below"]],
  passes: ['Our prices are on the website, and we will post the new timetable below next week.', "Spaces left on our March workshop! We'll share the booking details below."],
});

describeOtherWordings({
  checker,
  detector: 'defamation',
  clause: 'safe.defamation',
  verdict: 'stop',
  flags: [['Lovely harvest service, but folk should know Derek Pike has been skimming the collection plate for years.', 'skimming the collection plate']],
  passes: ['I skimmed the collection of essays on the train, beautiful writing.'],
});

describe('competitor-mention: a professional body is no rival to the learned reading either', () => {
  it('passes a sector-news post about UKCP', () => {
    expect(checker.check({ text: 'UKCP has published new ethical guidance. Worth a read for trainees.', account: 'company' }).verdict).toBe('ok');
  });
});

describeOtherWordings({
  checker,
  detector: 'public-case-handling',
  clause: 'advice.complex-queries-elsewhere',
  verdict: 'caution',
  flags: [["It's a muddle between your employer's scheme and our invoices, so let's untangle it here. Which scheme are you on?", 'untangle it here']],
  passes: ['We untangled it here at the Christmas lights switch-on: three hours of knots!', 'Trying to untangle this knitting mess here at the kitchen table.'],
});

/**
 * A fourth pair (holdout36: receptionists, volunteering, weddings and hen dos, pros and cons,
 * replies to news, "not having a go, but"; holdout37: grandparents, one's own health services,
 * pubs, schools, sporting metaphors, thanks to a named professional).
 */
describeOtherWordings({
  checker,
  detector: 'harassing-phrases',
  clause: 'safe.harassment',
  verdict: 'stop',
  flags: [
    ['New ward councillor in the paper today. Somebody ought to shove him in the canal, honestly.', 'Somebody ought to shove him'],
  ],
  passes: [
    "I couldn't draw a horse to save my life, but the kids loved it.",
    'Somebody ought to tell him he won the raffle!',
    'Scones are nearly ready, someone needs to shove them in the oven.',
    "Grandad, who nobody can stand and argue with for long, won the quiz again.",
  ],
});

describeOtherWordings({
  checker,
  detector: 'defensive-reply',
  clause: 'advice.dont-escalate',
  verdict: 'caution',
  flags: [
    ["I'll stop you there, Tony. Counselling isn't a luxury and I won't be debating it with you.", "I'll stop you there"],
    ['Since the allotment group wants to argue about it again: the shed was ours first, we paid first, end of discussion.', 'wants to argue about'],
  ],
  passes: ['Happy to argue the case for custard creams over bourbons any day.'],
});

describeOtherWordings({
  checker,
  detector: 'promise',
  clause: 'advice.no-unchecked-promises',
  verdict: 'caution',
  flags: [['Come and see us at the fair: anyone who signs up today is certain to get a first appointment this month!', 'certain to get a first appointment']],
  passes: ['Bring a brolly, you are certain to get a soaking at the fun run.', 'Everyone who turns up is sure to get a place in the chorus!'],
});

describeOtherWordings({
  checker,
  detector: 'competitor-rude',
  clause: 'safe.competitors',
  verdict: 'stop',
  flags: [["Thanks for coming! Unlike the crowd at Riverbend Counselling, we don't charge for the biscuits 😉", 'Unlike the crowd at']],
  passes: ['Unlike the crowd at the match, we stayed dry under the stand.'],
});

describeOtherWordings({
  checker,
  detector: 'personal-data',
  clause: 'security.data-protection',
  verdict: 'stop',
  flags: [["Front desk news: our window cleaner Ray's epilepsy tablets came here by mistake, Ray they're in the drawer!", 'epilepsy tablets']],
  passes: ['Our blood pressure check-up partner, the pharmacy on Bridge Street, is open till six.', 'Epilepsy Week: epilepsy medication can affect mood, talk to your GP.'],
});

describeOtherWordings({
  checker,
  detector: 'illegal-activity',
  clause: 'safe.illegal-activity',
  verdict: 'stop',
  flags: [
    ['Top tip: fill the Gift Aid form in with a made-up name, the charity still claims.', 'with a made-up name'],
    ["My mate at the pharmacy is slipping me diazepam till the GP sorts it.", 'slipping me diazepam'],
  ],
  passes: [
    'Made-up names only in the panto script, please!',
    'Year 8 practised spotting phishing by filling a form in with a made-up name.',
    'After the op the nurses kept slipping me codeine and toast, bless them.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'offensive-phrases',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [['Five-a-side report: we defended like a bunch of little girls all night.', 'defended like a bunch of little girls']],
  passes: ['Under-9s report: the girls defended like a wall all night!', 'Our U12 netballers fought like a team of girls with nothing to lose, and won!'],
});

describe('profanity: a pub named with "and" is a name', () => {
  it('passes the Cock and Bottle', () => {
    expect(checker.check({ text: 'Class of 1985 reunion at the Cock and Bottle this Friday, who is in?' }).verdict).toBe('ok');
  });
  it('still flags a capitalised insult joined to the next word', () => {
    expect(checker.check({ text: "Kev's a Dick and Everybody at the club knows it." }).verdict).toBe('stop');
  });
});

describe('insult-or-threat: "like an idiot" is an insult only with someone doing it', () => {
  it('passes the writer grinning at a wedding', () => {
    expect(checker.check({ text: 'Spent the whole wedding grinning like an idiot. Best day.' }).verdict).toBe('ok');
  });
  it('flags Dave parking', () => {
    expect(checker.check({ text: 'Watching Dave parking like an idiot across two spaces, again.' }).findings.map((finding) => finding.detector)).toContain('insult-or-threat');
  });
});

describe('credential: a phone number is no code to the learned reading', () => {
  it('passes the practice line', () => {
    expect(checker.check({ text: 'Find us at 3 Mill Lane, Otley. The practice line is 01943 000222.', account: 'company' }).verdict).toBe('ok');
  });
  it('still reads a key safe code', () => {
    expect(checker.check({ text: "Key safe at the back door for tonight's cover: 0192 837 465.", account: 'company' }).verdict).toBe('stop');
  });
});
