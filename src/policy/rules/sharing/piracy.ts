import type { Detector, Signal } from '../detector.ts';
import { findLinks, type Link } from './find-links.ts';
import { mayMatch } from '../literal-gate.ts';
import { findAll } from '../match.ts';
import { affirmed, inSentence, nearby, W, E, wordPattern } from './cues.ts';
import { sentenceAt } from './sentences.ts';

/**
 * Pirated material (copyright.illegal-copies): torrents and magnet links, cracked software and
 * keygens, shadow libraries, "free full movie" and illegal streaming, channels giving away paid
 * books, audiobooks or films, and links to sites named for any of these. Warnings against
 * piracy ("never download torrents") are negated and pass.
 */

/** Works people pirate: "a torrent of <title> audiobook". */
const MEDIA = String.raw`(?:audiobook|audio\sbook|audiobooks|book|books|ebook|e-book|ebooks|novel|textbook|workbook|film|films|movie|movies|album|albums|discography|season|seasons|series|box\sset|game|games|course|pdf|episode|episodes|show|documentary|software|app)`;

/** Software people crack. */
const PRODUCT = String.raw`(?:windows|office|microsoft\soffice|photoshop|premiere|premiere\spro|illustrator|lightroom|indesign|adobe|acrobat|autocad|spss|nvivo|final\scut|logic\spro|ableton|fl\sstudio|sims|minecraft|gta|fifa|software|game|app|plugin)`;

/** What "a torrent of…" usually means in ordinary English. */
const IDIOM = String.raw`(?:abuse|criticism|complaints|messages|emails|love|support|tears|rain|words|hate|questions|praise|comments|feedback|water|emotions?|grief|kindness|enquiries|bookings|reviews|applications|requests|insults|anger|memories|thoughts|texts|calls|posts)`;

const IDIOM_WORD = new RegExp(`${W}${IDIOM}${E}`, 'u');

const STRONG = wordPattern([
  // "the rain came down in torrents" is weather, not file sharing.
  String.raw`torrent(?<!in\storrent)(?:s|ing|ed)?(?!\s(?:of|o['’]))`,
  // "A torrent of abuse" is an idiom; "a torrent of the new audiobook" or "anyone got a torrent of…" is not.
  String.raw`torrent\s(?:of|o['’])\s(?:[\p{L}\d'’:&,-]+\s){0,6}?${MEDIA}`,
  String.raw`(?:got|have|has|send|share|find|need|want|link|post|upload|download|grab|know\sof)\s(?:me\s|us\s)?(?:a|the|any)\storrents?(?!\s(?:of|o['’])\s${IDIOM}${E})`,
  // Modded and cracked apps: "premium mod APK", "hacked IPA", "APK with everything unlocked".
  String.raw`(?:mod|mods|modded|hacked|cracked|patched|premium|pro|vip|unlocked)\s(?:apk|apks|ipa|ipas)`,
  String.raw`(?:apk|ipa)\s(?:mod|mods|modded|hack|hacked|cracked|premium|unlocked)`,
  // A crack for a named product, or one just downloaded ("a crack in the ceiling" is not software).
  String.raw`(?:${PRODUCT})\s(?:\d{2,4}\s)?(?:crack|cracked|activator|keygen|patch)`,
  String.raw`(?:downloaded|download|downloading|installed|install|installing|using|found|got)\s(?:a|the|this)\s(?:new\s|latest\s)?(?:[\p{L}\d]+\s){0,3}?crack(?!\s(?:in|on|down|up|open|at|me|a\sjoke|a\ssmile|of\sdawn))`,
  String.raw`(?:key|serial|licen[cs]e)\s(?:generator|gen)s?|kmspico|kms\sactivator|for\sfree\swith\s(?:this|a|the)\s(?:activator|crack|patch|keygen|loader)`,
  String.raw`bootleg(?:ged)?\s(?:dvds?|copies|copy|films?|movies?|cds?|albums?|recordings?|streams?|box\ssets?)`,
  String.raw`free\s(?:movie|movies|film|films|streaming|stream|sports\sstream|football\sstream|tv)\s(?:site|sites|website|websites|link|links|app|apps)`,
  String.raw`(?:where|how)\s(?:can\si|can\swe|do\si|to|can\syou|could\si)\s(?:watch|stream|download)\s(?:[\p{L}\d'’:-]+\s){1,5}?(?:for\s)?free`,
  String.raw`free\s(?:${PRODUCT})\s(?:\d{2,4}\s)?(?:full\sversion|download|crack|licen[cs]e|activation)|no\slicen[cs]e\s(?:key\s)?(?:needed|required)`,
  String.raw`illegal\s(?:copies|copy|downloads?)\sof`,
  String.raw`burn\s(?:you\s|me\s|them\s)?(?:a\s)?cop(?:y|ies)\sof`,
  String.raw`(?:streaming|stream|movie|film|tv)\s(?:site|website|app)s?\sfor\sfree`,
  String.raw`magnet\s(?:link|links|url|uri)`,
  String.raw`magnet:\?xt`,
  String.raw`keygens?`,
  String.raw`warez`,
  String.raw`nulled\s(?:plugin|plugins|theme|themes|script|scripts|software|version)`,
  String.raw`crack(?:ed)?\s(?:version|versions|copy|copies|software|app|apps|apk|game|games|edition|build|windows|office|photoshop|adobe|licen[cs]e|serial)`,
  String.raw`(?:windows|office|photoshop|adobe|software|game|app|licen[cs]e)\scrack(?:ed)?`,
  String.raw`pirated`,
  String.raw`pirate\s(?:copy|copies|site|sites|stream|streams|streaming|version|versions|link|links|bay)`,
  String.raw`piratebay|1337x|rarbg|yts|kickass\storrents|limetorrents|popcorn\stime`,
  String.raw`library\sgenesis|libgen|z[\s-]?library|z-?lib|sci[\s-]?hub|anna['’]?s\sarchive|annas-archive|oceanofpdf|pdf\s?drive`,
  String.raw`123\s?movies|putlocker|fmovies|gomovies|solarmovie|soap2day`,
  String.raw`free\sfull\s(?:movie|movies|film|films|album|albums|season|series|episode|episodes|book|books|pdf|audiobook|audiobooks|ebook|course)`,
  String.raw`(?:full|whole|entire)\s(?:movie|film|album|season|series|box\sset|audiobook)\s(?:for\s)?free`,
  String.raw`(?:movies?|films?)\sonline\s(?:for\s)?free`,
  String.raw`(?:watch|stream|download)\s(?:the\s)?(?:new\s|latest\s)?(?:[\p{L}\d'’:-]+\s){0,4}?(?:film|films|movie|movies|series|season|episode|episodes|show|shows|album)\s(?:for\s)?free`,
  String.raw`full\spdf\s(?:for\s)?free`,
  String.raw`free\s(?:pdf|epub|download)\sof\s(?:the|his|her|their|this|that)\s(?:whole\s|full\s|entire\s)?(?:book|workbook|textbook|novel|manual|album|film|movie)`,
  String.raw`illegal(?:ly)?\sstream(?:s|ed|ing)?|dodgy\s(?:stream|streams|fire\s?stick|box)|jailbroken\s(?:fire\s?stick|box)|loaded\sfire\s?sticks?`,
  String.raw`(?:dvd|cam|blu-?ray|web|4k|hd|1080p|720p)\s?rips?`,
  String.raw`ripped\s(?:the|a|my|his|her)\s(?:dvd|dvds|blu-?ray|cd|cds)`,
  String.raw`ripped\s(?:from|off)\s(?:youtube|spotify|netflix|audible|kindle|a\sdvd)`,
  // "ripped it off YouTube into MP3s": the copy made, not an idea borrowed.
  String.raw`ripped\s(?:it|them)\s(?:from|off)\s(?:youtube|spotify|netflix|audible)\s(?:into|as|to)\s(?:mp3s?|mp4s?|audio\sfiles?|a\susb)`,
  String.raw`(?:youtube|yt)\s?(?:to|2)\s?mp3`,
  String.raw`(?:licen[cs]e|serial|product|activation)\skey\sgenerators?`,
  String.raw`dodgy\s(?:link|links|site|sites|website)\s(?:to\s)?(?:stream|watch|for\sthe\s(?:match|fight|game|film|movie))`,
  String.raw`(?:stream|streaming|watch|watching)\s(?:[\p{L}'’-]+\s){0,5}?(?:on|via|through)\sa\sdodgy\s(?:link|site|stream|website|stick|box)`,
  String.raw`crack\s(?:for|of)\s(?:windows|office|photoshop|adobe|microsoft|spss|nvivo|the\sgame|the\sapp|the\ssoftware)`,
  String.raw`(?:free|leaked|cracked|pirated|generated)\s(?:activation|licen[cs]e|product|serial)\s(?:key|keys|code|codes)`,
]);

/** An e-book copy of a book, asked for or offered: piracy when the sentence is about a book or dodging its price. */
const EBOOK_COPY = wordPattern([
  String.raw`(?:anyone|anybody|someone|who['’]?s|who\shas|does\sanyone|do\syou|can\ssomeone|could\ssomeone|can\sanyone|could\sanyone)\s(?:have|has|got|send|share|send\sme|share\swith\sme|got\sa\slink\sto)\s(?:a|the|an)\s(?:free\s)?(?:pdf|epub|mobi|e-?book\scopy|digital\scopy|e-?book\sversion)\s(?:version\s|copy\s)?of(?!\s(?:our|my|the\spractice))`,
  String.raw`free\s(?:epub|mobi|e-?book\scopy)\s(?:version\s|copy\s)?of(?!\s(?:our|my))`,
]);
const BOOKISH = new RegExp(`${W}(?:books?|novel|textbook|workbook|edition|dsm|audiobook|author|memoir|paying|pay|afford|expensive|swap|£\\d+|\\$\\d+)${E}`, 'u');

/** "Everything unlocked", "premium features unlocked": piracy only with a download, mod or free copy in the same sentence. */
const UNLOCKED = wordPattern([
  String.raw`(?:everything|all\sfeatures|all\slevels|all\scontent|premium|pro|paid\sfeatures|premium\sfeatures|pro\sfeatures|full\sversion)\sunlocked`,
  String.raw`unlocked\s(?:premium|pro|paid|vip)\s(?:version|features|app|account)`,
  String.raw`(?:premium|pro|paid|full)\s(?:version|app|features|subscription)\s(?:for\sfree|free\sforever|without\spaying)`,
]);
const UNOFFICIAL_COPY = new RegExp(`${W}(?:apk|apks|ipa|mod|modded|hacked|cracked|patched|download|downloads|sideload\\p{L}*|jailbr\\p{L}*|forever|no\\sroot|link\\sin\\sbio)${E}`, 'u');

/** IPTV boxes, loaded fire sticks and Kodi builds sold with every paid channel are pirate services. */
const IPTV = wordPattern([String.raw`iptv|kodi|fire\s?sticks?|firesticks?`]);
const STREAMER = /^(?:fire|kodi)/;
/** For a fire stick or Kodi (ordinary devices), only a claim of every paid channel counts. */
const PAID_CHANNELS_STRONG = new RegExp(`${W}(?:every\\schannel|all\\sthe\\schannels|all\\schannels|(?:sky|bt|tnt)\\s?sports|premier\\sleague|ppv|pay[\\s-]per[\\s-]view|box\\soffice|(?:£|\\$)\\d+\\s(?:a|per)\\s(?:year|month)|loaded|jailbroken|builds?|every\\smatch|all\\sthe\\sfootball)${E}`, 'u');
const PAID_CHANNELS = new RegExp(`${W}(?:cheap|£\\d+|all\\sthe\\schannels|all\\schannels|every\\schannel|sky|sports|premier\\sleague|subscription|netflix|box\\soffice)${E}`, 'u');

/** "Don't pay for it" next to a copy of a paid work. */
const AVOID_PAYING = wordPattern([
  String.raw`don['’]?t\s(?:pay|buy)`, String.raw`no\sneed\sto\s(?:pay|buy)`, String.raw`why\s(?:pay|buy)`, String.raw`without\s(?:paying|buying)`,
  String.raw`save\syourself\s(?:the|a|£|\$)`, String.raw`instead\sof\s(?:paying|buying)`, String.raw`cancel\syour\s(?:spotify|netflix|audible|kindle|disney|subscription)`,
]);
const COPY_OF_PAID_WORK = new RegExp(`${W}(?:pdf|epub|mobi|rip|ripped|torrent|crack|cracked|(?:full|whole|entire)\\s(?:book|movie|film|album|course|audiobook|pdf))${E}`, 'u');
/** "a site where it's free", "a free-games site": where the free copy is, when the thing is a paid work or service. */
const FREE_SOURCE = new RegExp(`${W}(?:site\\swhere\\s(?:it['’]?s|they['’]?re|it\\sis|they\\sare)\\s(?:all\\s)?free|free-[\\p{L}-]+\\ssites?)${E}`, 'u');
const PAID_MEDIA = new RegExp(`${W}(?:films?|movies?|albums?|games?|seasons?|series|box\\ssets?|audiobooks?|e-?books?|netflix|disney\\+?|spotify|prime\\svideo|audible|kindle|now\\stv|apple\\stv)${E}`, 'u');

/** A channel or group handing out paid books, films or music for free. */
const GIVEAWAY_CHANNEL = wordPattern([String.raw`telegram|discord|whatsapp\sgroup|channel|group\schat|server|google\sdrive|mega\sfolder|dropbox`]);
const PAID_WORKS = new RegExp(`${W}(?:audiobooks?|e-?books?|textbooks?|books|films|movies|box\\ssets?|albums?|courses|masterclasses|new\\sreleases|(?:whole|full|entire)\\s(?:book|film|movie|series|season))${E}`, 'u');
const FOR_FREE = new RegExp(`${W}(?:for\\sfree|free|for\\snothing|without\\spaying)${E}`, 'u');
const LAWFUL_LENDING = new RegExp(`${W}(?:libby|borrowbox|library\\scard|local\\slibrary|public\\slibrary|kindle\\sunlimited|free\\strial|subscription|project\\sgutenberg|public\\sdomain|our\\s)${E}`, 'u');

/** A warning about piracy ("pirated copies of our workbook are circulating, please report them"), or a lawful free service. */
const PIRACY_WARNING = new RegExp(`${W}(?:iplayer|itvx|all\\s4|channel\\s4|my5|youtube|free\\strial|report|reported|beware|warning|circulating|taken\\sdown|take\\sdown|cease\\sand\\sdesist|aware\\sof)${E}`, 'u');

/** Host names built for piracy: "piratebay", "free-hd-movies", "libgen"… */
const PIRATE_HOST_PARTS = ['torrent', 'pirate', 'warez', 'keygen', 'libgen', 'zlibrary', 'scihub', 'annasarchive', '123movies', 'putlocker', 'fmovies', 'gomovies', 'solarmovie', 'soap2day', 'oceanofpdf', 'pdfdrive', 'freemovies', 'hdmovies', 'moviesfree', 'watchfree', 'freefilms', 'freehdmovies', 'nulled'];
const STREAM_WORDS = new Set(['free', 'hd', 'watch', 'stream', 'online', 'full']);

export const isPirateHost = (link: Link): boolean => {
  const hostname = link.host.hostname ?? '';
  const squashed = hostname.replace(/[.-]/g, '');
  if (PIRATE_HOST_PARTS.some((part) => squashed.includes(part))) return true;
  const tokens = hostname.split(/[.-]/);
  return tokens.some((token) => token === 'movies' || token === 'films' || token === 'crack') && tokens.some((token) => STREAM_WORDS.has(token));
};

const EBOOK_HINT = /pdf|epub|mobi|book|digital/;
const STREAMING_HINT = /iptv|kodi|fire/;

const REASON = 'Points to pirated material (illegal copies of books, films, music or software). Sharing or linking to it breaks copyright law.';

export const piracy: Detector = {
  id: 'piracy',
  description: 'Links to or offers of pirated material: torrents, cracked software, shadow libraries, free full movies, illegal streams.',
  // Cues, pirate hosts (links with a scheme or www always run it) and the pay-around wording each hold one of these.
  triggers: [
    'torrent', 'apk', 'ipa', 'magnet', 'keygen', 'warez', 'nulled', 'crack', 'pirat', 'thepirat', '1337x', 'rarbg',
    'yts', 'kickass', 'limetorr', 'popcorn', 'genesis', 'libgen', 'library', 'z', 'sci', 'anna', 'oceanofp', 'pdf',
    '123', 'putlocke', 'fmovies', 'gomovies', 'solarmov', 'soap2day', 'free', 'illegal', 'dodgy', 'jailbrok', 'loaded', 'rip',
    'dvdrip', 'camrip', 'bluray', 'webrip', 'hdrip', '4krip', '1080p', '720p', 'youtube', 'yt', 'generat', 'leaked',
    'unlocked', 'pay', 'iptv', 'kodi', 'fire', 'epub', 'mobi', 'activato', 'kms', 'patch', 'bootleg', 'ebook',
    'digital', 'copy', 'buy', 'save', 'cancel', 'nothing', 'http', 'www', 'movies', 'films', 'hdmovies', 'watchfre',
    'version', 'licen', 'burn',
  ],
  detect({ text }) {
    const signals: Signal[] = [];
    for (const match of affirmed(text, STRONG)) {
      if (match.text.startsWith('torrent o') && IDIOM_WORD.test(match.text)) continue; // "a torrent of messages since the book launch"
      // The cue itself may name a lawful service ("youtube to mp3"), so judge the rest of the sentence.
      const [start, end] = sentenceAt(text, match.foldedStart);
      const rest = text.folded.slice(start, match.foldedStart) + ' ' + text.folded.slice(match.foldedEnd, end);
      if (!PIRACY_WARNING.test(rest)) signals.push({ span: match.span, reason: REASON });
    }
    for (const link of findLinks(text)) if (isPirateHost(link)) signals.push({ span: link.span, reason: REASON });
    const folded = text.folded;
    // Cheap substring tests first: most drafts need none of the scans below. (A pattern the
    // literal gate rules out finds nothing, so its hint test is skipped too.)
    if (mayMatch(text, EBOOK_COPY) && EBOOK_HINT.test(folded)) for (const match of affirmed(text, EBOOK_COPY)) {
      if (match.text.includes('epub') || match.text.includes('mobi') || inSentence(text, match.foldedStart, BOOKISH)) signals.push({ span: match.span, reason: REASON });
    }
    if (folded.includes('unlocked') || folded.includes('free') || folded.includes('paying')) for (const match of affirmed(text, UNLOCKED)) if (inSentence(text, match.foldedStart, UNOFFICIAL_COPY)) signals.push({ span: match.span, reason: REASON });
    if (mayMatch(text, IPTV) && STREAMING_HINT.test(folded)) for (const match of affirmed(text, IPTV)) {
      if (nearby(text, match, STREAMER.test(match.text) ? PAID_CHANNELS_STRONG : PAID_CHANNELS, 120)) signals.push({ span: match.span, reason: REASON });
    }
    if (signals.length > 0) return signals;
    if (mayMatch(text, AVOID_PAYING) && (COPY_OF_PAID_WORK.test(folded) || FREE_SOURCE.test(folded))) for (const match of findAll(text, AVOID_PAYING)) {
      // "Don't pay £30 for it. The PDF is on…": the copy is often named in the next breath.
      if (COPY_OF_PAID_WORK.test(text.folded.slice(match.foldedStart, match.foldedEnd + 160))) {
        return [{ span: match.span, reason: REASON }];
      }
      // "It's on a free-games site, so no need to buy it": the source may come first.
      const around = text.folded.slice(Math.max(0, match.foldedStart - 120), match.foldedEnd + 120);
      if (FREE_SOURCE.test(around) && PAID_MEDIA.test(around)) return [{ span: match.span, reason: REASON }];
    }
    if (mayMatch(text, GIVEAWAY_CHANNEL) && FOR_FREE.test(folded)) for (const match of findAll(text, GIVEAWAY_CHANNEL)) {
      if (inSentence(text, match.foldedStart, PAID_WORKS) && inSentence(text, match.foldedStart, FOR_FREE) && !inSentence(text, match.foldedStart, LAWFUL_LENDING)) {
        return [{ span: match.span, reason: REASON }];
      }
    }
    return signals;
  },
};
