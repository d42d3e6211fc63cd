import { foldText } from './search-text.ts';

/**
 * What kind of question it is. A conduct policy answers "may I…?" — permission, obligation,
 * consequences — and rarely "how do I…?" or "what is our…?" (a task, a fact, a figure). The kind
 * does not decide the answer; it sets how sure the search must be before answering (ask).
 * Every pattern is a plain alternation of fixed words: linear, no backtracking.
 */

const PERMISSION =
  /\b(?:can|could|may|might|must|should|shall) (?:i|we|staff|people|employees|anyone|someone|they|he|she)\b|\b(?:is|are|would|will) (?:it|that|this|these|those|there) (?:be )?(?:ok|okay|alright|all right|fine|acceptable|allowed|permitted|appropriate|a problem|an issue|a breach|against)\b|\b(?:am i|are we|is anyone|are staff|is it) (?:allowed|permitted|supposed|meant|able|ok)\b|\bdo (?:i|we|you) (?:need|have) to\b|\b(?:need|needs|require|requires|ask for|get) (?:permission|approval|sign off|the ok)\b|\bwhat happens (?:if|when)\b|\bwhat (?:do|should) (?:i|we) do\b|\bhow should (?:i|we)\b|\b(?:does|do) (?:the|this|our) (?:policy|rules)\b|\b(?:allowed|permitted|forbidden|banned|ok to|okay to|fine to|alright to)\b/;

/**
 * Asking leave in fewer words: "is a joke about pensioners ok on the work account", "would that
 * mean a formal warning", a fragment that ends on "…, issue?" or "…, allowed?"; or asking to
 * confirm what one believes the rule is ("surely I can…", "am I wrong?", "true?"). Fixed words,
 * one bounded run of words: linear.
 */
const PERMISSION_SHORT =
  /\bis (?:a|an|the|my|our|this|that|it) (?:[a-z]+ ){0,5}(?:ok|okay|allowed|acceptable|permitted|appropriate)\b|\b(?:would|will|could) (?:that|it|this|i|we|she|he|they) (?:mean|lead to|count as)\b|\b(?:formal|written|final) warning\b|\b(?:get|got|be|being|am i|are we) (?:in trouble|sacked|fired|disciplined)\b|\b(?:ok|okay|allowed|issue|a problem|a breach)$|\bneeds? (?:to )?(?:approve|approving|approval|signing off|sign (?:it |that |this |them )?off)\b|^surely\b|\bsurely (?:i|we|it|that|this|the|they|you|she|he)\b|\b(?:am i wrong|am i right|is that right|is that true|is that correct)\b|\bisnt (?:that|it) (?:just )?(?:cheating|fraud|illegal|wrong|against the rules)\b|\btrue$/;

/** "How can we grow…" asks for a method, not for leave to do something. */
const HOW_CAN = /\bhow (?:can|could|may|might)\b/g;

/** True when the question asks whether something may, must or should be done, or what follows. */
export const asksPermission = (question: string): boolean => {
  const folded = foldText(question);
  return PERMISSION.test(folded.replace(HOW_CAN, 'how')) || PERMISSION_SHORT.test(folded);
};

/**
 * Words that put a question on social media whatever the policy: doing something online. A
 * question about a situation the checker recognises ("a client left her umbrella") is about the
 * policy only when it is about posting, sharing or messaging it.
 */
const SOCIAL_ACTION =
  /\b(?:post|posts|posted|posting|share|shares|shared|sharing|tweet|tweets|tweeted|tweeting|retweet|repost|reposting|upload|uploading|publish|publishing|comment|comments|commenting|like|likes|liking|tag|tagging|tagged|follow|follower|followers|following|friend request|connect|connection|dm|dms|dmd|message|messages|messaging|story|stories|reel|reels|feed|page|profile|online|internet|social media|socials|social|blog|blogging|vlog|thread|forum|group chat|account|accounts|website|chat|photo|photos|pic|pics|selfie|video|videos|livestream|podcast|meme|memes|gif|screenshot|whatsapp|messenger|telegram|tiktok|youtube|snapchat|pinterest|tumblr|flickr|quora|discord|twitch|nextdoor|insta|ig|fb|twitter|x|linkedin|instagram|facebook|mastodon|threads|bluesky|reddit|platform|platforms|online reviews?|google reviews?|trustpilot|tripadvisor|yelp|(?:glowing|fake|good|bad|5 star|five star|one star|1 star) reviews?)\b/;

/** A question about "this policy", "the rules" or "the ban on…" is about the policy, whatever else it says. */
const POLICY_ITSELF = /\b(?:this|the|these|our|social media) (?:policy|rules?|guidelines?)\b|\b(?:the|this|that|our) (?:ban|rule|restriction) (?:on|about|against)\b/;

type NetworksOf = { readonly organisation: { readonly accounts: readonly { readonly network: string }[] } };

/** Doing something online, the policy itself, or one of the policy's networks, in folded text. */
const foldedMentionsSocialMedia = (folded: string, document: NetworksOf): boolean => POLICY_ITSELF.test(folded) || foldedMentionsOnline(folded, document);

/** Doing something online or one of the policy's networks, in folded text. */
const foldedMentionsOnline = (folded: string, document: NetworksOf): boolean => {
  if (SOCIAL_ACTION.test(folded)) return true;
  return document.organisation.accounts.some((account) => {
    const network = foldText(account.network).split(' ')[0];
    return network !== undefined && network !== '' && ` ${folded} `.includes(` ${network} `);
  });
};

/** True when the question is about doing something online (see SOCIAL_ACTION), about the policy itself, or names one of the policy's networks. */
export const mentionsSocialMedia = (question: string, document: NetworksOf): boolean => foldedMentionsSocialMedia(foldText(question), document);

/**
 * What a question says to place its matter offline ("not for social media, just admin", "print
 * only", "nothing was posted", "printed handouts"), but not what it says of a person ("she's not on social media")
 * or of a post still to come ("nothing has been posted yet"). A few fixed words may sit between
 * the negation and "online"; bounded, so linear.
 */
const NOT_ONLINE =
  /\b(?<!\b(?:im|i am|shes|she is|hes|he is|theyre|they are|youre|you are|we are|who is|whos|who) )(?:not|nothing|isnt|wasnt)(?: (?:a|an|the|for|on|about|via|through|anything|being|been|going|published|posted|posting|shared|sharing|put|related|to|do|with|at|all|even|actually|strictly|any)){0,4} (?:social media|online|on the internet|socials|social(?= (?:just|only|purely|strictly)\b|$))\b|\bnothing (?:was |is |has been |got |gets |will be |went )?(?:posted|shared|put up|published|messaged)(?: (?:or|and|nor) (?:posted|shared|put up|published|messaged))?\b(?! yet)|\bno (?:posts?|messages?|sharing) (?:online|anywhere)\b|\b(?:face to face|in person|print|paper|offline) only\b|\b(?:only|just|strictly|purely) (?:face to face|in person|offline|on paper|in print)\b|\b(?:printed|printing|photocopied|photocopying|paper) (?:flyers?|leaflets?|handouts?|posters?|textbooks?|books?|chapters?|newsletters?|copies|worksheets?|booklets?)\b/g;

/**
 * True when the question places its matter offline and says nothing else about doing anything
 * online: "print only, can I also post it on Instagram?" and "she's not on social media, can I
 * post her photo?" ask about posting after all.
 */
export const saysNotOnline = (question: string, document: NetworksOf): boolean => {
  const folded = foldText(question);
  const rest = folded.replace(NOT_ONLINE, ' ');
  // "Not for social media, just admin. What's the rule?" asks for a rule of another kind: naming
  // the rules does not bring the question back online, doing something online does.
  return rest !== folded && !foldedMentionsOnline(rest, document);
};

/**
 * Matters a social media conduct policy does not govern, whatever organisation wrote it: the
 * craft of marketing (followers, hashtags, captions, reach, sizes, timing, ad spend) and the
 * running of a workplace (leave, pay, IT, premises, clinical or professional admin). A question
 * about one of them needs stronger evidence before the policy answers it. Plain alternation of
 * fixed words: linear.
 */
const OFF_TOPIC =
  /\b(?:more followers|how many followers|follower count|gain followers|grow (?:our|my|the) (?:page|account|following|audience)|hashtags?|captions?|engagement|reach|algorithm|analytics|insights|banner|dimensions|resolution|image size|aspect ratio|best time|schedule|scheduling|scheduler|ad budget|ads budget|ad spend|boost(?:ed)? post|sponsored|emojis?|fonts?|logo|filters?|template|edit (?:a|the|my) (?:reel|video|photo)|annual leave|holiday|holidays|time off|day off|days off|sick|sickness|pay|paid|payday|payroll|salary|pay rise|pension|expenses|claim back|reimburs\w*|rota|shift|overtime|maternity|paternity|wifi|wi fi|printer|toner|laptop charger|parking|dress code|wear|uniform|supervision|supervisor|cpd|insurance|indemnity|notes system|booking system|subject access|data subject|fire alarm|fire drill|fire exit|kitchen|coffee machine|meeting room|heating|lost property|referral form|training course|appraisal|contract hours|caseload|clinically|about page|tagline|slogan)\b/;

/** True when the question is about a matter the policy does not govern (see OFF_TOPIC). */
export const namesOffTopicMatter = (question: string): boolean => OFF_TOPIC.test(foldText(question));

/**
 * A request for a task, a fact or a figure ("how do I…", "what's the best…", "how many…") rather
 * than for what may be done: a conduct policy seldom answers those, except how to stay safe, decide or
 * handle something ("how do I check…", "how do I deal with…"). Plain alternation with one fixed
 * look-ahead: linear.
 */
const TASK_OR_FACT =
  /\b(?:how (?:do|can|would) (?:i|we|you)(?! (?:know|tell|decide|make sure|check|avoid|stop|handle|deal|respond|reply|report|protect|spot|keep|stay))|how to|whats the best|what is the best|which is the best|whats a good|what is a good|how many|how much|how long|where (?:do|can|is|are)|who (?:do|should) i (?:ask|tell|speak to|talk to|contact)|which (?:button|menu|tab|icon))\b/;

/** True when the question asks how to do something or for a fact (see TASK_OR_FACT). */
export const asksTaskOrFact = (question: string): boolean => TASK_OR_FACT.test(foldText(question));

/**
 * A question about the work of therapy itself, where social media is only the setting of a
 * client's life: how to support, assess, advise or refer someone ("a client is bullied on
 * Snapchat, how do I work with that therapeutically?", "what should I tell her?"). A conduct
 * policy answers what staff may post, not how to practise; but a question that also speaks of the
 * staff's or the practice's own posts, replies, reviews or connections, or asks leave to do
 * something ("can I…?"), is about conduct after all. Fixed words, one bounded run: linear.
 */
const THERAPY_WORK =
  /\b(?:in couples work|therapeutically|clinically|psychoeducation|worksheets?|coping (?:strategies|strategy|skills)|safety plan(?:s|ning)?|safeguarding|diagnos(?:is|ed|e)|formulation|referral steps|refer (?:her|him|them)|(?:support|help|advise|reassure|work with|approach|address|explore|handle) (?:her|him|them|the client|my client|a client|this client|the child|the kid|the teen|the family|the couple|the parent)|what (?:should|do|would|can|could) i (?:say|tell|suggest|recommend|advise)(?: to)? (?:her|him|them|the client|my client|the parent|the mum|the dad)|is it my place|as (?:her|his|their) therapist)\b/;
const OWN_ONLINE_ACTION =
  /\b(?:reviews?|comments?|commented|commenting|repl(?:y|ies|ied|ying)|post|posts|posted|posting|share|shared|sharing|tweet(?:s|ed|ing)?|upload(?:s|ed|ing)?|publish(?:es|ed|ing)?|reels?|story|stories|blog(?:s|ged|ging)?|vlog|case stud(?:y|ies)|friend requests?|requests?|friends? on|add(?:s|ed|ing)? me|connect(?:s|ed|ing)?|accept(?:s|ed|ing)?|follow(?:s|ed|ing)? (?:me|us|our|my)|tag(?:ged|ging)? (?:me|us|our|my)|(?:messaged|messages|messaging|message|dm(?:ed|d|s|ing)?) (?:me|us|the page|our|my)|dming|(?:our|my) (?:own |personal |work |business )?(?:page|account|instagram|insta|facebook|linkedin|twitter|tiktok|snapchat|youtube|feed|profile|website)|the (?:page|practice account|business page|practice (?:instagram|facebook|linkedin|tiktok|page|account))|publicly|in public)\b/;

/** Asking leave outright ("can I…", "is that OK?"): a question of conduct, whatever the therapy around it. */
const ASKS_LEAVE = /\b(?:can|may|could) (?:i|we)\b|\b(?:is|would) (?:that|it|this) (?:be )?(?:ok|okay|alright|all right|fine|allowed|acceptable)\b|\b(?:am i|are we) allowed\b/;

/** True when the question asks how to practise therapy in a client's online life, not about anyone's own posting or leave to do something (see THERAPY_WORK). */
export const asksAboutTherapyWork = (question: string): boolean => {
  const folded = foldText(question);
  return THERAPY_WORK.test(folded) && !OWN_ONLINE_ACTION.test(folded) && !ASKS_LEAVE.test(folded);
};
