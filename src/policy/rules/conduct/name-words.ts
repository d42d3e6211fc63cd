/**
 * English word lists behind named-party detection (../named-parties.ts). General English, not
 * one organisation's: sector words of a particular policy come from its `lexicons:`.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Courtesy and professional titles that start a person's name. */
export const TITLES = set(`dr mr mrs ms miss mx prof professor sir dame lord lady rev revd cllr councillor`);

/** Lower-case words that may sit inside a name ("Bank of England", "Isle of Wight"). */
export const CONNECTORS = set(`of the for on de van von der la le da du upon`);

/**
 * Ordinary words: capitalised at the start of a sentence or in a title-case heading they are
 * not names. Also generic describing words that never make an organisation name on their own
 * ("Mental Health", "Couples Therapy").
 */
export const COMMON_WORDS = set(`
a an the this that these those there here it its it's we we're we've we'll our ours us you you're
you've you'll your yours he he's she she's his her hers they they're they've their them i i'm i've
i'll i'd my me who what when where why how which whose whatever whoever
and but or so if then because as at by for from in into of off on onto out over to up with without
about after before during until since while under above near via per than like
is are was were be been being am do does did done have has had having will would can could shall
should may might must not no yes yeah yep nope ok okay oh ah hey hi hello dear thanks thank please
sorry welcome congrats congratulations well done good great big new old best better lovely
nice happy sad proud honest honestly just only also still even really very quite so too much many
more most some any all every each both either neither none one two three four five six seven eight
nine ten first second third last next another other same such own
avoid beware warning heads psa note reminder update news breaking fyi tip tips myth fact today
tomorrow yesterday tonight now soon always never sometimes often
book call email message join come see look read check try ask find get make take give keep let
tell say said says meet met visit follow share support stop start remember imagine feeling feel
not gonna lie love loving lol omg wow oops sadly luckily finally anyone everyone someone nobody
somebody everybody people folks friends team all staff
calm mental physical emotional online local private public national community family families
couples individual group open free low cost affordable general specialist student students
awareness training workshop workshops session sessions course courses service services
`);

/** Words that are capitalised but are not names of people or organisations on their own. */
export const NON_NAME_WORDS = set(`
i i'm i've i'll i'd
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
christmas easter xmas halloween diwali eid ramadan hanukkah new year
god jesus christ allah lord
facebook instagram twitter linkedin tiktok youtube whatsapp reddit quora threads x
uk england scotland wales ireland britain european eu usa
unlike
`);

/** A name containing one of these is a place or an event, not a party. */
export const PLACE_WORDS = set(`
street st road rd lane avenue ave way close drive crescent square place terrace row hill
park gardens green common library station hall market high bridge quay wharf beach pier
week day month weekend festival fair awareness
`);

/** General words that end or carry an organisation's name, across sectors. */
export const ORGANISATION_WORDS = [
  'ltd', 'limited', 'llp', 'plc', 'inc', 'co', 'company', 'group', 'partners', 'partnership',
  'associates', 'trust', 'foundation', 'charity', 'society', 'association', 'institute', 'academy',
  'school', 'college', 'university', 'council', 'agency', 'services', 'solutions', 'consulting',
  'consultancy', 'consultants', 'systems', 'technologies', 'tech', 'it', 'digital', 'media',
  'studio', 'studios', 'network', 'hub', 'collective', 'centre', 'center', 'clinic', 'clinics',
  'practice', 'surgery', 'hospital', 'health', 'healthcare', 'care', 'wellbeing', 'well-being',
  'wellness', 'therapy', 'therapies', 'counselling', 'counseling', 'psychotherapy', 'psychology',
  'news', 'times', 'chronicle', 'gazette', 'herald', 'post', 'mail', 'echo', 'bugle', 'telegraph',
  'journal', 'press', 'standard', 'mirror', 'observer', 'express', 'guardian', 'magazine', 'radio',
  'tv', 'bank', 'insurance', 'lettings', 'estates', 'motors', 'garage', 'cafe', 'bakery', 'salon',
  'pharmacy', 'dental', 'opticians', 'accountants', 'solicitors', 'law', 'legal', 'stores', 'shop',
  'recruitment', 'builders', 'cleaning', 'design', 'marketing', 'software', 'computers', 'telecom',
];
