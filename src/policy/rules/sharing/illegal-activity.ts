import type { Detector, Signal } from '../detector.ts';
import { mayMatch } from '../literal-gate.ts';
import { findAll, type Match } from '../match.ts';
import { affirmed, inSentence, nearby, nearbyAffirmed, W, E, wordPattern } from './cues.ts';
import { BADGE_MISUSE, FRAUD } from './fraud-patterns.ts';
import { findPyramidScheme } from './pyramid-scheme.ts';

/**
 * Inviting or describing illegal activity (safe.illegal-activity): getting hold of controlled
 * drugs, fake or paid-for reviews, fraud (mislabelled insurance invoices, false sick notes,
 * cash "off the books"), breaking into someone else's account, stolen goods, money mules and
 * pyramid schemes. It looks for the offer or request, not the topic: "fake reviews are
 * illegal" or "we can't sign you off" pass.
 */

/** Drugs named unambiguously (no "mushrooms", "coke" or "pills": ordinary words too). */
const DRUG = String.raw`(?:co-?codamol|dihydrocodeine|pregabalin|gabapentin|codeine|lorazepam|temazepam|fentanyl|nitrous\soxide|laughing\sgas|cannabis|weed(?!\s?killer)|skunk|cocaine|mdma|ecstasy|ketamine|lsd|acid\stabs|magic\smushrooms|shrooms|psilocybin|heroin|crystal\smeth|meth|xanax|diazepam|valium|benzos|tramadol|oxycodone|zopiclone|modafinil|adderall|ritalin|dmt|ayahuasca|thc)`;

/** Getting hold of controlled drugs: a supplier, a dealer, "where can I buy…". */
const DRUG_SOURCE = wordPattern([
  String.raw`(?:supplier|suppliers|dealer|dealers|my\splug|a\sgood\splug)`,
  String.raw`someone\swho\s(?:sells|deals|can\sget\syou)`,
  String.raw`i\sknow\sa\s(?:guy|bloke|man|woman|girl|lad)\swho`,
  String.raw`(?:dm|message|inbox|pm)\sme\sif\syou\swant\s(?:some|any)`,
  String.raw`grow(?:ing)?\s(?:your\sown\s|my\sown\s)?(?:cannabis|weed|skunk)`,
  String.raw`(?:hook|sort)\s(?:you|anyone|people|them)\s(?:up|out)?\s?with\s(?:some\s)?${DRUG}`,
  String.raw`get\s(?:you|anyone|people|them)\s(?:some\s|cheap\s)?${DRUG}`,
  String.raw`${DRUG},?\s(?:no\sprescription|no\sscript)`,
  // "Dad's mate at the chemist is slipping me diazepam on the side".
  String.raw`(?:mate|friend|pal|bloke|guy|lad|cousin|contact|someone)\s(?:[\p{L}'’]+\s){0,5}?(?:is\s|was\s|keeps\s)?slipp(?:ing|ed|s)\s(?:me|us)\s(?:some\s)?${DRUG}`,
  String.raw`(?:dm|message|inbox|pm)\sme\sfor\s(?:some\s)?${DRUG}`,
  String.raw`(?:where|how)\s(?:to|can\si|do\si|could\si|can\syou)\s(?:get|buy|find|order|score)\s(?:some\s)?${DRUG}`,
  String.raw`(?:buy|buying|order|ordering|get\shold\sof|score|scoring|source|sourcing|sell|sells|selling|sold|deal|deals|dealing|spare)\s(?:some\s)?(?:my\s|your\s|his\s|her\s)?(?:leftover\s|spare\s|old\s|extra\s)?${DRUG}`,
  String.raw`${DRUG}\s(?:for\ssale|delivered|online\swithout\s(?:a\s)?prescription|without\sa\sprescription)`,
]);
const DRUG_WORD = new RegExp(`${W}(?:${DRUG}|microdos\\p{L}*|psychedelics?)${E}`, 'u');

/** Reviews from people who never used the service, or bought with a reward. */
const REVIEW_ASK = wordPattern([
  String.raw`(?:leave|leaving|write|writing|post|posting|give|drop|add|pop|stick|put|bung|throw|share|(?:leaves|writes|posts|gives|drops)(?=\s(?:us|me)\s))\s(?:us|me|them)?\s?(?:a\s|an\s|a\sfew\s|some\s)?(?:quick\s)?(?:fake\s|bogus\s|made-up\s|false\s)?(?:5|five|5-|five-|1|one|1-|one-)?\s?(?:-?star|stars|good|positive|glowing|great|honest|google|trustpilot|facebook)?\s?(?:google\s|trustpilot\s)?reviews?`,
  String.raw`(?:buy|buying|bought|paid|paying\sfor|purchase)\s(?:some\s|more\s)?(?:5-star\s|five-star\s|fake\s|google\s)?reviews`,
  String.raw`review\sswaps?`,
  String.raw`(?:leave|write|give|post)\seach\sother\s(?:\p{L}+\s)?reviews?`,
]);
const FAKE_OR_PAID = new RegExp(
  W +
    String.raw`(?:never\s(?:had|been|used|visited|met|seen|tried|come|set\sfoot)|(?:haven['’]?t|have\snot|hasn['’]?t|didn['’]?t)\s(?:had|been|used|visited|tried|come)|doesn['’]?t\smatter\sif|even\sif\syou(?:['’]ve|\shave)?\s(?:haven['’]?t|have\snot|never|didn['’]?t|weren['’]?t|not)|vouchers?|gift\scards?|in\sexchange|in\sreturn|we['’]?ll\s(?:pay|send|give|treat)\syou|treat\syou\sto|for\s(?:each|every)\s(?:one|review)|(?:get|receive|earn)\s(?:a\s)?(?:£\d+|free|discount)|pretend|pretending|make\sup|personal\saccounts?|everyone\son\sthe\steam|all\sstaff|made[\s-]up|fake|bogus|false\sreviews?|posing\sas|(?:won['’]?t|will\snever|never)\sknow\s(?:it['’]?s|it\swas)\sus|different\snames?|multiple\saccounts|boost\s(?:our|my|the|your|their)\s(?:score|rating|ratings|stars|star\srating|reviews))` +
    E,
  'u',
);

/** Bought or sold reviews are fake by definition: "sell us 500 Trustpilot reviews". */
const REVIEW_KIND = String.raw`(?:5-star\s|five-star\s|5\sstar\s|5\*\s|positive\s|fake\s|good\s|google\s|trustpilot\s|facebook\s|tripadvisor\s|amazon\s|yelp\s){0,2}`;
const REVIEW_PURCHASE = wordPattern([
  String.raw`(?:buy|buying|bought|order|ordering|ordered|purchase|purchasing|purchased|sell|selling|sells|sold|supply|supplying)\s(?:us\s|me\s|you\s)?(?:\d[\d,]*|some|bulk|a\sbatch\sof|batches\sof|hundreds\sof|loads\sof|a\sfew\shundred|a\sload\sof|a\sbunch\sof|packages\sof|a\spackage\sof|a\s(?:pack|bundle|block|load)\sof(?:\s\d[\d,]*)?)\s(?:more\s|extra\s)?${REVIEW_KIND}reviews`,
  String.raw`(?:pay|paying|paid)\s(?:\d{1,4}\s|some\s|a\sfew\s)?(?:someone|somebody|a\scompany|an\sagency|a\sfreelancer|people|friends|strangers|a\ssite|a\swebsite)\s(?:on\s\p{L}+\s)?(?:for|to\swrite|to\sleave|to\spost)\s(?:\d[\d,]*\s|some\s)?${REVIEW_KIND}reviews`,
  String.raw`(?:buy|buying|bought|purchase|purchasing|purchased|sell|selling|sells|sold|pay\sfor|paying\sfor|paid\sfor)\s(?:some\s|more\s)?(?:5-star|five-star|5\sstar|positive|fake|google|trustpilot|tripadvisor)\s(?:google\s|trustpilot\s)?reviews`,
  String.raw`${REVIEW_KIND}reviews\s(?:for\ssale|to\sbuy|for\s£\d+|at\s£\d+)`,
  // "…these reviews! (I bought 50 from a seller on Fiverr)": the number bought, in a draft about reviews.
  String.raw`(?:bought|buy|buying|ordered|order|paid\sfor)\s(?:[2-9]\d|\d{3,}|\d{1,3},\d{3})\s(?:more\s)?(?:from|off|on)\s(?:a\s|an\s|some\s)?(?:seller|site|website|fiverr|agency|bloke|guy|company|reseller)`,
]);
/** The people who leave the reviews, described in the third person ("people who…", "trolls"). */
const REVIEWERS_DESCRIBED = /(?<![\p{L}])(?:who|who['’]ve|people|trolls|those|they)(?![\p{L}])/u;
const MYTH = /(?<![\p{L}])myths?(?![\p{L}])/u;

/** Talking about the law on buying reviews, not doing it. */
const LAW_TALK = new RegExp(`${W}(?:illegal|against\\sthe\\slaw|unlawful|banned|ban|crackdown|criminal\\soffence|fined|cma|dmcc)${E}`, 'u');

/** Where exaggeration is fraud: a claim or assessment for money. */
const CLAIM_FORM = new RegExp(`${W}(?:pip|benefits?|dwp|universal\\scredit|esa|claim\\sforms?|insurers?|insurance|tribunal|blue\\sbadge)${E}`, 'u');
/** "clients worry they exaggerate everything" describes; the coaching is said to the reader, with no subject. */
const SUBJECT_BEFORE = /(?<![\p{L}])(?:they|we|us|i|me|you|people|clients|brains?|minds?|anxiety|it|she|he)\s+(?:[\p{L}'’]+\s+){0,2}$/u;
/** "Insurer only pays for diagnosed conditions? We can put a diagnosis on the invoice": made to fit the cover. */
const ONLY_DIAGNOSED_PAID = /only\s(?:pays?|covers?|accepts?|funds?)[^.!?]{0,30}diagnos/u;
/** "…so it goes through", "…even if you don't have one": the diagnosis is there for the money. */
const MADE_TO_FIT = /^[^.!?]{0,40}?(?:so\s(?:it|that\sit|the\sclaim|they)\s(?:goes|go|gets?)\s(?:through|paid|covered|accepted)|even\sif|instead|whether\sor\snot)/u;

/** "we'll pop an anxiety diagnosis on your invoice so it goes through": fraud when made to fit the cover (MADE_TO_FIT, ONLY_DIAGNOSED_PAID). */
const DIAGNOSIS_ON_PAPERWORK = wordPattern([
  String.raw`(?:put|pop|stick|add|write|say)\s(?:a|an)\s(?:[\p{L}-]+\s)?diagnosis\s(?:on|in)\s(?:your|the)\s(?:invoice|receipt|claim|claim\sform|form|letter|paperwork)`,
]);
/** "exaggerate everything… we'll write a letter that matches": fraud when said to the reader about a claim (CLAIM_FORM, SUBJECT_BEFORE). */
const CLAIM_COACHING = wordPattern([String.raw`(?:exaggerate|overstate|make\sup|invent)\s(?:everything|it\sall|your\s(?:symptoms|condition|needs|problems))`]);

/** Keeping cash income from the taxman: "paid in cash so we don't declare it". */
const UNDECLARED = wordPattern([
  String.raw`(?:don['’]?t|won['’]?t|not|never|no\sneed\sto)\s(?:have\sto\s)?declare\s(?:it|them|the\sincome|this|that|any\sof\sit)`,
  String.raw`(?:we|you|i)\s(?:don['’]?t|won['’]?t|do\snot|never)\s(?:have\sto\s|need\sto\s)?(?:pay|charge)\s(?:any\s)?(?:vat|tax|income\stax)`,
  String.raw`(?:dodge|dodging|evade|evading|avoid\spaying|get\sout\sof\spaying|skip\spaying)\s(?:the\s)?(?:vat|tax|taxes|income\stax)`,
]);
const CASH = new RegExp(`${W}(?:cash|cash\\sin\\shand)${E}`, 'u');

/** Mislabelling a service so that an insurer or employer pays for something else. */
const MISLABEL = wordPattern([
  String.raw`(?:put|write|mark|label|code|bill|invoice|record|list|call)\s(?:it|them|the\ssessions?|your\ssessions?|this|that)\s(?:down\s)?as`,
]);
const SOMEONE_ELSE_PAYS = new RegExp(`${W}(?:insurer|insurance|health\\scover|bupa|axa|vitality|aviva|employer|company)\\s(?:pays|will\\spay|covers|will\\scover|pays\\sout|foots)${E}`, 'u');

/** Notes and letters that would deceive an employer or insurer — only with a sign that they'd be false. */
const FALSE_PAPERWORK = wordPattern([
  String.raw`(?:sick|fit|doctor['’]?s|gp|medical)\snotes?`,
  String.raw`(?:medical|sickness)\scertificates?`,
  String.raw`(?:letter|note)\s(?:saying|to\ssay|stating|that\ssays)\syou['’]?(?:ve|re)?\s(?:been\s)?(?:signed\soff|unfit|too\sill|off\ssick|sick|unwell)`,
  String.raw`signed\soff\s(?:sick|with)`,
]);
const FALSE_CUE = new RegExp(`${W}(?:even\\sif|no\\squestions\\sasked|feeling\\sfine|you['’]?re\\sfine|not\\s(?:really\\s|actually\\s)?(?:ill|sick|unwell)|pretend\\p{L}*|fake|for\\ssale|😉|no\\s(?:appointment|consultation|need\\sto\\s(?:see|be\\sseen|visit))\\s?(?:needed|required|necessary)?|without\\s(?:an?\\s)?(?:appointment|consultation|seeing\\s(?:a|the|your)\\s(?:gp|doctor)|being\\sseen)|(?:i|we)\\scan\\s(?:get|sort|do|write)\\s(?:you|u)\\s(?:one|a|a\\sfew|some)|backdated|any\\sdates?\\syou\\s(?:want|like|need))${E}`, 'u');

/** Breaking into someone else's account. */
const BREAK_IN = wordPattern([
  String.raw`(?:hack|hacking|hacked|break|breaking|sneak|way)\s(?:in)?to\s(?:someone|somebody|another\sperson|my\sex|my\spartner|my\shusband|my\swife|my\sboyfriend|my\sgirlfriend|his|her|their|a\scolleague|a\sclient)['’]?s?\s(?:[\p{L}'’]{1,12}\s)?(?:account|accounts|instagram|facebook|email|emails|phone|icloud|snapchat|whatsapp|tiktok|messages|dms|inbox|laptop)`,
  String.raw`(?:get|getting|got|log|logging)\s(?:in)?to\s(?:someone|somebody|another\sperson|my\sex|my\spartner|my\shusband|my\swife|my\sboyfriend|my\sgirlfriend|a\scolleague|a\sclient)['’]?s?\s(?:[\p{L}'’]{1,12}\s)?(?:account|accounts|instagram|facebook|email|emails|phone|icloud|snapchat|whatsapp|tiktok|messages|dms|inbox|laptop)`,
  String.raw`hack(?:ing)?\s(?:someone|somebody|my\sex|his|her|their)['’]?s?\s(?:[\p{L}'’]{1,12}\s)?(?:account|instagram|facebook|email|phone|icloud|snapchat|whatsapp)`,
  String.raw`(?:spy|spyware|tracking|stalkerware)\s(?:app\s)?(?:on|onto)\s(?:my|his|her|their|your)\s(?:partner|husband|wife|boyfriend|girlfriend|ex|teen)['’]?s?`,
  String.raw`without\s(?:their|his|her)\spassword`,
  String.raw`read\s(?:my\s)?(?:partner|husband|wife|boyfriend|girlfriend|ex)['’]?s?\s(?:messages|texts|whatsapps?|emails|dms)\swithout`,
  String.raw`guess(?:ed|ing)?\s(?:someone|somebody|my\sex|my\spartner|my\shusband|my\swife|my\sboyfriend|my\sgirlfriend|his|her|their)['’]?s?\s(?:[\p{L}'’]{1,12}\s)?(?:password|passcode|pin)`,
]);
/** The writer is the victim, not the intruder: "someone got into my account". */
const VICTIM = /(?:someone|somebody|hackers?|scammers?|they)\s(?:has\s|have\s)?(?:hacked|got|broke|managed\sto\sget)\s(?:in)?to\s(?:my|our)/u;

/** Buying or selling stolen goods. */
const STOLEN = wordPattern([
  String.raw`(?:buy|buying|bought|sell|selling|sold)\s(?:some\s|a\s|an\s|cheap\s)?(?:[\p{L}'’-]{1,15}\s)?(?:that\s(?:was|were|is|are)\s)?(?:stolen|nicked|knocked\soff)`,
  String.raw`stolen\s(?:goods|phones?|iphones?|laptops?|bikes?|gear|stuff|tools)\s(?:for\ssale|going\scheap|cheap|no\squestions)`,
  String.raw`fell\soff\sthe\sback\sof\sa\s(?:lorry|truck)`,
  String.raw`don['’]?t\sask\swhere\s(?:it|they|this|these)\s(?:came|come)\sfrom`,
]);

/** Records looked up on the side, which is unlawfully obtaining personal data: "my mate at the DVLA will look up any number plate for a tenner". */
const RECORD_LOOKUP = wordPattern([
  String.raw`(?:mate|friend|pal|cousin|contact|someone|bloke|guy|brother|sister|uncle|aunt)\s(?:at|in|who\sworks\s(?:at|in|for))\s(?:the\s)?(?:dvla|police|council|nhs|hmrc|dwp|bank|passport\soffice|jobcentre|job\scentre|gp\ssurgery|surgery)\s(?:will|can|could|would|['’]ll)\s(?:look\sup|check|find|run|pull|trace|get)\s(?:(?:you|us|me)\s)?(?:(?:anyone['’]s|someone['’]s|any|a|the|their|his|her|that)\s(?:[\p{L}]+\s)?(?:number\splates?|plates?|reg|registration|address|addresses|records?|details|file)|who\sowns|where\s(?:he|she|they|someone)\slives)`,
  String.raw`(?:look|looks|looking)\sup\s(?:any|anyone['’]s|someone['’]s|a|the|their)\s(?:number\splates?|reg|registration|address|records?|details)\sfor\s(?:a\stenner|a\sfiver|£\d+|cash|a\spint|a\sdrink|a\sfee|a\sfew\squid)`,
]);

/** Drink-driving: "over the limit" next to driving. */
const DRINK_DRIVING = wordPattern([String.raw`over\sthe\s(?:drink[\s-]drive\s)?limit|(?:had|after|on)\s(?:\d{1,2}|a\sfew|four|five|six|seven|eight)\s(?:pints|beers|drinks|glasses\sof\swine|shots)\s(?:and|then|but)\s(?:still\s)?(?:drove|driving|drive)`]);
const DRIVING = new RegExp(`${W}(?:drive|drives|drove|driving|driven|car|behind\\sthe\\swheel)${E}`, 'u');

const signalFor = (match: Match, reason: string): Signal => ({ span: match.span, reason });

export const illegalActivity: Detector = {
  id: 'illegal-activity',
  description: 'Invites or describes illegal activity: buying drugs, fake reviews, fraud, hacking accounts, stolen goods, pyramid schemes.',
  // Each kind of offer names one of these: a drug, reviews, the fraud's paperwork, the account, the car, the stolen goods, the scheme.
  triggers: [
    'codamol', 'cocodamo', 'dihydroc', 'pregabal', 'gabapent', 'codeine', 'lorazepa', 'temazepa', 'fentanyl', 'nitrous', 'laughing', 'cannabis',
    'weed', 'skunk', 'cocaine', 'mdma', 'ecstasy', 'ketamine', 'lsd', 'acid', 'magic', 'shrooms', 'psilocyb', 'heroin',
    'crystal', 'meth', 'xanax', 'diazepam', 'valium', 'benzo', 'tramadol', 'oxycodon', 'zopiclon', 'modafini', 'adderall', 'ritalin',
    'dmt', 'ayahuasc', 'thc', 'microdos', 'psychede', 'review', 'invoice', 'receipt', 'claim', 'paperwork', 'backdate', 'books',
    'cash', 'taxman', 'tax', 'hmrc', 'vat', 'dwp', 'jobcentre', 'council', 'insur', 'fake', 'forged', 'counterfeit',
    'fraudulent', 'bogus', 'replica', 'knock', 'copy', 'account', 'launder', 'mule', 'mot', 'dbs', 'background', 'criminal',
    'dissertation', 'essay', 'assignment', 'coursework', 'thesis', 'list', 'database', 'spreadsheet', 'cigarette', 'fags', 'tobacco', 'vape',
    'alcohol', 'booze', 'health', 'bupa', 'axa', 'vitality', 'aviva', 'employer', 'company', 'note', 'certificat', 'letter',
    'signed', 'hack', 'break', 'sneak', 'spy', 'track', 'stalker', 'limit', 'drive', 'drove', 'driving', 'driven',
    'car', 'wheel', 'stolen', 'nicked', 'knocked', 'lorry', 'truck', 'ask', 'gift', 'blessing', 'abundance', 'sister',
    'money', 'infinity', 'wealth', 'mandala', 'dream', 'pyramid', 'ponzi', 'give', 'send', 'pay', 'put', 'chip',
    'contribut', 'invest', 'seed', 'instagram', 'facebook', 'email', 'phone', 'icloud', 'snapchat', 'whatsapp', 'tiktok', 'messages',
    'dms', 'inbox', 'laptop', 'password', 'passcode', 'pin', 'texts', 'plug', 'test', 'exam', 'diagnos', 'exaggerat', 'overstat',
    'make up', 'invent', 'sign off', 'expens', 'date from', 'earlier date', 'dvla', 'police', 'passport', 'tenner', 'fiver', 'quid', 'badge',
    'made-up', 'made up', 'false name', 'fake name', 'slipping', 'slipped',
  ],
  detect({ text }) {
    const signals: Signal[] = [];
    const folded = text.folded;
    // Each kind of offer needs a word that a cheap test finds first; most drafts skip most scans.
    // (A pattern the literal gate rules out finds nothing, so its word test is skipped too.)
    if (mayMatch(text, DRUG_SOURCE) && DRUG_WORD.test(folded)) {
      for (const match of affirmed(text, DRUG_SOURCE)) {
        if (DRUG_WORD.test(match.text) || nearby(text, match, DRUG_WORD, 200)) signals.push(signalFor(match, 'Offers or asks for a way to get controlled drugs, which is illegal.'));
      }
    }
    if (folded.includes('review')) {
      for (const match of affirmed(text, REVIEW_ASK)) {
        // "people who've never set foot here leave one-star reviews": a complaint about others' fake reviews, not a call for them.
        if (/(?:^|\s)(?:1|one)[\s-]?-?star/u.test(match.text) && REVIEWERS_DESCRIBED.test(text.folded.slice(Math.max(0, match.foldedStart - 60), match.foldedStart))) continue;
        // A review swap is a review in return for a review: paid for by definition.
        if ((/^(?:review\sswap|each\sother)/u.test(match.text) || nearbyAffirmed(text, match, FAKE_OR_PAID, 160)) && !inSentence(text, match.foldedStart, LAW_TALK)) signals.push(signalFor(match, 'Asks for fake or paid-for reviews, which is illegal under UK consumer law.'));
      }
      for (const match of affirmed(text, REVIEW_PURCHASE)) {
        if (!LAW_TALK.test(folded)) signals.push(signalFor(match, 'Buys or sells reviews, which are fake reviews and illegal under UK consumer law.'));
      }
    }
    const fraudReason = 'Describes or offers fraud (false invoices, notes or records, or hiding income), which is illegal.';
    // "Myth: HMRC never checks small businesses" busts the myth it quotes.
    for (const match of affirmed(text, FRAUD)) if (!inSentence(text, match.foldedStart, MYTH)) signals.push(signalFor(match, fraudReason));
    for (const match of affirmed(text, BADGE_MISUSE)) if (!inSentence(text, match.foldedStart, LAW_TALK)) signals.push(signalFor(match, "Uses someone else's disabled parking permit, which is an offence."));
    for (const match of affirmed(text, RECORD_LOOKUP)) signals.push(signalFor(match, "Offers to look up someone's records on the side, which is unlawfully obtaining personal data."));
    for (const match of affirmed(text, DIAGNOSIS_ON_PAPERWORK)) {
      const madeToFit = MADE_TO_FIT.test(text.folded.slice(match.foldedEnd, match.foldedEnd + 80)) || ONLY_DIAGNOSED_PAID.test(text.folded.slice(Math.max(0, match.foldedStart - 160), match.foldedStart));
      if (madeToFit) signals.push(signalFor(match, fraudReason));
    }
    // "I exaggerate everything when I'm tired" is no fraud; on a benefits or insurance form it is.
    for (const match of affirmed(text, CLAIM_COACHING)) {
      if (nearby(text, match, CLAIM_FORM, 160) && !SUBJECT_BEFORE.test(text.folded.slice(Math.max(0, match.foldedStart - 30), match.foldedStart))) signals.push(signalFor(match, fraudReason));
    }
    if (mayMatch(text, UNDECLARED) && CASH.test(folded)) for (const match of findAll(text, UNDECLARED)) if (nearby(text, match, CASH, 100)) signals.push(signalFor(match, fraudReason));
    if (mayMatch(text, MISLABEL) && SOMEONE_ELSE_PAYS.test(folded)) for (const match of affirmed(text, MISLABEL)) if (nearby(text, match, SOMEONE_ELSE_PAYS, 160)) signals.push(signalFor(match, fraudReason));
    if (mayMatch(text, FALSE_PAPERWORK) && FALSE_CUE.test(folded)) for (const match of affirmed(text, FALSE_PAPERWORK)) if (nearby(text, match, FALSE_CUE, 120)) signals.push(signalFor(match, fraudReason));
    for (const match of affirmed(text, BREAK_IN)) {
      if (!VICTIM.test(text.folded.slice(Math.max(0, match.foldedStart - 30), match.foldedEnd))) {
        signals.push(signalFor(match, "Describes getting into someone else's account without permission, which is a crime."));
      }
    }
    if (mayMatch(text, DRINK_DRIVING) && DRIVING.test(folded)) for (const match of affirmed(text, DRINK_DRIVING)) {
      if (nearby(text, match, DRIVING, 80)) signals.push(signalFor(match, 'Describes driving over the drink-drive limit, which is a crime.'));
    }
    for (const match of affirmed(text, STOLEN)) signals.push(signalFor(match, 'Involves stolen goods, which is a crime.'));
    const pyramid = findPyramidScheme(text);
    if (pyramid) signals.push(signalFor(pyramid, 'Promotes a pyramid or gifting scheme, which is illegal in the UK.'));
    return signals;
  },
};
