import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/policy/normalise-text.ts';
import { clientFriendRequest } from '../../../src/policy/rules/sharing/client-friend-request.ts';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'client-friend-request');

describe('client-friend-request', () => {
  it.each([
    ['One of my clients followed me on Instagram and I followed her back', 'followed me on Instagram'],
    ['Past clients are welcome to connect with me on Facebook', 'connect with me on Facebook'],
    ['I friended a former client yesterday, we get on so well', 'friended a'],
    ['Is it ok that I accepted a friend request from a client I stopped seeing last year?', 'friend request'],
    ['Just connected with a client on LinkedIn after our final session', 'connected with a client on LinkedIn'],
    ['A client found me on Snapchat and I added her straight away', 'found me on Snapchat'],
    ["I've added a couple of ex-clients on Facebook this week", 'added a couple of ex-clients on Facebook'],
    ['Sent a follow request to one of my clients on Instagram', 'follow request'],
    ['My client asked to connect on LinkedIn and I said yes', 'connect on LinkedIn'],
    ["I'm now Facebook friends with two of my clients and honestly it's fine", 'Facebook friends with'],
    ['Does anyone else follow their clients back on Instagram?', 'follow their clients back on Instagram'],
    ['Ex-clients, come and find me on Insta! Would love to stay in touch', 'find me on Insta'],
    ["Going to add everyone who's had a session with us on Facebook so they see our posts", "add everyone who's had a session with us on Facebook"],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    const findings = findingsOf(text);
    expect(findings.map((finding) => finding.clause)).toContain('company.client-friend-requests');
    expect(findings.map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    'Sorry, my Facebook stays private: I never accept client friend requests.',
    'My best mate sent me a friend request on her new account 😂',
    'Clients: follow us on Instagram for weekly tips!',
    'Friend requests from clients are always politely declined — it protects the work we do.',
    "I'm not going to accept friend requests from clients, it's in our boundaries policy",
    'Our therapists never add clients on social media. You can follow this page instead.',
    'A follow request from someone I do not know: declined.',
    'Connect with us on LinkedIn for practice news.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('client-friend-request: time-slot clients and invitations to a personal profile', () => {
  const quoted = (text: string) => findingsOf(text).map((finding) => text.slice(...finding.span));
  it.each([
    ['Followed my 4pm back on TikTok, she followed me first', 'Followed my 4pm back on TikTok'],
    ['Former patients are welcome to follow my personal Instagram', 'follow my personal Instagram'],
    ['Ex-clients, feel free to add me on Insta @jo.calm.life 💛', 'add me on Insta'],
    ['Accepted a follow request from someone I saw for counselling last year', 'follow request'],
    ['One of my clients added me on Snapchat and I added her back', 'added me on Snapchat'],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).findings.map((finding) => finding.clause)).toContain('company.client-friend-requests');
    expect(quoted(text)).toContain(cue);
  });

  it.each([
    'Follow my personal Instagram for cat pictures 🐈',
    'My best friend sent me a friend request on her new account lol',
    'I declined a friend request from a client today, as per our policy.',
    "Reminder: please don't connect with clients on LinkedIn.",
    'My 4pm cancelled so I am catching up on notes.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('client-friend-request: talking about the boundary', () => {
  it.each([
    'Therapists: how do you handle clients who send friend requests? Our blog covers boundaries.',
    "It's okay to say no to friend requests from people you don't know.",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('client-friend-request: described clients and their profiles', () => {
  it.each([
    ["A lady I counselled last year wants to be friends on Facebook, I've said yes", 'be friends on Facebook'],
    ["Followed a client's Instagram today, her art is amazing", "Followed a client's Instagram"],
    ['Told my client to add me on Facebook so we can keep in touch after therapy ends', 'add me on Facebook'],
  ])('stops: %s', (text, cue) => {
    expect(checker.check({ text }).findings.map((finding) => finding.clause)).toContain('company.client-friend-requests');
    expect(findingsOf(text).map((finding) => text.slice(...finding.span))).toContain(cue);
  });

  it.each([
    'Connected with a fellow therapist on LinkedIn after the conference',
    'My old school friend added me on Facebook, so nice to reconnect',
    'Clients can follow our practice page for updates.',
    "Followed the BBC's Instagram for their mental health series.",
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('friend requests written short, and clients described as people seen professionally', () => {
  it.each([
    'Sent a friend req to a lady I saw for six sessions last spring, she seemed pleased',
    'Do you add people you have seen professionally on Facebook? I accepted one last week.',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).findings.map((finding) => finding.clause)).toContain('company.client-friend-requests');
  });

  it('passes a friend req between cousins', () => {
    expect(checker.check({ text: 'my cousin finally accepted my friend req, took her long enough' }).findings.filter((finding) => finding.detector === 'client-friend-request')).toEqual([]);
  });
});

describe('client-friend-request and the learned detector', () => {
  const detectorsOf = (text: string) => checker.check({ text, account: 'personal' }).findings.map((finding) => finding.detector);

  it('names a person seen professionally even with a word before them', () => {
    expect(findingsOf('A kind gentleman I counselled years ago sent me a friend request and I accepted it')).toHaveLength(1);
  });

  it.each([
    'My niece just sent me a friend request, apparently I am cool now',
    "Just accepted my grandad's friend request. He is 88 and finally on Facebook!",
  ])('lets a request from family stand as the writer’s own life: %s', (text) => {
    expect(detectorsOf(text).filter((detector) => detector.endsWith('client-friend-request'))).toEqual([]);
  });

  it.each([
    'My sister’s therapist sent her a friend request on Facebook and she accepted',
    // Known through a relative, and seen in sessions: a client after all.
    "My cousin's neighbour, who came to me for sessions in the spring, sent me a friend request and I said yes",
    'My uncle’s friend added me on Facebook. I saw him for grief work last year.',
  ])('still reads a request from someone in therapy as one: %s', (text) => {
    const contradicted = clientFriendRequest.contradictsLearned!({ text: foldText(text), account: 'personal', organisation: { names: [], ownDomains: [], lexicon: () => [] } }, [0, text.length]);
    expect(contradicted).toBe(false);
  });

  it('lets a post that speaks of no connection at all stand: no request, follow, add, message or meeting', () => {
    const context = (text: string) => ({ text: foldText(text), account: 'personal' as const, organisation: { names: [], ownDomains: [], lexicon: () => [] } });
    expect(detectorsOf('Farmers market on today. See you there!').filter((detector) => detector.endsWith('client-friend-request'))).toEqual([]);
    expect(clientFriendRequest.contradictsLearned!(context('Farmers market on today. See you there!'), [0, 10])).toBe(true);
    expect(clientFriendRequest.contradictsLearned!(context('One of my clients wants to meet for coffee after our last session'), [0, 10])).toBe(false);
    // A client named keeps the reading whatever the words: "Strava buddies" is a connection too.
    expect(clientFriendRequest.contradictsLearned!(context("A client and I are Strava buddies now, she's a much faster runner than me."), [0, 10])).toBe(false);
  });

  it('counts only a person seen professionally, not one merely seen, when a word comes before them', () => {
    expect(findingsOf('The other dad I see at football every Saturday added me on Facebook')).toEqual([]);
    expect(findingsOf('The quiet lad we counselled last winter added me on Instagram')).toHaveLength(1);
  });
});
