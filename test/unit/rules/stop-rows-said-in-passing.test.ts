import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

/**
 * Stop and caution rows said in passing, in wordings two fresh held-out sets found missed: a
 * colleague's treatment named the sentence after her name, a supervisor called thick, a party
 * judged for its backbone, a moral stand on a divisive bill, a lock slipped "step by step", the
 * practice's answer given from a personal account, the service scorned from inside, a client
 * described by what "you're seeing her for", a client's thanks signed with her name, reviews
 * bought with a voucher, records looked up by a mate on the inside, a rival's @handle, a rival's
 * website mocked, a sarcastic @reply, a code asked for "here", a secret "kept zipped" and someone
 * else's confidential letter. Each with near misses in the same words.
 */
const checker = zrtherapyChecker();

describeOtherWordings({
  checker,
  detector: 'personal-data',
  clause: 'security.data-protection',
  verdict: 'stop',
  flags: [
    ['Big welcome back to Marcus in the office! He is recovering well after his knee surgery, so no heavy lifting for him.', 'after his knee surgery'],
    ['Big welcome back to Joan from bookings, fresh from her third round of chemo. Legend.', 'third round of chemo'],
    ['Welcome back to Sunita on reception, she is in hospital no more!', 'in hospital'],
  ],
  passes: [
    'Our dog Biscuit is home after his surgery at the vets, thank you all!',
    'Well done Aisha on her PB following her stroke technique session at the pool.',
    'Dr Kemi Adebayo spoke on recovering from burnout at our evening talk.',
    'Thanks to Paul for the talk. He has spent years helping people recovering from surgery.',
    'Three rounds of applause for our volunteers this year!',
  ],
});

describeOtherWordings({
  checker,
  detector: 'harassing-phrases',
  clause: 'safe.harassment',
  verdict: 'stop',
  flags: [['Training day tip: when your tutor is as dense as mine, just smile and take notes.', 'tutor is as dense']],
  passes: [
    'The fog was so thick this morning I nearly missed the turning.',
    'My supervisor is thick-skinned, luckily for me.',
    'She is so thick with her old school friends.',
    "He's as thick as thieves with the neighbour's cat these days.",
    "My tutor's dim sum recommendation was spot on.",
  ],
});

describeOtherWordings({
  checker,
  detector: 'political-or-religious-view',
  clause: 'safe.unsolicited-views',
  verdict: 'stop',
  flags: [
    ['Sponsored swim done, thank you all! And if Labour had any backbone we would not be raising money for this at all.', 'Labour had any backbone'],
    ['Quick note from the team: assisted dying is morally wrong and that bill should go.', 'assisted dying is morally wrong'],
  ],
  passes: [
    'Our midwife-led group covers labour, birth and the weeks after.',
    'Our grief group is open to anyone bereaved after assisted dying abroad.',
    'Her labour had lasted two days, she told the group with a laugh.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'harmful-promotion',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [
    ['Life hack of the week: how to slip the front door lock with an old gift card. Thread below!', 'slip the front door lock with an old gift card'],
  ],
  passes: [
    'Locked out again? Ring the office and we will let you in with the spare key.',
    'Never show anyone how to slip a latch, that is how burglaries happen.',
    'Staff reminder: from Monday you open the front door lock with your ID card.',
    'Judo tonight: learned how to slip an arm lock. Aching everywhere.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'speaking-for-organisation',
  clause: 'personal.own-views-disclaimer',
  verdict: 'caution',
  account: 'personal',
  flags: [['Gym, then supervision. For anyone wondering, the clinic\'s stance on weekend sessions is a polite no.', "clinic's stance"]],
  passes: ['Gym, then supervision, then a long bath. Bliss.'],
});

describeOtherWordings({
  checker,
  detector: 'disparages-organisation',
  clause: 'safe.reputation',
  verdict: 'stop',
  flags: [
    ['Honestly, why would anyone pay £70 for our sessions when a chat with the cat does the same?', 'why would anyone pay £70 for our sessions'],
    ["Knackered. I've been on autopilot in sessions all week, don't tell anyone.", 'on autopilot in sessions'],
    ['Our phones drop every third call and nobody here cares.', 'nobody here cares'],
  ],
  passes: [
    'Why do people pay for therapy when friends listen for free? Our new blog post explains the difference.',
    'Ever feel like you are on autopilot? Try this two-minute grounding exercise.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'client-disclosure',
  clause: 'safe.discussing-others',
  verdict: 'stop',
  flags: [
    ['Networking rule one: do not bring up the retired vicar from Skipton you are seeing for grief. Oops.', 'the retired vicar from Skipton you are seeing for grief'],
    ['Best card ever on the desk today: "Thanks for helping me believe in myself again" — Gemma T.', 'Gemma T.'],
  ],
  passes: [
    'If the GP you are seeing for anxiety is not listening, ask for a second opinion.',
    '“Thanks for helping me find my feet again” — a client, 2024',
    'Tell the therapist you are seeing for grief how the week has been.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'illegal-activity',
  clause: 'safe.illegal-activity',
  verdict: 'stop',
  flags: [
    ['New year, new reviews! Anyone who writes us a five-star Google review gets a free brownie, even if you have never set foot in the place.', 'writes us a five-star Google review'],
    ['My cousin at the council can check who owns that house if you want, no questions asked.', 'cousin at the council can check'],
    ['He will look up anyone\'s address for a fiver, handy for finding the bloke who scratched my car.', "look up anyone's address for a fiver"],
  ],
  passes: [
    'Trolls who have never set foot in the building keep leaving one-star reviews. Ignore them.',
    'My friend at the council is looking into the parking for our street.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'competitor-mention',
  clause: 'safe.competitors',
  verdict: 'caution',
  flags: [['@HarrogatePsych well done on the new building, it looks lovely!', '@HarrogatePsych']],
  passes: ['@NHSTalkingTherapies thank you for the referral pathway update.', '@PsychStudentLife great thread on revision tips.', 'Loving @petpsychicsally and her reels this week.'],
});

describeOtherWordings({
  checker,
  detector: 'competitor-rude',
  clause: 'safe.competitors',
  verdict: 'stop',
  flags: [
    ['Quiet Harbour Counselling has a new logo. It looks like a toddler made it in the car.', 'looks like a toddler'],
    ['Other clinics round here: lovely people, but your booking pages are a crime scene.', 'a crime scene'],
  ],
  passes: [
    'Quiet Harbour Counselling runs a toddler group on Fridays, worth a look for new parents.',
    'Congrats to Quiet Harbour Counselling on their mural, painted by their toddler group! So sweet.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'defensive-reply',
  clause: 'advice.dont-escalate',
  verdict: 'caution',
  flags: [['@MarkTheSceptic oh sure, because one podcast obviously outweighs the whole evidence base.', 'sure, because one']],
  passes: ['@jo sure, because a lot of people asked we are running it again in May!', 'Sure, because a good night of sleep helps everything!'],
});

describeOtherWordings({
  checker,
  detector: 'credential',
  clause: 'security.strong-passwords',
  verdict: 'stop',
  flags: [['Who has the Instagram phone? Reply here with the latest code please, it logged me out.', 'Reply here with the latest code']],
  passes: ['Reply with this week\'s code word for the quiz!', 'Please post the new dress code in the staff room.'],
});

describeOtherWordings({
  checker,
  detector: 'business-figures',
  clause: 'security.confidential-information',
  verdict: 'stop',
  flags: [['Planning day done! Sessions go up to £82 from April and we are dropping the Saturday slots. Keep that zipped for now!', 'Keep that zipped']],
  passes: ['Planning day done, and the cake was excellent.'],
});

describeOtherWordings({
  checker,
  detector: 'third-party-leak',
  clause: 'security.third-party-confidential',
  verdict: 'stop',
  flags: [['Fixing the copier for the accountants next door, I saw their confidential redundancy memo. Big changes coming there!', 'confidential redundancy memo']],
  passes: ['Worried about a friend? The helpline is a free, confidential source of advice.', 'Please keep confidential letters in the locked drawer.'],
});

describe('promise: the learned reading of a plan that only hopes', () => {
  it('gives way when the sentence only hopes and promises nothing', () => {
    const text = 'We hope to have the lift working by spring and will update you as the engineers report back.';
    expect(checker.check({ text, account: 'company' }).findings.filter((finding) => finding.detector.endsWith('promise'))).toEqual([]);
  });

  it('still flags a hope with a guarantee in it', () => {
    const text = 'We hope to see you soon, and we guarantee you will feel better after one session.';
    expect(checker.check({ text, account: 'company' }).verdict).toBe('caution');
  });
});
