import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

/**
 * Stop rows said in ways the rules once missed: swearing in acronyms and minced phrases, innuendo
 * and demeaning comments about women or men, promotion of drugs, gambling and theft, insults of
 * anyone's mind or looks, and staff running the practice down through its management or morale.
 * Each with near misses that share its words.
 */
const checker = zrtherapyChecker();

describeOtherWordings({
  checker,
  detector: 'profanity',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [
    ['Exam results day and I am absolutely wankered already.', 'wankered'],
    ['wtaf is this weather doing', 'wtaf'],
    ['fml, the bus broke down again', 'fml'],
    ["We don't give a flying f what anyone thinks of our mugs.", 'give a flying f'],
  ],
  passes: ["I don't give a flying fig about the rain.", 'Give a friend a call this weekend.', 'Our FMLA guide for US visitors is on the blog.'],
});

describeOtherWordings({
  checker,
  detector: 'offensive-content',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [['Sunday mood: 🍆👉🍑', '🍆👉🍑']],
  passes: ['Roasted 🍆 and 🍑 crumble recipe on the blog', 'Peach 🍑 season at the market, and aubergines 🍆 too.'],
});

describeOtherWordings({
  checker,
  detector: 'offensive-phrases',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [
    ['Whatever gets you off 😉', 'Whatever gets you off'],
    ['Fancy a quickie before work? 😉', 'a quickie before'],
    ['Men are basically toddlers with beards.', 'Men'],
    ["Ladies, don't worry your pretty little heads about the maths.", 'pretty little heads'],
    ['She only got there on her back, everyone knows it.', 'on her back'],
    ['Rule one of running a business: never hire mums.', 'never hire mums'],
  ],
  passes: [
    'Whatever gets you off the sofa this weekend, do it!',
    'Quickie question before the meeting: who has the key?',
    'She hurt her back lifting boxes, so she got there on crutches.',
    'Never hire a removal van without checking the insurance.',
    'Our toddler group meets on Tuesdays.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'harmful-promotion',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [
    ['Microdosing mushrooms got me through winter, give it a go.', 'Microdosing'],
    ["Lump the house on it, this horse can't lose.", 'Lump the house on'],
    ['Nothing beats the buzz of an online slots win at midnight.', 'online slots'],
    ['Five-finger discount season is here, get the foil-lined bag out.', 'Five-finger discount'],
    ['Scan the prawns as loose onions at the self-checkout, works every time.', 'as loose onions'],
    ["Pop the cover off the steering column and you're away.", 'steering column'],
  ],
  passes: [
    'I read a study on microdosing and anxiety risks.',
    'Support for gambling harm: nothing beats talking to someone.',
    'Our warning on shoplifting: five-finger discount is theft, and we report it.',
    'The steering column was bent in the crash.',
    'Loose leaf tea and a new house plant, what a Christmas.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'harassing-phrases',
  clause: 'safe.harassment',
  verdict: 'stop',
  flags: [
    ['Brains this size should come with a warning: tiny brains, big mouths.', 'tiny brains'],
    ['How do people this thick get jobs?', 'people this thick'],
    ['Say it to my face tomorrow, I dare you.', 'Say it to my face'],
    ['She has a face for radio, bless her.', 'face for radio'],
    ["Let's get him trending for all the wrong reasons.", 'get him trending'],
  ],
  passes: [
    'The thick fog this morning made the drive slow.',
    "Let's get this trending for Mental Health Awareness Week!",
    'Our new podcast is made for radio fans too.',
    'Tiny steps still count.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'disparages-organisation',
  clause: 'safe.reputation',
  verdict: 'stop',
  flags: [
    ['Honestly ZRTherapy does not value its admin staff one bit.', 'does not value its'],
    ['Another quarter of being ignored by management at our place, lovely.', 'ignored by management'],
    ['If you want therapy in Leeds, go anywhere other than where I work, trust me.', 'anywhere other than where I work'],
    ["Went to ZRTherapy's open day. The receptionists are running on fumes, poor things.", 'running on fumes'],
    ['Our complaints inbox is a black hole.', 'black hole'],
    ["Sorry folks, ZRT can't run a quiz night to save its life.", 'to save its life'],
    ["Half our team couldn't find the kettle with a map, bless them.", 'with a map'],
  ],
  passes: [
    "I'm running on fumes today after a late night, send coffee.",
    'The new album is a black hole of sound, I love it.',
    "We couldn't find the venue with a map, so we're late, sorry!",
    'We missed the bus to the conference, sorry for the quiet day on here.',
    'Sorry, our phones were down this morning; they are working again now.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'competitor-rude',
  clause: 'safe.competitors',
  verdict: 'stop',
  flags: [
    ['A certain online therapy platform is sponsoring reality stars again 🙄', 'A certain online therapy platform'],
    ['Tried that meditation app everyone raves about, what a joke.', 'that meditation app'],
    ['Our competitors are clueless about online booking lol', 'Our competitors'],
    ['The other counselling service in the precinct is a shambles, honestly.', 'The other counselling service'],
  ],
  passes: [
    'Unlike our competitors, we never charge cancellation fees.',
    'The other counselling service on Mill Lane is lovely, say hi to them.',
    'A certain someone forgot the milk again lol',
    'Our competition entries close Friday, good luck everyone lol',
  ],
});
