import { apostrophes } from './text-scope.ts';
/**
 * Words that mark information as not (yet) public, and words that say it came from another
 * organisation or person. Shared by business-figures (our own secrets) and third-party-leak
 * (someone else's), so that the two agree on whose secret a draft is telling.
 */

/** "not public yet", "hasn't been announced", "between us", "keep it quiet"… */
export const SECRECY_CUE = apostrophes(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`not (?:yet )?(?:public|official|announced|published|out|confirmed publicly)(?: yet)?`,
      String.raw`(?:isn'?t|aren'?t|is not|are not|hasn'?t|haven'?t|has not|have not|won'?t be|will not be) (?:been |be )?(?:yet )?(?:public|official|announced|published|made public|released|shared publicly|confirmed publicly|out)(?: yet)?`,
      String.raw`(?:before|until|ahead of) (?:it'?s|it is|it'?s been|they'?re|they are|we|they) (?:officially )?(?:announced?|published|public|released|go(?:es)? out|made public|out)`,
      String.raw`(?:before|ahead of) (?:the )?(?:official )?(?:announcement|publication|launch date|press release)`,
      // "just between us", "between us, …", "honestly between us the trust is closing…", "between you and I";
      // not "we filled eleven bags between us" or "it's between us and the Red Lion for the cup".
      String.raw`between (?:you and (?:me|i)|me and you)|(?:just|strictly|only|this is|that'?s|it'?s|keep (?:it|this|that)|stays?|staying|remains?) between (?:us|ourselves)(?! and )|(?<=(?:^|[.!?,;:(—–-]|(?<![\p{L}])(?:but|and|honestly|so|ok|okay))\s*)between (?:us|ourselves)(?: two| lot| though)?(?=\s*(?:[,:—–(!).…-]|$|obviously|though|(?:the|[\p{L}]+s?) [\p{L}]+ (?:is|are|was|were|has|have|will|'s) ))`,
      String.raw`keep (?:it|this) (?:quiet|to yourselves?|under (?:your hat|wraps)|between us)`,
      String.raw`under wraps`,
      String.raw`(?:haven'?t|hasn'?t|have not|has not) (?:told|informed) (?:the |their |its )?(?:staff|team|employees|anyone|people|members|patients|public)(?: yet)?`,
      String.raw`confidential(?=\s*[:!—–-])|(?:this is|it'?s|that'?s|all) (?:strictly )?confidential`,
      String.raw`top secret|secret for now|(?:our|a) little secret|it'?s a secret|(?:this is|that'?s) secret|shh+|🤫`,
      String.raw`(?:till|until|before) (?:it'?s|it is|things are|everything'?s|everything is|we'?re|it'?s all|it'?s been) (?:official|confirmed|signed|announced|public|finalised|finalized)`,
      String.raw`(?:unpublished|unreleased|unannounced|yet to be (?:published|announced|released)) (?:survey|data|report|figures|results|research|findings|plans?|accounts|draft|paper|study|review|prices|pricing|fees|rates|strategy|decision|changes|budget)`,
      String.raw`staff only|internal only|for internal use(?: only)?|team only|(?:for )?your eyes only`,
      String.raw`off the record`,
      // News told before the people it concerns: "the memo hasn't even gone out".
      String.raw`(?:memo|press release) (?:hasn'?t|has not) (?:even )?(?:gone|been sent) out(?: yet)?`,
      String.raw`hush[- ]hush`,
      String.raw`strictly confidential|not for sharing(?: yet)?|not to be shared|keep (?:this|it) to yourselves?`,
      String.raw`nothing'?s (?:official|confirmed|announced|public|been announced)(?: yet)?`,
      String.raw`(?:isn'?t|is not|aren'?t|are not) (?:official|confirmed|signed) yet`,
      String.raw`don'?t tell (?:anyone|anybody|a soul)`,
      // Teasing a secret: "can't say too much but…", "I shouldn't be saying this", "mum's the word".
      String.raw`(?:can'?t|cannot|can not|not allowed to|not supposed to|not meant to|shouldn'?t|should not) (?:really )?(?:be )?(?:say|tell|share|reveal|spill|give away|post|sharing|posting|telling) (?:this|that|it|too much|much|more|any more|anything|everything|the details|details|all the details|too many details)(?: (?:yet|just yet|right now|at the moment))?`,
      String.raw`(?:i|we) (?:really )?(?:shouldn'?t|should not|probably shouldn'?t) (?:be )?(?:saying|telling you|sharing|posting) (?:this|that|it)`,
      // "in talks with a bigger group (can't say who yet)": the party or place withheld, for now.
      String.raw`(?:can'?t|cannot|not allowed to) (?:say|tell you|reveal|name) (?:who|which one|the name)(?: it is| they are| they're)? (?:yet|just yet|for now|right now|at the moment)`,
      String.raw`mum'?s the word|keep (?:it |this )?(?:schtum|shtum|stum)|keep (?:it|this|that|them) (?:zipped|buttoned) (?:till|until|for now|for the moment|between us)|on the (?:down ?low|dl|quiet|qt|q\.t\.)|hush hush|keep (?:it|this|that) (?:on the )?(?:down ?low|quiet|hush)|not a word to anyone|lips (?:are )?sealed|🤐`,
      String.raw`sneak (?:peek|preview) (?:at|of) (?:our|the) (?:plans?|strategy|figures|numbers|prices|pricing)`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'gu',
);

/** The information came from someone else: a leak, a memo, an embargo, a friend on the inside. */
export const THIRD_PARTY_SOURCE = apostrophes(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`(?:has|have|had|got|been|was|were|just|someone|somebody|they|he|she|who) leaked`,
      String.raw`[\p{L}]+'(?:s|ve) leaked`,
      String.raw`leaked (?:to me|online|document|documents|memo|email|e-mail|plan|plans|strategy|report|figures|minutes|list|slides|deck|draft|copy|recording|screenshot|screenshots|details|pay|prices|rates|proposals?|budget|results|survey|letter)`,
      String.raw`(?:a|the|this) leak (?:of|from)`,
      String.raw`leaked(?=\s*[:!—–-])`,
      String.raw`(?:the|this|a|some) leaked`,
      String.raw`internal (?:memo|email|e-mail|emails|staff email|document|documents|report|briefing|minutes|slides|figures|communication|announcement|newsletter|circular|plan|plans|review|restructure|proposal|letter)`,
      String.raw`embargo(?:ed)?`,
      String.raw`got (?:my|our) hands on|got hold of (?:a copy|their|the draft|the internal)|managed to (?:get|see) (?:a copy|their|the draft)`,
      String.raw`(?:ahead of|before) (?:its |their |the )?(?:publication|being published|release|going public|official release)`,
      String.raw`(?:you )?didn'?t hear (?:it|this|that) from me`,
      // "she told me in confidence that…": a confidence, repeated.
      String.raw`(?:told|confided in|mentioned to) (?:me|us) in (?:strict |total |complete )?confidence(?! (?:stays|stay|remains|is kept|will stay))`,
      String.raw`(?:a )?(?:friend|mate|contact|source|someone|pal|colleague|cousin|sister|brother|neighbour|partner|husband|wife) (?:(?:who works |works )?(?:in|at|on|from|inside) [\p{L}\p{N}' -]{2,40}?|who works there|from there|on the inside) (?:has |have |had |just )?(?:shown|showed|sent|forwarded|told|tipped|let (?:me|us) see|passed|leaked|shared)`,
      String.raw`(?:got|been|was|were) (?:sent|forwarded|shown|passed|given) (?:the |a |an |their |a copy of )?(?:draft|internal|confidential|unpublished|private|embargoed|early copy|advance copy)`,
      String.raw`(?:we'?ve|i'?ve|we have|i have) seen (?:the |their |an? )?(?:internal|confidential|draft|private|unpublished|leaked)`,
      String.raw`confidential (?:report|draft|document|memo|email|plans?|figures|information|briefing|minutes)`,
      // "I spotted their confidential merger letter": someone else's paper, not our own records ("your confidential assessment report").
      String.raw`(?:their|his|her) confidential (?:[\p{L}-]+ ){0,2}?(?:report|document|memo|letter|file|papers|paperwork|contract|minutes)`,
      // "the draft report that's being passed around": an unreleased document in private circulation.
      String.raw`drafts?(?: [\p{L}-]+){0,2} (?:that'?s |which is |that is |is |are |that are )?(?:being passed (?:a?round|about)|doing the rounds)`,
      String.raw`(?:pdfs?|memos?|cop(?:y|ies)) (?:that'?s |which is |that is |is |are |that are )?being passed (?:a?round|about)`,
      String.raw`(?:on|from) the grapevine|a little bird(?:ie)? (?:(?:from|at|in) [\p{L}\p{N}' -]{2,30}? )?(?:told|tells|tell) me|insider (?:info|information|knowledge)`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'gu',
);

/** Plain-engine gate: every match of THIRD_PARTY_SOURCE contains one of these. */
export const THIRD_PARTY_SOURCE_GATE = /leak|rounds|confidence|internal|embargo|hands on|hold of|managed to|publication|published|release|going public|hear|shown|showed|sent|forwarded|told|tipped|see|passed|shared|given|draft|confidential|private|unpublished|grapevine|bird|insider/;

/** Talk ABOUT leaks and confidentiality in general (advice, news of a breach), not a leak itself. */
export const ABOUT_CONFIDENTIALITY = apostrophes(String.raw`(?<![\p{L}])(?:data (?:breach|leak)|how to (?:spot|avoid|stop|prevent)|(?:never share|don'?t share|do not share)(?! (?:this|it|that|these|them|yet|outside|beyond|until|till|before|with anyone)(?![\p{L}]))|protect (?:your|client)|what (?:to do|happens) if|our confidentiality policy|confidentiality (?:policy|agreement|is)|everything (?:you say|you share|shared) (?:here |in (?:sessions?|therapy|the room) )?(?:is|stays|remains) confidential|(?:is|'s|are|stays|remains|kept|keep it|be) (?:completely |totally |strictly |always )?confidential|confidential (?:service|space|support|helpline|line|advice|chat|conversation|sessions?|counselling|therapy)|(?:handling|handle|handles) confidential|(?:codes?|passwords?|pins?|passcodes?) (?:[\p{L}'’]+ ){0,8}?(?:are |is )?for your eyes only)(?![\p{L}])`, 'u');

/**
 * The writer declines to pass the secret on: "it isn't ours to share", "we don't comment on
 * leaked material", "we'll post once they've made their own announcement".
 */
export const WITHHOLDS = apostrophes(
  String.raw`(?<![\p{L}])(?:(?:isn'?t|is not|aren'?t|are not|not) (?:ours|mine) to (?:share|tell|announce)|(?:we|i) (?:don'?t|do not|won'?t|will not|never)(?: be)? (?:shar(?:e|ing)|comment(?:ing)? on|repeat(?:ing)?|pass(?:ing)? on|spread(?:ing)?|post(?:ing)?)(?: or (?:share|comment on|repeat|pass on))? (?:it|them|material|documents?|rumours|leaks?|leaked|other people'?s|other organisations'?|someone else'?s)|(?:once|when|after) (?:they'?ve|they have|it'?s been|it has been) (?:made (?:their|its|the) (?:own )?announcement|announced it|gone public|published it))(?![\p{L}])`,
  'u',
);
