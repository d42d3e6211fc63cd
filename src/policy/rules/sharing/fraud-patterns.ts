import { wordPattern } from './cues.ts';

/**
 * The wordings of fraud illegal-activity.ts reads (its own file for length): paperwork and tax,
 * benefits and forms, fakes and counterfeits, and misused blue badges.
 */

/** Fraud: insurance invoices, tax, benefits, forged documents. */
export const FRAUD = wordPattern([
  String.raw`(?:on|in)\s(?:your|the)\s(?:invoice|invoices|receipt|receipts|claim|claim\sform|paperwork)\s(?:instead|rather)`,
  String.raw`backdate\s(?:the|your|an|their|his|her)\s(?:invoice|invoices|receipt|receipts|letter|note|notes|log\ssheets?|logs?|timesheets?|hours|records?|forms?|supervision\srecords?|paperwork)`,
  String.raw`sign\soff\s(?:the\s)?(?:missing|fake)\s(?:\d+\s)?(?:hours|sessions|placement\shours)`,
  String.raw`(?:nothing|not)\sthrough\sthe\sbooks|off\sthe\sbooks|cash\sin\shand,?\sno\s(?:tax|receipt|vat)`,
  String.raw`(?:the\s)?(?:taxman|tax\sman|hmrc)\s(?:never|won['’]?t|doesn['’]?t|don['’]?t)\s(?:needs?\sto\s)?(?:know|find\sout|see|checks?(?=\s*(?:[.!?,;)]|$)))`,
  // Private spending passed off as the business's: "putting my gym membership through as a business expense".
  String.raw`(?:putting|put|puts|running|run|runs|pushing|push|sneaking|sneak)\s(?:my|your|his|her|their)\s(?:personal\s|own\s|family\s)?(?:gym\smembership|holidays?|wedding|groceries|food\sshop|netflix|family\scar|kids['’]?\s\p{L}+|personal\s\p{L}+)\sthrough\sas\s(?:a\s)?(?:business|work|practice|company)\s(?:expenses?|costs?)`,
  // Offering to misdate paperwork: "we can put a date from last year on the invoice".
  String.raw`(?:we|i|we['’]ll|i['’]ll)\s(?:can\s|could\s|will\s|would\s)?(?:put|stick|write)\s(?:a\sdate\sfrom\slast\s(?:year|month)|an\searlier\sdate)\son\s(?:the|your)\s(?:invoice|receipt|claim|claim\sform|letter|certificate)`,
  String.raw`no\s(?:receipt|vat|invoice),?\s(?:no\s(?:questions|tax|vat|receipt)|cash\sonly)`,
  String.raw`(?:don['’]?t|no\sneed\sto)\stell\s(?:the\s)?(?:dwp|jobcentre|council|insurer|insurance\scompany|hmrc|taxman)`,
  String.raw`(?:fake|forged|counterfeit|fraudulent|bogus)\s(?:sick\snotes?|fit\snotes?|doctor['’]?s\snotes?|gp\snotes?|gp\sletters?|medical\scertificates?|certificate|certificates|qualifications?|degrees?|diplomas?|references?|id|ids|passports?|driving\slicen[cs]es?|blue\sbadges?|dbs\scertificates?|invoices?|receipts?|prescriptions?|payslips?|bank\sstatements?)`,
  String.raw`(?:sell|selling|sells|buy|buying)\s(?:some\s|cheap\s)?(?:fake|counterfeit|replica|knock-?off|copy)\s(?:designer\s)?(?:bags?|handbags?|trainers|watches|perfumes?|clothes|gucci|louis\svuitton|rolex|rolexes|nikes?|designer\sgear|airpods|tickets|banknotes|notes|money|cash|pound\scoins)`,
  String.raw`(?:use|lend|let\sus\suse)\syour\s(?:bank\saccount|account)\sto\s(?:receive|move|transfer|pass)`,
  String.raw`launder(?:ing)?\s(?:money|cash)|money\smule`,
  String.raw`(?:sit|take|do)\s(?:my|your|his|her)\s(?:driving\s|theory\s|driving\stheory\s|citizenship\s|life\sin\sthe\suk\s|english\s|ielts\s)?(?:test|exam)\sfor\s(?:me|you|him|her)`,
  String.raw`(?:got|know|need|have|found)\sa\s(?:good\s)?plug\sfor\s(?:some\s)?(?:coke|charlie|molly|mandy|pingers|ket|sniff|bud|weed|pills|green|gear)`,
  String.raw`mots?\swithout\s(?:looking\sat|seeing|checking|testing|bringing\sin)|(?:pass|passed|get\syou)\s(?:an?\s|the\s|your\s)?mot\swithout`,
  String.raw`tell\s(?:the\s)?(?:insurer|insurers|insurance|insurance\scompany)\s(?:that\s)?(?:it|they|the\s\p{L}+|my\s\p{L}+|our\s\p{L}+)\s(?:was|were|got)\s(?:stolen|nicked|lost|damaged|broken)`,
  String.raw`claim\s(?:it\s)?on\s(?:the|our|my|your)\sinsurance\s(?:and\s)?(?:say|saying|pretend|pretending)`,
  String.raw`(?:get|got|getting)\s(?:round|around|past|out\sof)\s(?:the|a|my|an)\s(?:dbs|background|criminal\srecords?)\scheck`,
  String.raw`(?:write|do)\s(?:my|your)\s(?:dissertation|essay|essays|assignment|assignments|coursework|thesis)\s(?:for\s(?:me|you)\s?)?[,–-]?\s?(?:will\spay|for\s£|£|\$|for\scash|for\sa\sfee)`,
  String.raw`(?:pay|paying|paid)\s(?:someone|somebody|a\swriter|an\sessay\swriter)\sto\s(?:write|do)\s(?:my|your|the)\s(?:dissertation|essay|assignment|coursework|thesis)`,
  String.raw`(?:sell|selling|sold|buy|buying)\s(?:you\s|us\s)?(?:a\s|the\s|our\s)?(?:list|database|spreadsheet)\sof\s(?:client|customer|patient|member)s?['’]?\s(?:emails|email\saddresses|phone\snumbers|numbers|details|data|contacts)`,
  String.raw`(?:cheap|duty[\s-]free|smuggled|knock-?off|fake|illegal)\s(?:cigarettes|fags|tobacco|rolling\stobacco|vapes)\s(?:for\ssale|to\ssell|going|dm|message)`,
  String.raw`brought\s(?:[\d,]+|loads|a\sload|boxes)\s(?:of\s)?(?:cigarettes|fags|tobacco)\s(?:back\s)?(?:from\s\p{L}+\s)?to\ssell`,
  String.raw`(?:selling|sell|sold)\s(?:vapes|cigarettes|alcohol|booze)\sto\s(?:kids|children|under[\s-]18s|minors|teenagers)`,
  // A form filled in with a false identity: "fill the Gift Aid form in with a made-up name".
  String.raw`(?:fill|filling|filled|put|write|sign|signing)\s(?:in\s)?(?:the\s|a\s|your\s)?(?:gift\said|claim|benefits?|insurance|council\stax|voter|electoral)\sform\s(?:in\s|out\s)?with\sa\s(?:made[\s-]up|fake|false|pretend)\s(?:name|address|date\sof\sbirth)`,
]);

/**
 * Asking for, or owning up to using, someone else's disabled parking permit: "anyone got a spare
 * blue badge we could borrow?", "can I borrow your blue badge for the match?", "nicked my dad's
 * blue badge". A council's warning that borrowing one is an offence is not an ask (LAW_TALK), and
 * "Lend me your blue badge? No." is a disabled writer's rant, so a bare "lend me" is not read.
 */
export const BADGE_MISUSE = wordPattern([
  String.raw`(?:anyone|anybody|someone|somebody)\s(?:got|have|has|with)\s(?:a\s)?spare\sblue\sbadges?(?!\s(?:holder|space|bay))(?:\s(?:i|we)\s(?:could|can|might)\s(?:borrow|use))?`,
  String.raw`(?:can|could)\s(?:i|we)\s(?:borrow|nick|pinch)\s(?:a|your|someone['’]s|your\s\p{L}+['’]s)\s(?:spare\s)?blue\sbadge`,
  // The writer took it ("pinched my dad's blue badge for the match"), not "some scumbag pinched my mum's".
  String.raw`(?<=(?:^|[.!?…]\s{0,3}|(?:i|we|i['’]ve|we['’]ve|just|cheekily|honestly|confession:?)\s))(?:nicked|pinched|swiped)\s(?:my|his|her|our)\s(?:\p{L}+['’]s\s)?blue\sbadge(?!\s(?:holder|idea))`,
  // A relative's badge used for the writer's own outings: "using my nan's blue badge to park at the leisure centre".
  String.raw`(?:using|used|use)\s(?:my|his|her|our)\s\p{L}+['’]s\sblue\sbadge\s(?:to\spark\s)?(?:at|for|outside|near)\s(?:the\s|my\s)?(?:gym|leisure\scentre|match|game|football|footy|work|office|pub|club|running|gig|concert|festival|uni|college|station)`,
]);
