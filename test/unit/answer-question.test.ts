import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/policy/answer-question.ts';
import { namedAppClauses, questionFindings } from '../../src/policy/question-findings.ts';
import { asksAboutTherapyWork, asksTaskOrFact, mentionsSocialMedia, namesOffTopicMatter } from '../../src/policy/question-kind.ts';
import { policyIndex } from '../../src/policy/search-index.ts';
import { loadZrtherapy } from '../helpers/policy.ts';
import { loadTinyPolicy } from '../helpers/tiny-policy.ts';

const policy = loadZrtherapy();
const clause = (id: string) => policy.document.clauses.find((candidate) => candidate.id === id)!;

interface OwnQuestion {
  readonly id: string;
  readonly question: string;
  readonly expect: readonly string[];
}
/** The project's own questions (not an evaluation set): in scope with acceptable clauses, or out of scope. */
const OWN_QUESTIONS: OwnQuestion[] = readFileSync(new URL('../fixtures/ask-questions.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as OwnQuestion);

describe('answerQuestion', () => {
  it('answers with the direct first sentence, the verbatim quote and the clause ids', () => {
    const answer = answerQuestion(policy, 'my ex-client sent me a friend request, can I accept it?');
    const friendRequests = clause('company.client-friend-requests');
    expect(answer.clauses[0]).toBe('company.client-friend-requests');
    expect(answer.answer.startsWith(friendRequests.answer!)).toBe(true);
    expect(answer.answer).toContain(friendRequests.text);
    expect(answer.answer).toContain('company.client-friend-requests');
    expect(answer.quotes[0]).toEqual({ clause: friendRequests.id, heading: friendRequests.heading, text: friendRequests.text });
  });

  it.each([
    ['should we switch on 2FA for the practice Facebook?', 'security.two-factor'],
    ['can I give the insta pasword to a temp?', 'security.strong-passwords'],
    ['is it ok to go on tiktok in my lunch break', 'personal.non-work-times'],
    ['someone DMd our page a weird link, do i click it?', 'security.suspicious-links'],
    ['what happens to me if I break these rules', 'enforcement.sanctions'],
    // A question's shape: "what is X for?" asks for a purpose it never names.
    ["What's our Facebook page actually for?", 'company.purposes'],
    // "Booked" is an appointment and "a book" is someone's work: the stems no longer meet.
    ['is it ok to share how many bookings came in after the open day', 'security.confidential-information'],
    ['can I put a scanned chapter of a book on our page', 'copyright.third-party-material'],
    // Someone claiming to be somebody is a question of checking who they are.
    ["a man claiming to be a client's husband wants to know her session times over DM", 'security.phishing'],
    // Doubt said in function words ("not sure") and drinking slang still name their topics.
    ["I'm not sure this joke about the news is ok, what should I do?", 'advice.if-unsure-dont-post'],
    ['is a photo of us hammered at the office party ok for my insta', 'safe.reputation'],
    // Topics in people's words: being watched, politics by its subjects, money matters, schemes, authorship.
    ['can my manager keep tabs on which sites I visit from the reception PC', 'enforcement.monitoring'],
    ['can I post about a session with a client if it is anonymised', 'safe.discussing-others'],
    ['is it ok to post my thoughts on brexit from my own account', 'safe.unsolicited-views'],
    ['someone asked about their invoice in a reply to our post, should I sort it there', 'advice.complex-queries-elsewhere'],
    ['my cousin wants me to push his crypto scheme on my facebook', 'safe.spam'],
    ['who drew up this policy', 'key-details'],
    ["I'm self employed and only do two sessional days, does any of this apply to me", 'scope'],
    ['can I name and shame a landlord who ripped us off on twitter', 'safe.defamation'],
    ['is it ok to upload a scanned textbook chapter to our group', 'copyright.third-party-material'],
    ["is it fine to put a client's date of birth in the team whatsapp", 'security.data-protection'],
    // Words the stemmer would fold together: breaking the rules is not a tea break, news is not new.
    ['what happens if I keep breaking the rules on my break', 'enforcement.sanctions'],
    ['can I post a news story I only skimmed', 'company.review-before-sharing'],
    // "Login" is its own word: the clause on who may log in is not a clause about passwords.
    ['is it ok if every company account uses the password I already use for my email', 'security.strong-passwords'],
    // A telling word one clause names as its topic outweighs the scene ("the practice facebook page").
    ['can I share a petition on the practice facebook page', 'safe.unsolicited-views'],
  ])('ranks the right clause first for "%s"', (question, expected) => {
    expect(answerQuestion(policy, question).clauses[0]).toBe(expected);
  });

  it('answers an impersonator asking for a password with both the phishing and the password clause', () => {
    // Someone claiming to be somebody is a question of checking who they are, and a password is
    // never handed over: the two clauses answer it together, whichever comes first.
    const clauses = answerQuestion(policy, 'someone posing as our web designer asked for the page password').clauses.slice(0, 2);
    expect([...clauses].sort()).toEqual(['security.phishing', 'security.strong-passwords']);
  });

  // Known weak: a "can I…" question about a work matter that shares a telling word with a clause
  // ("can I borrow the work laptop at the weekend" → monitoring of company devices) is still answered.
  it.each(['how many days of annual leave do I have left?', 'when is payday?', 'where do I find the holiday calendar', 'how do I order new business cards', "what's the wifi password?", 'is there a dress code?', 'can I bring my bike in?'])(
    'abstains on "%s", naming the owner from the policy document',
    (question) => {
      const answer = answerQuestion(policy, question);
      expect(answer.clauses).toEqual([]);
      expect(answer.quotes).toEqual([]);
      expect(answer.answer).toMatch(/^I don't know/);
      expect(answer.answer).toContain(policy.document.owner.name);
    },
  );

  it('never lists more than five clauses, best first, all of them real', () => {
    const ids = new Set(policy.document.clauses.map((candidate) => candidate.id));
    for (const { question } of OWN_QUESTIONS) {
      const answer = answerQuestion(policy, question);
      expect(answer.clauses.length).toBeLessThanOrEqual(5);
      for (const id of answer.clauses) expect(ids.has(id)).toBe(true);
      expect(answer.quotes.every((quote) => quote.text === clause(quote.clause).text)).toBe(true);
    }
  });

  it('keeps its quality on the project’s own questions', () => {
    const inScope = OWN_QUESTIONS.filter((item) => item.expect.length > 0);
    const outOfScope = OWN_QUESTIONS.filter((item) => item.expect.length === 0);
    const top3 = inScope.filter((item) => answerQuestion(policy, item.question).clauses.slice(0, 3).some((id) => item.expect.includes(id)));
    const abstained = outOfScope.filter((item) => answerQuestion(policy, item.question).clauses.length === 0);
    expect(top3.length / inScope.length).toBeGreaterThanOrEqual(0.85);
    expect(abstained.length / outOfScope.length).toBeGreaterThanOrEqual(0.85);
    expect(inScope.filter((item) => answerQuestion(policy, item.question).clauses.length === 0).length / inScope.length).toBeLessThanOrEqual(0.05);
  });

  it('ranks the clause the checker cites for the situation a question describes', () => {
    // The checker knows a pirated copy when it sees one, whatever words the question uses.
    const findings = questionFindings(policy, 'can I share a cracked copy of the film on our facebook');
    expect(findings.map((finding) => finding.clause)).toContain('copyright.illegal-copies');
    expect(answerQuestion(policy, 'can I share a cracked copy of the film on our facebook').clauses.slice(0, 3)).toContain('copyright.illegal-copies');
  });

  it('ranks app approval first for a question naming a tool people connect to accounts, without answering a task about it', () => {
    expect(answerQuestion(policy, 'can we schedule our posts with Buffer?').clauses[0]).toBe('security.app-approval');
    expect(answerQuestion(policy, 'how do I schedule a post in Later').clauses).toEqual([]);
    // "a buffer" is an ordinary word, and another policy without the clause cites nothing.
    expect(namedAppClauses(policy, 'can I post a buffer of photos?')).toEqual([]);
    expect(namedAppClauses(loadTinyPolicy(), 'can we schedule our posts with Buffer?')).toEqual([]);
  });

  it('reads a question longer than a draft from its words alone', () => {
    expect(questionFindings(policy, 'password '.repeat(400))).toEqual([]);
  });

  it.each(['which hashtags will get our reel the most reach on insta?', 'how can we grow our following on facebook', 'how big should the banner image be on our linkedin page', 'who do I tell that my payslip is wrong'])(
    'abstains on a matter the policy does not govern: "%s"',
    (question) => {
      expect(answerQuestion(policy, question).clauses).toEqual([]);
    },
  );

  it('answers a permission question even when it contains "how many" or "how much"', () => {
    // "Can we share how many…" asks what may be done; it is not a request for a figure.
    expect(answerQuestion(policy, 'can we share how many hours of therapy we delivered this year on facebook').clauses).not.toEqual([]);
    expect(answerQuestion(policy, 'is it ok to tell our followers how much we earned last quarter').clauses.slice(0, 3)).toContain('security.confidential-information');
  });

  it('tells social media questions and off-topic matters apart', () => {
    expect(mentionsSocialMedia('can I tweet about it?', policy.document)).toBe(true);
    expect(mentionsSocialMedia('should I put it on Instagram', policy.document)).toBe(true);
    expect(mentionsSocialMedia('where is the stapler', policy.document)).toBe(false);
    expect(mentionsSocialMedia('a client wrote to us on Messenger', policy.document)).toBe(true);
    expect(namesOffTopicMatter('how much annual leave is left')).toBe(true);
    expect(namesOffTopicMatter('can I share a client photo')).toBe(false);
    expect(asksTaskOrFact('how do I add a story to our page')).toBe(true);
    expect(asksTaskOrFact('where is the stapler')).toBe(true);
    expect(asksTaskOrFact('can I add a story about a client')).toBe(false);
    // Where to click in an app is a task ("which button changes our banner"); which settings keep one's views apart is conduct.
    expect(asksTaskOrFact('which button changes the banner on our page')).toBe(true);
    expect(asksTaskOrFact('which clients can I mention in a post')).toBe(false);
    expect(asksTaskOrFact('which settings on my personal account keep my views separate from the practice')).toBe(false);
    // How to stay safe or handle something is conduct, not a task.
    expect(asksTaskOrFact('how do I check a message really comes from the client')).toBe(false);
    // Deciding what to do online is the policy's business too.
    expect(asksTaskOrFact('how do we decide whether to answer a review')).toBe(false);
    expect(mentionsSocialMedia('what happens if I ignore the policy', policy.document)).toBe(true);
    // Practising therapy in a client's online life is not conduct; the practice's own replies and posts are.
    expect(asksAboutTherapyWork('my client is gaming all night on discord, how do I approach this therapeutically')).toBe(true);
    expect(asksAboutTherapyWork('a teen I see sends nudes to strangers, is that a safeguarding matter')).toBe(true);
    expect(asksAboutTherapyWork('a mum is worried about her son on youtube, what should I tell her')).toBe(true);
    expect(asksAboutTherapyWork('a client commented on our page about her diagnosis, what should I tell her')).toBe(false);
    expect(asksAboutTherapyWork('can I post about a session with a client')).toBe(false);
    expect(asksAboutTherapyWork('can I accept a friend request from a client')).toBe(false);
    // Posting about a session, or a client's wish to connect, is conduct however clinical the words around it.
    expect(asksAboutTherapyWork('may I tweet that a client had a breakthrough in session this morning')).toBe(false);
    expect(asksAboutTherapyWork('a client wants to add me on snapchat, how do I approach this therapeutically')).toBe(false);
    expect(asksAboutTherapyWork('is a client asking to connect on linkedin a red flag')).toBe(false);
  });

  it('finds each clause first for its own example questions (a question that rephrases one is about that clause)', () => {
    const index = policyIndex(policy);
    const misplaced = policy.document.clauses.flatMap((own) =>
      own.questions.filter((question) => index.search(question).hits[0]?.id !== own.id).map((question) => `${own.id}: ${question}`),
    );
    expect(misplaced).toEqual([]);
  });

  it('builds the index once per policy', () => {
    expect(policyIndex(policy)).toBe(policyIndex(policy));
  });

  it('works on another organisation’s policy without code changes', () => {
    const tiny = loadTinyPolicy();
    const recipes = answerQuestion(tiny, 'can i post how we make the sourdough?');
    expect(recipes.clauses[0]).toBe('posting.recipes');
    expect(recipes.answer.startsWith('No — our recipes never go online.')).toBe(true);
    expect(recipes.answer).toContain('Never post our recipes, ingredient lists or oven temperatures online.');
    // A clause without a direct answer starts from its summary instead of an invented sentence.
    const photos = answerQuestion(tiny, 'can I put a pic of the counter up?');
    expect(photos.clauses[0]).toBe('posting.photos');
    expect(photos.answer.startsWith("The policy says: Counter photos need the customers' agreement.")).toBe(true);
    // The checker's findings come from the other policy's own detector bindings.
    expect(questionFindings(tiny, "can I post 'password: Crumb2024!' in the staff whatsapp")).toEqual([{ clause: 'accounts.login', detector: 'credential', bound: true }]);
    expect(answerQuestion(tiny, "can I post 'password: Crumb2024!' in the staff whatsapp").clauses[0]).toBe('accounts.login');
    const unknown = answerQuestion(tiny, 'when do I get my annual leave?');
    expect(unknown).toEqual({
      clauses: [],
      answer: "I don't know — this policy doesn't cover that; ask Priya Baker (head baker), priya@crumb.example.",
      quotes: [],
    });
  });
});
