/**
 * Wording that, next to a link, marks it as bait: asking for log-in, card or account details
 * under a threat, the vague "is this you?" direct message, or the writer about to click one.
 * Every pattern is a flat alternation (no nested quantifiers), so matching stays linear.
 */

const W = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const WHOSE = String.raw`(?:your|their|his|her|the|all|our|my)`;
const DETAILS = String.raw`(?:log-?in|sign-?in|account|identity|id|personal|card|bank|banking|payment|billing|security|password|credentials?|email|contact|membership|member)?\s?(?:details|information|info|credentials|password|passcode|pin|account|identity|card|login)`;

/** Credential harvesting: "log in to confirm your details", "re-enter your card details", "will be deleted unless…". */
export const CREDENTIAL_WORDING = new RegExp(
  W +
    '(?:' +
    [
      String.raw`(?:confirm|verify|validate|update|re-?enter|re-?confirm|re-?submit|submit|provide|enter|re-?activate|unlock|restore)\s${WHOSE}\s(?:[\p{L}\p{N}-]{2,15}\s)?${DETAILS}`,
      String.raw`(?:mailbox|inbox|storage|email\sstorage)\s(?:is\s)?(?:full|almost\sfull|over\s(?:its\s)?(?:limit|quota))`,
      String.raw`(?:we\s)?missed\s(?:you|your\sdelivery|a\sdelivery)|reschedule\s(?:your\s)?delivery`,
      String.raw`(?:log|sign)\s?-?\s?(?:in|on)\s(?:here\s|now\s|below\s)?(?:to|and)\s(?:confirm|verify|validate|update|keep|avoid|restore|unlock|secure|re-?activate|claim|re-?enter)`,
      String.raw`(?:log|sign)\s?-?\s?(?:in|on)\s(?:here\s)?with\s${WHOSE}\s(?:[\p{L}\p{N}-]{1,20}\s)?(?:details|credentials|password|login)`,
      String.raw`(?:will|shall)\sbe\s(?:permanently\s)?(?:deleted|suspended|closed|disabled|locked|deactivated|removed|terminated|restricted|cancelled|canceled)\s(?:unless|if\syou\sdon['’]?t|if\snot|within|in\s\d{1,3})`,
      String.raw`(?:account|page|profile|mailbox|membership|registration)\s(?:has\sbeen|is|was)\s(?:temporarily\s)?(?:suspended|locked|disabled|restricted|limited|deactivated|compromised)`,
      String.raw`unless\s(?:you|all|page\sadmins?|admins?|members?)\s(?:[\p{L}]{1,12}\s)?(?:confirm|verify|log|sign)`,
      String.raw`unusual\s(?:sign-?in\s|log-?in\s)?activity`,
      String.raw`(?:keep|retain)\s(?:your|the)\s(?:current\s|same\s|existing\s)?password`,
      String.raw`password\s(?:expires|has\sexpired|will\sexpire|is\sexpiring)`,
      String.raw`(?:overdue|unpaid|outstanding)\s(?:invoice|payment|balance)`,
      String.raw`shared\sa\s(?:document|file|folder|voicemail)\swith\syou`,
      String.raw`(?:claim|collect)\s(?:your|a)\s(?:free\s)?(?:tax\s)?(?:refund|rebate|prize|reward|parcel|compensation|gift|voucher|ipad|iphone|winnings)`,
      String.raw`(?:page|account|post|profile)\s(?:has\sbeen|was|have\sbeen|is\sbeing)\s(?:reported|flagged|scheduled\sfor\sdeletion)`,
      String.raw`violat\p{L}*\s(?:our\s|the\s|meta['’]?s\s|facebook['’]?s\s|instagram['’]?s\s)?(?:community\s(?:standards|guidelines)|terms|copyright\spolicy)`,
      String.raw`(?:appeal|verify)\s(?:the\sdecision|now|here|within\s\d{1,3})`,
      String.raw`keep\s(?:your|their)\s(?:account|bookings?|membership|registration|page)\s(?:active|open|live)`,
      String.raw`(?:pay|settle)\s(?:a|the)\s(?:small\s)?(?:redelivery|delivery|release|customs|outstanding)\s(?:fee|charge|balance)`,
    ].join('|') +
    ')' +
    E,
  'gu',
);

/** The vague direct-message lure: "is this you in this video?", "look what they're saying about you". */
export const BAIT_WORDING = new RegExp(
  W +
    '(?:' +
    [
      String.raw`(?:is|was)\s(?:this|that|dis)\s(?:you|u|ur)\s(?:in|on)\s(?:this|that|the)\s(?:video|vid|photo|pic|picture|clip)`,
      String.raw`(?:you|u)\s(?:are|r|re)\sin\s(?:this|the)\s(?:video|vid|photo|pic|clip)`,
      String.raw`(?:look|see)\s(?:at\s)?what\s(?:they|someone|people|he|she)\s(?:are|is|['’]re|['’]s)?\s?(?:saying|posting|posted|said)\sabout\s(?:you|u)`,
      String.raw`(?:you|u)\s(?:have|['’]ve)\s(?:been\s)?(?:won|selected)`,
      String.raw`(?:i|we)\s?(?:['’]d|had|['’]ve|have)\s(?:been\s)?(?:won|selected\sfor)`,
      String.raw`(?:see|find\sout)\swho\s(?:viewed|visited|unfollowed|blocked)\syour\s(?:profile|page|account)`,
      String.raw`(?:found|saw|seen|is\sthis|look\sat\sthis|omg)\s(?:a\s|an\s|this\s|the\s)?(?:funny\s|embarrassing\s|old\s)?(?:video|vid|photo|pic|picture|clip)s?\sof\s(?:you|u)`,
    ].join('|') +
    ')' +
    E,
  'gu',
);

/** The writer is about to open a link: "going to click it", "should I open this?". */
export const CLICK_INTENT = new RegExp(
  W +
    String.raw`(?:going\sto|gonna|about\sto|tempted\sto|will|i['’]ll|might|shall\si|should\si|dare\si|let['’]?s|think\si['’]ll)\s(?:just\s)?(?:click|open|tap|follow|try)` +
    E,
  'gu',
);

/** The link came in a direct or unsolicited message. */
export const DIRECT_MESSAGE = new RegExp(
  W + String.raw`(?:dms?|direct\smessages?|inbox|pms?|private\smessages?|message\sfrom|random\saccount|strangers?|someone\si\sdon['’]?t\sknow|unknown\snumber|texts?\sfrom|(?:sent|messaged|texted|dm['’]?d|whatsapped)\s(?:me|us)\s(?:a\s|this\s)?(?:link|message|text)|on\s(?:whatsapp|messenger|sms|text))` + E,
  'gu',
);

/** A draft that warns about scams as its topic; bait wording in it is being described, not used. */
export const SCAM_AWARENESS = new RegExp(
  W + String.raw`(?<!not\sa\s)(?:phishing|scams?|scammers?|fraudsters?|red\sflags?|how\sto\sspot|warning\ssigns?|never\sask\syou)` + E,
  'u',
);
