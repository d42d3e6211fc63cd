import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

/**
 * Stop rows said in ways the rules once missed: swearing in acronyms and minced phrases, innuendo
 * and demeaning comments about women, promotion of drugs, gambling and theft, insults of anyone's
 * mind, staff running the practice down through its management or morale, and competitors
 * pointed at without a name. Each with near misses that share its words, many of them ordinary
 * posts a review found flagged by a first, looser version of these rules.
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
    ['Work again tomorrow and I could not give a flying f.', 'give a flying f'],
  ],
  passes: [
    "I don't give a flying fig about the rain.",
    'Give a friend a call this weekend.',
    'We give a F2F or video session, whichever suits you.',
    'We can give a f2f appointment on Saturdays.',
    'At sign-up we give a F.A.Q. pack to every new client.',
  ],
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
    ["Ladies, don't worry your pretty little heads about the maths.", 'pretty little heads'],
    ['Rule one of running a business: never hire mums.', 'never hire mums'],
    ["I'd never hire a mum of young kids, they're always off.", 'never hire a mum'],
  ],
  passes: [
    'Whatever gets you off the sofa this weekend, do it!',
    "Here's a quickie before the weekend: three breathing exercises.",
    'Chronic fatigue can leave you feeling handcuffed to the bed for days. Our group can help.',
    "My two girls are toddlers now and I'm back at work.",
    'Employers who never hire mothers are missing out. Half of our therapists are mums.',
    'Swimming update: Maisie finally got there on her back! Proud mum moment.',
    'Never hire a removal van without checking the insurance.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'harmful-promotion',
  clause: 'safe.inappropriate-content',
  verdict: 'stop',
  flags: [['Scan the prawns as loose onions at the self-checkout, works every time.', 'as loose onions']],
  passes: [
    'I read a study on microdosing and anxiety risks.',
    'Microdosing on self-care: five minutes a day, give it a go!',
    'Support for gambling harm: nothing beats talking to someone.',
    'Saturday bingo with my nan is my happy place.',
    'Self-care Sunday: slippers, soup and the lottery results.',
    'Put the house on it: our team will be at the 10k on Sunday!',
    "Our office biscuits keep getting the five-finger discount. Who's eating all the custard creams?",
    'Foil-lined bags keep your lunch cold, so bring one to the picnic.',
    'The self-checkout scanned my avocados as loose onions. Technology, eh?',
    'The steering column was bent in the crash.',
  ],
});

describeOtherWordings({
  checker,
  detector: 'harassing-phrases',
  clause: 'safe.harassment',
  verdict: 'stop',
  flags: [['How do people this thick get jobs?', 'people this thick']],
  passes: [
    'The thick fog this morning made the drive slow.',
    'Some people this thick-skinned are rare.',
    'Tiny brains, big feelings: our parenting workshop is back.',
    'I have a face for radio, so our new podcast suits me perfectly.',
    "If you wouldn't say it to my face, don't say it online.",
    "Our first-ever therapy dog is on Instagram, let's get her trending!",
  ],
});

describeOtherWordings({
  checker,
  detector: 'disparages-organisation',
  clause: 'safe.reputation',
  verdict: 'stop',
  flags: [
    ['Honestly ZRTherapy does not value its admin staff one bit.', 'does not value its'],
    ['If you want therapy in Leeds, go anywhere other than where I work, trust me.', 'anywhere other than where I work'],
    ['Our complaints inbox is a black hole.', 'black hole'],
    ['Another Monday at the practice: burnout central as ever.', 'burnout central'],
    ["Our bosses don't value us at all. Management here is a joke.", 'is a joke'],
    ['Our inbox is literally a black hole, do not bother emailing.', 'literally a black hole'],
    ["Morale is low and ZRTherapy management couldn't care less.", "management couldn't care less"],
  ],
  passes: [
    "I'm running on fumes today after a late night, send coffee.",
    "Our team was running on fumes by December, so we're closing for a full week over Christmas to rest.",
    'The new album is a black hole of sound, I love it.',
    'Sorry, our phones were down this morning; they are working again now.',
    'Worried about work because your office is a mess? Our decluttering-for-calm workshop can help.',
    'Nobody here can tell you how to grieve, but our team can walk alongside you.',
    'Our ADHD at work course covers missed deadlines and how to plan around them.',
    'Feeling ignored by management at work? Our Thursday group is for you.',
    "Honestly can't imagine being anywhere other than where I work. Five years at ZRTherapy today!",
    'Going to ZRTherapy on Saturday? The parking is a nightmare after 10am, so take the bus.',
    "Couldn't care less about the rain, we're open as usual!",
    'Management here is brilliant, honestly the best bosses I have had.',
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
    'Our rivals at the pub quiz were terrible losers, and ZRTherapy won the cup!',
  ],
});
