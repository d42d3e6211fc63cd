import { phrases } from './sentences.ts';

/**
 * The words that tell scorn for a rival from a friendly mention (see competitors.ts): mockery and
 * sarcasm, the weak ones that warm words around them cancel, laughing emoji, and the warm words.
 */

/** Dry sarcasm and backhanded praise: scorn only where nothing around it is warm. */
const SARCASM = [
  'charisma of a', 'sleep aid', 'trying so hard', 'so very hard', 'nothing says', 'imitation is', 'classy stuff', 'perhaps skip',
  'maybe skip', 'cough cough', 'knockoff', 'tech bro', 'patronised', 'patronising', 'is peak', 'rather brave', 'who signs off',
  "they'll need it", 'judging by the last', 'sales patter', 'could use a smile', 'done in paint', 'in ms paint', 'more like @',
  'try adding some substance', 'thinner than their', 'cheap gimmick', 'shame about', 'low bar', 'doing a lot of heavy lifting',
  'just asking', 'we assume it was', 'not saying', 'each to their own', 'brave of them', 'interesting choice',
];

/** Scorn that is also said of children's art, a murder-mystery night or a fresh coat of paint: only where nothing around it is warm. */
const LITERAL_TOO = [
  'looks like a toddler', 'like a toddler made it', 'like a toddler built it', 'like a toddler designed it', 'a toddler could', 'a five-year-old could',
  'are a crime scene', 'is a crime scene', "we've heard of", 'we have heard of',
];

/** Mockery, sarcasm and scorn. */
export const RUDE = phrases([
  'eye roll', 'eye-roll', 'eyeroll', 'bless them', "bless 'em", 'good luck with that', 'yeah right',
  'lol', 'lmao', 'rofl', 'a joke', 'what a joke', 'joke of a', 'laughable', 'amateur*', 'cowboy*', 'clueless',
  'useless', 'rubbish', 'terrible', 'awful', 'dreadful', 'pathetic', 'embarrassing', 'cringe*', 'tacky', 'naff',
  'outdated', 'looks like a child', 'embarrassment',
  'my nan could', 'my gran could', 'a child could', 'gimmick*', 'woo-woo', 'snake oil', 'quack*', 'nonsense', 'shambles', 'shambolic', 'steer clear', 'stay away from', 'avoid them', 'at all costs',
  'like the plague', "don't bother", 'run a mile', 'no idea what they', 'so-called', 'overpriced', 'rip-off',
  'copycat*', 'knock-off', 'worst', 'dire', 'a mess', 'whatever next', 'what next', 'seriously?',
  'good grief', 'give me strength', 'spare me', 'heaven help', 'god help', 'poor clients', 'poor sods',
  'how original', 'so original', 'slow clap', 'well done them', 'groundbreaking stuff', 'surprise surprise', 'shock horror',
  'barely qualified', 'not even qualified', 'fresh out of', 'never recommend', "wouldn't recommend", 'would not recommend',
  'never again', 'glorified', 'clearly written by', 'written by their own', 'than someone from', 'rather see no', 'rather have no', 'yikes', 'oof', 'not surprised', 'unsurprisingly', 'never refer', "wouldn't refer", "wouldn't send", 'never send', 'waste of money', 'waste your money', 'desperate',
  'chocolate teapot', 'as useful as', 'ms paint', 'over a weekend', 'in a weekend', 'says it all', 'shocking', 'basically just', 'basically a',
  'from a script', 'off a script', 'fast food', 'cut-price', 'bargain basement', 'bargain-bucket',
  'you get what you pay for', 'no offence', 'polish a', 'polishing that', 'a real therapist', 'real therapists', 'a proper therapist',
  'proper therapists', 'real human', 'an actual human', 'actual therapy', 'same result', 'just talk to your', 'waste of time', 'did a child',
  'made by a child', 'drawn by a', 'grotty', 'talk to a wall', 'call a practice', 'calls a practice', 'call a clinic', 'calls a clinic', 'call therapy', 'rambling mess', 'churns out', 'churn out', 'imagine charging £*', 'having a laugh', 'do me a favour', 'sweet of them', 'try-hard',
  'trying too hard', 'wannabe*', 'two-bit', 'tinpot', 'tin-pot', 'cheap and nasty', 'conveyor belt', 'conveyor-belt', 'sausage factory',
  'pile em high', "pile 'em high", 'robots', 'robotic', 'soulless', 
  'zero empathy', 'no empathy', 'no clue', 'out of their depth', 'out of her depth', 'out of his depth', 'scraping the barrel',
  // Running a rival down as disorganised: "the lot at … who couldn't organise a fun run" (not "I couldn't organise a raffle").
  "who couldn't organise a", 'who could not organise a', "they couldn't organise a", 'they could not organise a',
  // A dig by comparison: "unlike the crowd at Still Waters Psychotherapy, we don't bill you for a cuppa".
  'unlike the crowd at', 'unlike the lot at', 'unlike that lot at', 'unlike that crowd at',
  'bottom of the barrel', 'muppets', 'clowns', 'circus', 'a circus', 'what were they thinking', 'who approved', 'who signed off',
  'just students', 'minimum wage', "let's be real", "let's be honest", 'feel sorry for anyone', 'pity anyone', 'poor souls', 'stuck with them',
  'stuck on their', 'are basically', 'is basically', 'nothing more than', 'little more than', 'no better than', 'not real therapists',
  'not proper therapists', 'real therapy', 'proper therapy', 'a proper practice', 'real help', 'horoscope', 'a horoscope', 'more from a', 'rip off', 'a racket',
  'oh sweetie', 'oh honey', 'bless her', 'bless him', "doesn't make you a", 'nice try', 'enough said',
  'would be more helpful', 'more use than', 'notnamingnames', 'not naming names',
  'smug', 'spare us', 'save yourself', 'sick bucket', 'sick bag', 'just saying', 'faff*', 'stuffy', 'cliche*', 'whatever you do',
  "don't make me laugh", 'paper bag', 'bragging', 'brags', 'inspires confidence', 'inspires real confidence',
  ...LITERAL_TOO,
  // Sarcasm and backhanded praise: the dry idioms people use to run a rival down without a rude word. Friendly
  // posts use them too ("nothing says spring like…", "rather brave, we love it"), so all are weak (see WEAK_RUDE).
  ...SARCASM,
]);
export const RUDE_EMOJI = /[\u{1F644}\u{1F921}\u{1F926}\u{1F480}\u{1F971}\u{1F92E}\u{1F612}\u{1F928}\u{1F4A9}\u{1F62C}\u{1F60F}\u{1F643}]/gu;
/** Plain negative words: mockery near a competitor, unless the words around it are warm ("our old rooms were terrible!"). */
export const WEAK_RUDE: ReadonlySet<string> = new Set([
  'terrible', 'awful', 'dreadful', 'worst', 'dire', 'a mess', 'useless', 'rubbish', 'embarrassing', 'embarrassment', 'desperate', 'outdated', 'nonsense', 'lol',
  // Sarcasm only when nothing around them is warm ("not bragging, but we loved…", "shame about the rain, what a turnout!").
  'just saying', 'stuffy', 'whatever you do', 'bragging', 'brags', 'inspires confidence', 'inspires real confidence', ...SARCASM, ...LITERAL_TOO,
]);
/** Laughing at a competitor is mockery unless the words around it are warm. */
export const LAUGHING = /[\u{1F602}\u{1F923}]/gu;
export const WARM = phrases([
  'congrat*', 'well done', 'lovely', 'great', 'brilliant', 'thanks', 'thank you', 'welcome', 'love', 'loved', 'fab', 'fantastic', 'amazing',
  'wonderful', 'good luck', 'best wishes', 'proud', 'enjoyed', 'fun', 'well played', 'gorgeous', 'shout out', 'shoutout', 'smashed it',
  'delighted', 'co-host*', 'grateful', 'what a turnout', 'kind', 'cheers', 'appreciate*', 'so sweet', 'adorable', 'our friends at', 'friends from',
]);
