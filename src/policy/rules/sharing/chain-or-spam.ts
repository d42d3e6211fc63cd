import type { FoldedText } from '../../normalise-text.ts';
import type { Detector, Signal } from '../detector.ts';
import { findAll, type Match } from '../match.ts';
import { affirmed, W, E, wordPattern } from './cues.ts';
import { SCAM_AWARENESS } from './link-wording.ts';
import { findPyramidScheme } from './pyramid-scheme.ts';

/**
 * Chain messages, spam and pyramid recruitment (safe.spam): "copy and paste, don't just
 * share", "share this or seven years' bad luck", "forward to 10 people", "FW: FW:", the
 * Facebook privacy-notice hoax, gifting circles, and "earn £2k a month from your sofa" MLM
 * recruitment. A post that names these as hoaxes to warn people passes.
 */

const NUMBER = String.raw`(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|a\shundred)`;
const SHARE = String.raw`(?:share|repost|re-post|forward|send|pass|copy|post|tag)`;

const CHAIN = wordPattern([
  String.raw`(?:copy|cut)\s?(?:and|&|n|'n')\s?paste,?\s(?:this\s|it\s)?(?:to|on|onto|in|into|as)\s(?:your|ur)\s(?:status|wall|page|timeline|profile|story|feed)`,
  String.raw`(?:copy|cut)\s?(?:and|&|n|'n')\s?paste,?\s(?:this\s|it\s)?(?:if\syou|don['’]?t\sjust|and\sshare|and\s(?:re)?post|or\s|to\sshow)`,
  String.raw`don['’]?t\sjust\s(?:share|repost|like)`,
  String.raw`(?:copy|paste|post|put)\s(?:this|it)(?:\smessage|\spost|\stext)?\s(?:to|on|onto|into|as)\syour\s(?:page|wall|status|timeline|profile|story|feed)`,
  String.raw`${SHARE}\s(?:this|it)(?:\spost|\smessage)?\s(?:on\s)?(?:to|with)\s${NUMBER}\s(?:of\syour\s)?(?:people|friends|contacts|others|groups|mates)`,
  String.raw`(?:forward|send|pass|copy)\s(?:this|it)(?:\spost|\smessage)?\s(?:with|to)\s(?:everyone|all\syour\s(?:friends|contacts))\s(?:in\syour\s(?:contacts|phone|list)|you\sknow)`,
  // "forward this to every woman you know TODAY": passed on at once, not an event shared.
  String.raw`(?:forward|send|pass)\s(?:this|it)(?:\spost|\smessage)?\s(?:with|to)\s(?:every|each)\s(?:woman|man|girl|mum|mother|parent|person|friend|one)\s(?:you\s(?:know|love|care\sabout)|in\syour\s(?:contacts|phone)),?\s(?:today|now|tonight|asap|immediately|right\saway)(?!\s*:)`,
  // "share this pic 9 times in 9 mins and your wish comes true": a wish granted for sharing.
  String.raw`(?:share|repost|forward|send|copy)\s(?:this|it)\s(?:[\p{L}\p{N}'’]+\s){0,8}?(?:\d+|three|five|seven|nine|ten|twelve)\s(?:times|people|friends)\s(?:[\p{L}\p{N}'’]+\s){0,6}?(?:and\s)?(?:your|ur|you['’]?r)\swish(?:es)?\s(?:will\s)?comes?\strue`,
  String.raw`${SHARE}\s(?:this|it)(?:\spost|\smessage)?\s(?:with|to\s)?(?:in|within)\s(?:the\snext\s)?(?:${NUMBER}\s)?(?:minutes?|hours?|seconds?|the\shour)`,
  // "tag ten friends in the next ten minutes or…": a deadline on passing it on.
  String.raw`(?:tag|share\swith|send\sto|message)\s${NUMBER}\s(?:of\syour\s)?(?:friends|people|mates|contacts)\s(?:in|within)\s(?:the\snext\s|the\s|an\s|a\s)?(?:${NUMBER}\s)?(?:minutes?|hours?|seconds?)(?=[^.!?\n]{0,80}?\sor\s)`,
  String.raw`${NUMBER}\syears?['’]?\s(?:of\s)?bad\sluck`,
  String.raw`bad\sluck\sfor\s${NUMBER}\syears`,
  String.raw`break\sthe\schain`,
  // "share this to your story or the puppy dies": a threat attached to not sharing.
  String.raw`${SHARE}\s(?:this|it)(?:\spost|\smessage)?\s(?:[\p{L}'’]+\s){0,4}?or\s(?:else|the\s[\p{L}]+\s(?:dies|die|will\sdie|gets\sput\sdown)|you['’]?ll\s(?:have|get)\s(?:bad\sluck|\d+\syears))`,
  String.raw`(?:ignore|delete|scroll\spast)\s(?:this|it)\sand\s(?:you['’]?ll|you\swill|something)`,
  String.raw`(?:only\s)?(?:true|real)\sfriends\s(?:will|would)\s(?:share|repost|copy)`,
  String.raw`\d{2}%\s(?:of\s(?:people|you)\s)?(?:won['’]?t|will\snot|wont)\s(?:share|repost|copy)`,
  String.raw`i\sbet\s(?:you\s)?(?:won['’]?t|wont)\s(?:share|repost|copy)`,
  String.raw`if\syou\sdon['’]?t\s(?:share|repost|copy|forward|pass\son)\s(?:this|it)`,
  String.raw`only\s\d{1,2}%\s(?:of\s(?:people|you)\s)?(?:will|would)\s(?:share|repost|copy|read)`,
  String.raw`(?:type|comment)\samen`,
  String.raw`amen\sif\syou|(?:share|repost)\sif\syou\slove\s(?:your|jesus|god|my)|ignore\sif\syou\s(?:don['’]?t|do\snot)|scroll\spast\sif`,
  String.raw`unless\syou\s(?:copy|share|repost|post|forward|paste)\s(?:this|it)`,
  String.raw`(?:facebook|instagram|whatsapp|meta|messenger)\swill\s(?:start|begin)\scharging`,
  String.raw`(?:message|text|send|forward|share\swith|send\sit\sto)\s${NUMBER}\s(?:of\syour\s)?(?:friends|people|contacts|others|women|girls)\s(?:this|and|or|within|in|before|now)`,
  String.raw`(?:a\s)?miracle\swill\shappen|good\sluck\swill\scome\sto\syou`,
  String.raw`(?:donates?|will\sdonate|gives?|will\sgive)\s(?:£|\$|€)?\d+p?\s(?:[\p{L}]+\s){0,2}?(?:for\s)?(?:every|each|per)\s(?:share|like|repost|comment|retweet)`,
  String.raw`every\stime\s(?:this|it)\s(?:is|gets|has\sbeen)\s(?:shared|liked|reposted)`,
  String.raw`1\slike\s?=\s?1\sprayer`,
  String.raw`(?:fwd?:\s?){2,}`,
  String.raw`(?:pay|give|send)\syou\s(?:£|\$)?\d[\d,]*\s(?:pounds\s|dollars\s)?for\s(?:every|each)\s(?:person|forward|email|share|friend)`,
  String.raw`pass\s(?:it|this)\son\sto\s(?:everyone|all\syour|${NUMBER})`,
  // "Forward" is chain-letter language; "share this with everyone you know" is how charities ask for help.
  String.raw`(?:forward|fwd)\s(?:this\s|it\s)?(?:on\s)?to\s(?:everyone|every1|every\sone|all\sthe\speople)\s(?:(?:you|u)\s(?:know|love|care\sabout)|in\s(?:your|ur)\s(?:contacts|phone|list))`,
  String.raw`(?:tell|warn|message|forward\sthis\sto|send\sthis\sto)\s(?:all|everyone\sin|everyone\son)\s(?:of\s)?(?:your|ur)\s(?:contacts|friends\slist|friends|list)`,
  String.raw`(?:like|share|comment|tag)\s(?:and|&|\+)\s(?:share|like|comment|tag|follow)\s(?:[\p{L}'’-]+\s){0,4}?(?:to\s)?win\s(?:a\s)?(?:free\s)?(?:brand[\s-]new\s)?(?:iphone|ipad|macbook|playstation|ps5|xbox|car|£\d[\d,]*)`,
  // The privacy-notice hoax.
  String.raw`i\sdo\snot\sgive\s(?:facebook|meta|instagram|anyone|any\sentities|my\spermission)`,
  String.raw`(?:facebook|meta|instagram)\s(?:does\snot|doesn['’]?t|do\snot)\shave\smy\spermission`,
  String.raw`(?:uniform\scommercial\scode|rome\sstatute|berne\sconvention)`,
  String.raw`(?:your|my)\s(?:account|profile|photos|posts)\swill\sbe\smade\spublic`,
  // Engagement bait: swaps of follows or likes, the hashtags of spam accounts.
  String.raw`#(?:f4f|l4l|sub4sub)|#?(?:follow4follow|followforfollow|like4like|likeforlike|spam4spam|follow4followback|likes4likes)`,
]);

/** "those 'forward this to ten friends' messages": the chain's words quoted to name a kind of message, not sent. */
const QUOTE_OPENED = /(?:those|these|the|one of those|another of those|a|an)\s+['"‘“][^'"’”]{0,80}$/u;
const QUOTE_CLOSED_KIND = /^[^'"’”]{0,80}['"’”]\s*(?:messages?|texts?|posts?|emails?|chains?|letters?|things|stuff|nonsense)(?![\p{L}])/u;
const namedAsAKindOfMessage = (folded: string, start: number, end: number): boolean =>
  QUOTE_OPENED.test(folded.slice(Math.max(0, start - 90), start)) && QUOTE_CLOSED_KIND.test(folded.slice(end, end + 100));

/** Warnings about chain messages name them as what they are. */
const AWARENESS = new RegExp(`${W}(?<!not\\s(?:an?\\s)?)(?:hoax|hoaxes|myth|urban\\slegend|isn['’]?t\\sreal|is\\sfake|are\\sfake)${E}`, 'u');

/** Crypto "doublers" and other send-a-little-get-more-back scams. */
const COIN = String.raw`(?:btc|bitcoin|bitcoins|eth|ether|ethereum|usdt|crypto|sol|doge|dogecoin|xrp|bnb|coins?)`;
const DOUBLER = wordPattern([
  String.raw`(?:crypto|bitcoin|btc|eth|coin|money|cash)\s?doubl(?:er|ers|ing)`,
  String.raw`doubl(?:e|es|ed|ing)\s(?:your|ur|you['’]?r)\s(?:crypto|bitcoin|btc|eth|money|cash|investment|coins|savings)`,
  String.raw`(?:send|sent|deposit|transfer|invest)\s(?:me\s|us\s)?(?:just\s|only\s)?(?:£|\$|€)?\d[\d,.]*k?\s?(?:in\s)?${COIN}?,?\s(?:and\s|&\s|-\s|then\s)?(?:get|receive|and\sget|we['’]?ll\ssend|i['’]?ll\ssend|get\sback)\s(?:back\s)?(?:£|\$|€)?\d[\d,.]*k?\s?${COIN}?`,
  String.raw`(?:2x|3x|5x|10x|100x)\s(?:your|ur)\s(?:money|crypto|investment|bitcoin|btc|coins|deposit)`,
  String.raw`guaranteed\s(?:\d{1,4}\s?%\s)?(?:returns?|profits?|daily\sprofits?)|guaranteed\s\d{1,4}\s?%`,
  String.raw`\d{1,4}\s?%\s(?:a|per|every)\s(?:day|week|month),?\s(?:guaranteed|returns?|profits?|interest)`,
  String.raw`\d{2,4}\s?%\s(?:returns?|profits?|roi)\s(?:in|within|every|per|a)\s(?:\d{1,3}\s)?(?:hours?|days?|weeks?|24h|48h)`,
]);

/** Junk health pitches: "lose 10kg in a week", "miracle tea". */
const JUNK_PITCH = wordPattern([
  String.raw`lose\s\d{1,3}\s?(?:kg|kgs|kilos|lbs|pounds|stone)\s(?:in\s)?(?:a|one|\d{1,2}|two|three|four)\s(?:week|weeks|days?|month)`,
  String.raw`(?<!(?:no|any|not\sa|isn['’]?t\sa)\s)miracle\s(?:tea|teas|pill|pills|cure|diet|drink|supplement|coffee|gummies)`,
]);

/** Multi-level marketing recruitment: strong claims (2 points) and supporting pressure (1 point). */
const MLM_STRONG = wordPattern([
  String.raw`earn\s(?:up\sto\s)?(?:£|\$)\s?\d[\d,.]*k?\s(?:a|per|every)\s(?:month|week|day)\s(?:from|on|sat\son|sitting\son|working\sfrom)\s(?:your|my|the|home)`,
  String.raw`(?:£|\$)\s?\d[\d,.]*k?\s(?:a|per)\s(?:month|week)\s(?:from|working\sfrom)\s(?:your|my|the|home)\s?(?:sofa|couch|phone|bed|kitchen\stable)?`,
  String.raw`(?:made|make|making|earned|earn|earning|bring\sin|bringing\sin|brought\sin|pulling\sin|clearing)\s(?:over\s|up\sto\s|an\sextra\s|around\s)?(?:£|\$|€)\s?\d[\d,.]*k?\s(?:this|last|a|per|every|in\sa|in\smy\sfirst|in\sone)\s(?:month|week|day|weekend|fortnight)`,
  // Recruiting friends, not staff: "recruit 3 friends", "you just need to sign up two people".
  String.raw`(?:recruit|sign\sup|bring\sin|get)\s(?:just\s|only\s)?(?:\d{1,2}|two|three|four|five|six|ten)\s(?:more\s|new\s)?(?:friends|mates|ladies|mums|women|family\smembers|recruits)`,
  String.raw`(?:you\s(?:just\s|only\s)?(?:need|have)\sto|just|simply)\s(?:recruit|sign\sup|bring\sin|find|get)\s(?:\d{1,2}|two|three|four|five|six|ten)\s(?:more\s|new\s)?(?:people|members|others|friends)`,
  String.raw`downline|upline|(?:multi|network)[\s-]level\smarketing|mlm\s(?:opportunity|business|company|team)`,
  String.raw`(?:make|making|earn|earning)\s(?:easy\s|extra\s|real\s|serious\s)?(?:money|cash|income)\s(?:online|from\shome|from\syour\sphone|on\syour\sphone|while\syou\ssleep)`,
  String.raw`be\syour\sown\sboss`,
  String.raw`financial\sfreedom`,
  String.raw`(?:passive|residual)\sincome`,
  String.raw`(?:income|ground[\s-]floor)\sopportunity`,
  String.raw`work\sfrom\s(?:your|my|their|her|the)\sphones?`,
  String.raw`(?:ever\sthought\sabout|fancy|interested\sin)\s(?:earning|making)\s(?:an\s|some\s)?(?:extra\s)?(?:income|money|cash)`,
  String.raw`looking\sfor\s(?:\d{1,2}|a\sfew|some|two|three|four|five)\s(?:ambitious|motivated|driven|like-minded|hard-working|positive)\s(?:ladies|mums|moms|mamas|women|girls|babes)`,
  String.raw`turned\s(?:£|\$)\s?\d[\d,.]*k?\sinto\s(?:£|\$)\s?\d[\d,.]*k?`,
  String.raw`(?:crypto|forex|bitcoin|trading)\s(?:bot|bots|signals|mentor|coach|expert|account\smanager|investment|opportunity)`,
]);
const MLM_SUPPORT = wordPattern([
  String.raw`dm\s(?:me|us)\s['"‘“]`,
  String.raw`(?:dm|message|inbox|pm)\s(?:me|us)\s(?:for|to\sfind\sout)\s(?:details|info|more)`,
  String.raw`only\s\d{1,2}\s(?:spots?|places?|spaces?)\s(?:left|remaining)`,
  String.raw`changed\smy\slife`,
  String.raw`life[\s-]changing`,
  String.raw`from\s(?:your|my|the)\s(?:sofa|couch)`,
  String.raw`join\s(?:my|our)\s(?:[\p{L}-]+\s){0,2}?team`,
  String.raw`(?:from|at)\shome`,
  String.raw`(?:no\sexperience|no\sskills|no\sselling)\s(?:needed|required|necessary)`,
  String.raw`(?:who\swants|want)\sto\s(?:earn|make)\s(?:extra|more|some)`,
  String.raw`(?:dm|message|inbox|pm)\s(?:me|us)`,
  String.raw`business\sopportunity`,
  String.raw`side\shustle`,
  String.raw`(?:spot|place|space|opening)s?\son\smy\steam|alongside\syour\s(?:job|day\sjob|career)|around\s(?:the|your)\s(?:kids|school\srun|family|day\sjob)|hun|hunny|babe`,
  String.raw`commission|starter\skit|ask\sme\show|link\sin\s(?:my\s)?bio|click\smy\slink|amazing\sway`,
  String.raw`on\stop\sof\syour\s(?:caseload|job|day\sjob|salary)`,
  String.raw`(?:amazing|incredible|exciting)\s(?:opportunity|company|team)`,
]);

const CHAIN_REASON = "A chain message or spam ('share this or else', copy-and-paste hoaxes, pyramid or MLM recruitment). Don't post or forward it.";

/** Two points per kind of strong claim, one per kind of supporting pressure; 3 is recruitment. Support is only looked for after a strong claim. */
const mlmRecruitment = (text: FoldedText): Match | undefined => {
  const strong = findAll(text, MLM_STRONG);
  if (strong.length === 0) return undefined;
  const strongKinds = new Set(strong.map((match) => match.text)).size;
  if (strongKinds >= 2) return strong[0];
  const supportKinds = new Set(findAll(text, MLM_SUPPORT).map((match) => match.text)).size;
  return 2 * strongKinds + supportKinds >= 3 ? strong[0] : undefined;
};

export const chainOrSpam: Detector = {
  id: 'chain-or-spam',
  description: 'Chain messages, copy-and-paste hoaxes, pyramid schemes and MLM recruitment spam.',
  // Chain wording, doublers, MLM claims and pyramid schemes each need one of these words (see the patterns).
  triggers: [
    'copy', 'cut', 'paste', 'don', 'post', 'put', 'share', 'repost', 'forward', 'fw', 'send', 'pass',
    'tag', 'luck', 'chain', 'ignore', 'delete', 'scroll', 'read', 'amen', 'prayer', 'pay', 'give', 'tell',
    'warn', 'message', 'text', 'like', 'comment', 'wish', 'permission', 'uniform', 'rome', 'berne', 'public', 'unless', 'charging',
    'miracle', 'donat', 'crypto', 'bitcoin', 'btc', 'eth', 'coin', 'cash', 'doubl', 'deposit', 'transfer', 'invest',
    '2x', '3x', '5x', '10x', '100x', 'guarantee', 'return', 'profit', 'roi', 'interest', '£', '$',
    '€', 'boss', 'financial', 'passive', 'residual', 'income', 'forex', 'trading', 'recruit', 'sign', 'downline', 'upline',
    'multi', 'network', 'mlm', 'looking', 'gift', 'blessing', 'abundance', 'sister', 'money', 'infinity', 'wealth', 'mandala',
    'dream', 'wheel', 'pyramid', 'ponzi', 'chip', 'contribut', 'seed', 'phone', 'earning', 'making', 'friend', 'mate',
    'ladies', 'mum', 'women', 'family', 'people', 'member', 'others', 'floor', 'lose',
    'follow4', 'followfor', 'like4', 'likefor', 'likes4', 'f4f', 'l4l', 'sub4', 'spam4',
  ],
  detect({ text }) {
    const signals: Signal[] = [];
    // Awareness is checked only once something matched: most drafts match nothing.
    const chain = affirmed(text, CHAIN, 20).filter((match) => !namedAsAKindOfMessage(text.folded, match.foldedStart, match.foldedEnd));
    if (chain.length > 0 && !AWARENESS.test(text.folded)) for (const match of chain) signals.push({ span: match.span, reason: CHAIN_REASON });
    const pyramid = findPyramidScheme(text);
    if (pyramid) signals.push({ span: pyramid.span, reason: CHAIN_REASON });
    const doubler = affirmed(text, DOUBLER);
    if (doubler.length > 0 && !AWARENESS.test(text.folded) && !SCAM_AWARENESS.test(text.folded)) for (const match of doubler) signals.push({ span: match.span, reason: CHAIN_REASON });
    for (const match of affirmed(text, JUNK_PITCH)) signals.push({ span: match.span, reason: CHAIN_REASON });
    const mlm = mlmRecruitment(text);
    if (mlm) signals.push({ span: mlm.span, reason: CHAIN_REASON });
    return signals;
  },
};
