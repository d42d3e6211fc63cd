import type { Detector, Signal } from '../detector.ts';
import type { FoldedText } from '../../normalise-text.ts';
import { findAll, type Match } from '../match.ts';
import { W, E, wordPattern } from './cues.ts';
import { sentenceAt } from './sentences.ts';
import { aboutWritersOwnLife, CLIENT } from '../people-in-therapy.ts';

/**
 * Friend requests with clients (company.client-friend-requests): accepting or sending one to
 * or from a client or anyone seen in a therapeutic capacity, or inviting (past) clients to add
 * or follow a personal account. A policy statement ("we don't accept friend requests from
 * clients") and friend requests between friends pass; following the organisation's page is
 * not a personal connection.
 */

const NETWORK = String.raw`(?:facebook|fb|insta|instagram|snapchat|snap|tiktok|linkedin|twitter|x|threads|whatsapp|socials|social\smedia)`;

/** Making or accepting a personal social-media connection. */
const CONNECTION = wordPattern([
  String.raw`(?:friend|follow|connection)\s?(?:requests?|reqs?)`,
  String.raw`requests?\s(?:on|via|over)\s${NETWORK}`,
  String.raw`(?:accept|accepts|accepting|accepted|approve|approves|approving|approved|say(?:ing)?\syes\sto)\s(?:[\p{L}'’-]+\s){0,2}?${NETWORK}\s(?:friend\s|follow\s)?requests?`,
  String.raw`(?:add|added|adding|accept|accepted|accepting|follow|followed|following|friended|connect|connected|connecting)\s(?:with\s)?(?:[\p{L}\p{N}'’-]+\s){0,8}?(?:on|over\son)\s${NETWORK}`,
  String.raw`friend(?:ed|ing)\s(?:me|them|her|him|a|an|my|one|some|several|all|every|everyone)`,
  String.raw`(?:add|added|adding|follow|followed|following|friend|connect|connected|connecting)\s(?:with\s)?(?:me|them|her|him|my\s[\p{L}-]+|clients?|each\sother|back)\s(?:on|over\son)\s${NETWORK}`,
  String.raw`(?:add|follow|find|found|finds)\sme\s(?:on|over\son)\s${NETWORK}`,
  String.raw`(?:followed|added)\s(?:them|her|him)\sback`,
  String.raw`${NETWORK}\sfriends\swith`,
  String.raw`(?<=client\s)to\s${NETWORK}\sfriends`,
  String.raw`(?:add|follow|find|friend|connect\swith)\smy\s(?:personal\s|private\s|own\s)?(?:account|page|profile|insta|instagram|facebook|fb|tiktok|twitter|snapchat|snap|linkedin|socials)`,
  String.raw`(?:be|become|being|stay)\s(?:${NETWORK}\s)?friends\s(?:on|over)\s${NETWORK}`,
  String.raw`(?:followed|follow|following|added|friended)\s(?:a|my|one\sof\smy|this|the|her|his|their)\s(?:[\p{L}-]+\s)?(?:client['’]s|ex-client['’]s|patient['’]s|clients['’])\s(?:[\p{L}-]+\s)?(?:instagram|insta|facebook|fb|tiktok|twitter|snapchat|linkedin|page|account|profile)`,
  String.raw`(?:be|become|being|stay|are)\s(?:${NETWORK}\s)?friends\s(?:on\s${NETWORK}\s)?with\s(?:a|an|my|one|some|former|past|ex-?|current)\s(?:[\p{L}-]+\s)?(?:clients?|service\susers?|patients?)`,
]);

/** Declining, forbidding or asking people not to: a boundary being kept, not broken. */
const REFUSAL = new RegExp(
  W +
    String.raw`(?:don['’]?t|do\snot|doesn['’]?t|does\snot|not\s(?:accept|add|friend|follow|connect|send)\p{L}*|never|won['’]?t|will\snot|can['’]?t|cannot|can\snot|not\sable\sto|not\sallowed|not\sto|no\slonger\s(?:accept|add|friend|follow|connect)\p{L}*|refuse|decline|declined|declining|ignore|ignored|reject|rejected|turned\sdown|block|blocked|delete|deleted|policy|rule\sis|avoid|shouldn['’]?t|should\snot|mustn['’]?t|must\snot|aren['’]?t\sallowed|isn['’]?t\sallowed|how\s(?:do|should|would|to|can|could)\s(?:you\s|we\s|i\s|therapists\s|counsellors\s)?(?:handle|deal\swith|respond\sto|manage|navigate|approach))` +
    E,
  'u',
);

/** Something was actually accepted, sent or added. */
const ACTED = new RegExp(`${W}(?:accepted|sent|added|followed|friended|approved|said\\syes|connected)${E}`, 'u');

/** Following the organisation's own page ("follow us on Instagram") is not a personal connection. */
const isOrganisationPage = (matched: string, names: readonly string[]): boolean =>
  /^\S+\s(?:with\s)?(?:us|our|the\spage|this\spage|the\spractice)(?![\p{L}])/u.test(matched) || names.some((name) => matched.includes(name));

/** The sentence around the connection, plus the one before it ("To my past clients: add me…" spans a colon, not a full stop). */
const neighbourhood = (text: FoldedText, match: Match): string => {
  const [start, end] = sentenceAt(text, match.foldedStart);
  const previous = start > 0 ? sentenceAt(text, start - 1)[0] : start;
  return text.folded.slice(previous, end);
};

/**
 * The learned detector read a friend request with a client where the draft names family or an
 * old friend and shows no client and no therapeutic relationship anywhere: that is the writer's
 * own life. The whole draft is read, not just the sentence the model weighed most, since "I saw
 * her for grief work last year" may come after the request, and "my grandad's friend request"
 * before the sentence the model chose.
 */
const contradictsLearned = ({ text }: { readonly text: FoldedText }): boolean =>
  aboutWritersOwnLife(text.folded) || (!CONNECTION_WORD.test(text.folded) && !CLIENT.test(text.folded));

/**
 * Words without one of which no draft speaks of a personal connection: "Farmers market on today.
 * See you there!" read as a request by the model is a post about a market. A draft that names a
 * client keeps the reading whatever its words ("a client and I are Strava buddies now").
 */
const CONNECTION_WORD =
  /(?<![\p{L}])(?:friend\w*|follow\w*|add|adds|added|adding|accept\w*|request\w*|connect\w*|dms?|dm'?d|messag\w*|inbox\w*|invit\w*|profile|page|account|insta\w*|ig|facebook|fb|snap\w*|tiktok|linkedin|twitter|x|threads|whatsapp|socials?|number|numbers|coffee|drinks?|pints?|meet\w*|catch\s+up|hang\s+out|mates?|pals?)(?![\p{L}])/u;

export const clientFriendRequest: Detector = {
  id: 'client-friend-request',
  description: 'Accepting, sending or inviting friend requests or personal follows with clients.',
  // Every connection pattern holds one of these words.
  triggers: [
    'friend', 'follow', 'connect', 'request', 'add', 'accept', 'find', 'found',
  ],
  detect({ text, organisation }) {
    const signals: Signal[] = [];
    for (const match of findAll(text, CONNECTION)) {
      if (isOrganisationPage(match.text, organisation.names)) continue;
      const [sentenceStart, sentenceEnd] = sentenceAt(text, match.foldedStart);
      const sentence = text.folded.slice(sentenceStart, sentenceEnd);
      const aboutClients = CLIENT.test(sentence) || CLIENT.test(neighbourhood(text, match));
      if (!aboutClients) continue;
      // Refusal words before the connection in its sentence make it a boundary statement.
      if (REFUSAL.test(text.folded.slice(sentenceStart, match.foldedStart))) continue;
      // "…requests from clients are always declined": a refusal after it counts unless something was accepted or sent.
      if (REFUSAL.test(text.folded.slice(match.foldedEnd, sentenceEnd)) && !ACTED.test(sentence)) continue;
      signals.push({
        span: match.span,
        reason: 'Mentions a friend request or personal social-media connection with a client, which blurs therapeutic boundaries.',
      });
    }
    return signals;
  },
  contradictsLearned,
};
