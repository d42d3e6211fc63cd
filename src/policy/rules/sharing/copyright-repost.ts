import type { FoldedText } from '../../normalise-text.ts';
import type { Detector, Signal } from '../detector.ts';
import { findAll, type Match } from '../match.ts';
import { affirmed, nearby, W, E, wordPattern } from './cues.ts';

/**
 * Reposting a third party's copyrighted work in full (copyright.third-party-material): a
 * paywalled article pasted into the comments, a paid course screen-recorded and passed round,
 * a published workbook scanned for download, a whole book as a PDF. Linking to an article or
 * quoting a line with credit is ordinary sharing and is not matched; neither is the
 * organisation reposting its own work ("our handout", "my book").
 */

const WORK = String.raw`(?:series|podcast|episodes|season|transcript|article|articles|piece|story|column|report|paper|chapter|chapters|book|books|ebook|e-book|audiobook|text|essay|newsletter|guide|workbook|textbook|handbook|manual|album|course|courses|masterclass|master\sclass|webinar|webinars|lecture|lectures|programme|program|interview|feature|thing|video|videos|recording|recordings|training|module|modules|slides|documentary|film|movie|pdf|lyrics|song|songs|poem|script|manual)`;
/** Up to four words between "the whole" and the work: "the whole £349 Level 1 training video". */
const GAP = String.raw`(?:[\p{L}\p{N}'’£$.&-]{1,20}\s){0,4}?`;
const WHOLE = String.raw`(?:whole|full|entire|complete)`;

/** "copied the whole article", "pasted the full text", "uploaded the entire course". */
const COPIED_WHOLE = wordPattern([
  String.raw`(?:copied|copy|copying|pasted|paste|pasting|reposted|reposting|posted|posting|put|putting|uploaded|upload|uploading|shared|sharing|sent|emailed|dumped|transcribed|typed\sout|typed\sup|written\sout|wrote\sout|screenshotted|screenshot)\s(?:up\s)?(?:the|their|his|her|this|that|today['’]?s|yesterday['’]?s)\s(?:${WHOLE}\s)${GAP}${WORK}(?!\s(?:link|links|url|headline))`,
  // "uploaded all the course videos", "put every module of the training on Drive".
  String.raw`(?:uploaded|upload|uploading|posted|posting|put|putting|shared|sharing|sent|dumped)\s(?:up\s)?(?:all|every|each)\s(?:of\s)?(?:the\s)?${GAP}(?:course|training|masterclass|webinar|lecture|workshop|programme|program|class)\s(?:videos|recordings|modules|materials|slides|lessons|sessions)`,
  String.raw`(?:uploaded|upload|uploading|posted|posting|put|putting|shared|sharing|sent|dumped)\s(?:up\s)?(?:all|every|each)\s(?:of\s)?(?:the\s)?(?:videos?|recordings?|modules?|lessons?|slides|sessions?)\s(?:from|of)\s(?:the|their|his|her|a|my)\s`,
  String.raw`(?:the|their|his|her|this)\s${WHOLE}\s(?:text|article)\s(?:is\s)?(?:copied|pasted|below|in\sthe\scomments|here)`,
  String.raw`screenshots?\sof\s(?:every|all\sthe|each)\s(?:page|pages|chapter|chapters)`,
  String.raw`here['’]?s\s(?:the|a)\s${WHOLE}\s(?:[\p{L}'’£\d-]{1,20}\s){0,2}(?:chapter|article|text|transcript|book|pdf|recording|course|workbook|video|lyrics|poem|script)`,
  String.raw`(?:uploaded|put|shared|posted|saved)\s(?:the|a|their|his|her)\s(?:whole\s|full\s|entire\s)?(?:textbook|book|workbook|manual|course|pdf|ebook|e-book|audiobook)\s(?:on|to|in|onto|into)\s(?:the\s|our\s|my\s|a\s)?(?:drive|google\sdrive|dropbox|shared\sdrive|team\sdrive|group|group\schat|channel|server|folder)`,
]);

/** "Full transcript of the paid webinar": the whole of a paid work, named without a verb. */
const WHOLE_OF_PAID = wordPattern([
  String.raw`${WHOLE}\s(?:transcript|text|recording|video|copy|pdf|notes)\sof\s(?:the|their|his|her|this|that|today['’]?s|yesterday['’]?s)\s${GAP}${WORK}`,
]);
const PAID_ONLY = new RegExp(`${W}(?:paid|paywall|paywalled|subscri\\p{L}*|£\\d[\\d,.]*k?|\\$\\d[\\d,.]*k?|ticket|tickets|members['’]?\\sonly)${E}`, 'u');

/** Someone else's picture taken without credit or with its watermark removed. */
const UNCREDITED_IMAGE = wordPattern([
  String.raw`(?:removed|remove|cropped\sout|crop\sout|edited\sout|got\srid\sof)\s(?:the|their|a|his|her)\swatermarks?`,
  String.raw`no\sidea\swho\s(?:took|made|drew|painted|shot|owns)\s(?:it|this|them)`,
  String.raw`(?:grabbed|pinched|nicked|lifted|swiped)\s(?:this|these|the)\s(?:photo|photos|image|images|picture|pictures|illustration|illustrations|artwork|drawing)s?\s(?:from|off)`,
]);
/** What makes a full copy someone else's paid work rather than the organisation's own post. */
const PAID_OR_COPIED = new RegExp(`${W}(?:don['’]?t\\stell\\s(?:anyone|anybody|them)|🤫|keep\\s(?:it|this)\\squiet|(?:from|on)\\smy\\s(?:course|training|diploma|degree|programme)|before\\s(?:access|it)\\s(?:ended|expires|expired|runs\\sout)|lyrics|paywall|paywalled|buy|buying|copied|pasted|subscri\\p{L}*|typed\\s(?:up|out)|transcribed|word\\sfor\\sword|in\\sfull|for\\sfree|free\\sto\\s(?:download|watch|read|anyone)|free\\scopy|pay|paid|paying|comments|below|save\\s(?:yourself|yourselves|you|everyone|people)|the\\smoney|cost\\sme|costs|£\\d[\\d,.]*k?|\\$\\d[\\d,.]*k?|ticket|tickets)${E}`, 'u');

/** Paywall bypass: "get past the paywall", "paywalled, so here it is". */
const PAYWALL = wordPattern([String.raw`paywall(?:ed|s)?`]);
const BYPASS = new RegExp(`${W}(?:copied|copy|pasted|paste|full\\stext|whole|entire|bypass\\p{L}*|get\\s(?:past|around|round|through|behind)|got\\s(?:past|around|round|through)|for\\sfree|here['’]?s\\sthe|archive\\.ph|12ft)${E}`, 'u');

/** A paid course or event recorded and passed on. */
const RECORDED = wordPattern([
  String.raw`screen[\s-]?record(?:ed|ing|s)?`,
  String.raw`(?:${WHOLE}|secret)\srecording\sof`,
  String.raw`(?:recorded|filmed|ripped|downloaded|saved)\s(?:the|their|his|her|all\sof\sthe|all\sthe|every)\s(?:${WHOLE}\s(?:of\sthe\s)?)?(?:[\p{L}'’£\d-]{1,20}\s){0,3}(?:course|masterclass|master\sclass|webinar|workshop|training|lecture|lectures|seminar|class|classes|conference|talk|thing|video|videos|module|modules|recording|recordings|lessons|sessions)`,
]);
const PAID_EVENT = new RegExp(`${W}(?:£\\d[\\d,.]*k?|\\$\\d[\\d,.]*k?|paid|pay|paying|ticket|tickets|for\\sfree|free\\sto\\s(?:anyone|everyone|watch|download)|subscription|members['’]?\\sonly)${E}`, 'u');
const PASSED_ON = new RegExp(`${W}(?:link|links|message|send|files|email|here|here['’]?s|below|share|sharing|shared|download|dm|drive|dropbox|upload|uploaded|anyone|everyone|watch)${E}`, 'u');

/** A published book or workbook scanned, photocopied or turned into a PDF for others. */
const SCANNED = wordPattern([
  String.raw`(?:scanned|photocopied|photographed|screenshotted|screenshot|screenshots\sof|snapped|scans\sof|photocopies\sof|pdfs?\sof|copies\sof)\s(?:every|all|all\sthe|all\sof\sthe|each|the\swhole|the\sentire|the\sfull|the|their|his|her)\s(?:[\p{L}'’-]{1,20}\s)?(?:worksheet|worksheets|page|pages|slide|slides|chapter|chapters|handouts?|exercises?|book|workbook|textbook|manual|novel)`,
  String.raw`(?:whole|entire|full|complete)\s(?:book|workbook|textbook|novel|manual)\s(?:as\sa|as\san|as|in)\s(?:pdf|epub|e-?book)`,
]);
const SHARED_OUT = new RegExp(`${W}(?:happy\\sto\\sshare|download|downloads|drive|dropbox|folder|link|links|share|shared|sharing|free|anyone|everyone|upload|uploaded|dm|message\\sme|here)${E}`, 'u');

/** The organisation's own work: "our worksheets", "my course" (but "from my course" is one the writer attended). */
const OWN_WORK = new RegExp(`${W}(?:of\\s(?:our|my)|(?:we|i)\\s(?:wrote|made|created|produced|designed|put\\stogether|ran|hosted)|(?<!(?:from|on|at|in|during|for)\\s)(?:our|my)\\s(?:own\\s)?(?:[\\p{L}'’-]{1,20}\\s)?(?:worksheets?|handouts?|course|webinar|workshop|masterclass|book|workbook|article|blog|newsletter|guide|talk|video|recording))${E}`, 'u');

const REASON = "Reposts someone else's copyrighted work in full without permission. Share a link or a short credited quote instead.";

const hits = (text: FoldedText, pattern: RegExp, companion: RegExp, radius = 160): Match[] =>
  affirmed(text, pattern).filter((match) => nearby(text, match, companion, radius) && !OWN_WORK.test(text.folded.slice(Math.max(0, match.foldedStart - 20), match.foldedEnd + 20)));

export const copyrightRepost: Detector = {
  id: 'copyright-repost',
  description: "Reposts of a third party's copyrighted work in full: pasted paywalled articles, recorded paid courses, scanned workbooks, whole-book PDFs.",
  // Every pattern names the whole work, its kind, a paywall, a watermark or how it was copied.
  triggers: [
    'whole', 'full', 'entire', 'complete', 'screenshot', 'screen', 'book', 'textbook', 'workbook', 'manual', 'course', 'pdf',
    'ebook', 'audiobook', 'video', 'recording', 'module', 'material', 'slide', 'lesson', 'session', 'watermark', 'idea', 'grabbed',
    'pinched', 'nicked', 'lifted', 'swiped', 'paywall', 'recorded', 'filmed', 'ripped', 'downloaded', 'saved', 'scan', 'photocop',
    'photograph', 'snapped', 'copies', 'secret',
  ],
  detect({ text }) {
    const found = [
      ...hits(text, COPIED_WHOLE, PAID_OR_COPIED),
      ...hits(text, WHOLE_OF_PAID, PAID_ONLY, 100),
      ...findAll(text, PAYWALL).filter((match) => nearby(text, match, BYPASS, 120)),
      ...hits(text, RECORDED, PAID_EVENT, 200).filter((match) => nearby(text, match, PASSED_ON, 200)),
      ...hits(text, SCANNED, SHARED_OUT),
      ...affirmed(text, UNCREDITED_IMAGE),
    ];
    const signals: Signal[] = found.map((match) => ({ span: match.span, reason: REASON }));
    return signals;
  },
};
