import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/policy/answer-question.ts';
import type { LinearModel } from '../../../src/policy/learned/linear-model.ts';
import { asksPermission, mentionsSocialMedia, saysNotOnline } from '../../../src/policy/question-kind.ts';
import { NOT_COVERED } from '../../../src/policy/question-model.ts';
import { loadZrtherapy } from '../../helpers/policy.ts';

const policy = loadZrtherapy();

describe('questions that say their matter is offline', () => {
  it('hears the ways people say so', () => {
    for (const question of [
      'it is for the printed newsletter, not for social media',
      'nothing online, it is a card on the noticeboard',
      'a client gave me a CD; nothing was shared or posted',
      'a poster in the window, print only',
      'we only spoke face to face only at the fair',
      'a talk at the library, strictly in person',
      "it wasn't on social media, it was a text",
      'the heating failed during a session, it has nothing to do with posting online',
      'the trustees want a paper only annual report: who signs it off',
      'a locum wants an AI tool for her case notes, not for social media, only admin. what is the rule there',
      'the rota goes on the staff room wall, not for socials. who signs it off?',
      'can I hand out printed worksheets I copied from a workbook',
      'we are photocopying leaflets for the waiting room, is that fine',
    ]) expect(saysNotOnline(question, policy.document), question).toBe(true);
  });

  it('does not hear it in questions about what to do online', () => {
    for (const question of [
      'can we take this conversation offline',
      'my cousin reckons podcasts are not really social media, does the policy include them',
      "I haven't posted it yet, is the photo ok",
      'what must staff never share online',
      'which practice details am I not allowed to share online',
      'not sure if I can post this on instagram',
      'can I post a picture of our printed leaflets on facebook',
    ]) expect(saysNotOnline(question, policy.document), question).toBe(false);
  });

  it('does not hear it when the question goes on to ask about doing something online', () => {
    for (const question of [
      'nothing has gone up yet, but nothing was posted either: can I accept a friend request from a client on instagram',
      'the leaflet is print only for now, could we put a picture of it on the practice facebook',
      'my colleague is not on social media herself, can I tag her in a photo from the team lunch',
      'the workshop was strictly in person; am I allowed to share the slides on linkedin afterwards',
      'the poster is not for socials, but could I send a photo of it by DM to the volunteers',
      'a client who is not online much has asked me to take down a photo of her from our page',
    ]) {
      expect(mentionsSocialMedia(question, policy.document), question).toBe(true);
      expect(saysNotOnline(question, policy.document), question).toBe(false);
      expect(answerQuestion(policy, question).clauses, question).not.toEqual([]);
    }
  });

  it('is not answered from a situation it describes', () => {
    const offline = "our receptionist wants to pin a client's thank-you card on the waiting room noticeboard, nothing online at all, is that fine";
    const online = "our receptionist wants to post a client's thank-you card on the practice instagram, is that fine";
    expect(answerQuestion(policy, offline).clauses).toEqual([]);
    expect(answerQuestion(policy, online).clauses).not.toEqual([]);
  });
});

describe('long questions', () => {
  it('do not earn an answer from the length of the story told before them', () => {
    const story =
      'last week a volunteer stayed late to help a client who was upset in the waiting room, then went home and mentioned on her personal instagram that she had had a long day. her manager has asked whether volunteers get travel expenses for staying after dark, and whether the practice has a lone working procedure for evenings. where is that written down';
    expect(answerQuestion(policy, story).clauses).toEqual([]);
  });

  it('are still answered when the story ends in a question the policy answers', () => {
    const story =
      'last week a volunteer stayed late to help a client who was upset in the waiting room, then went home and mentioned on her personal instagram that the client had cried for an hour and named the street she lives on. is she allowed to post that';
    expect(answerQuestion(policy, story).clauses).not.toEqual([]);
  });
});

describe('asking leave', () => {
  it('"do I need permission" asks what may be done', () => {
    expect(asksPermission('do I need permission to use a scheduling app for the practice account')).toBe(true);
    expect(asksPermission('does she need approval before she posts')).toBe(true);
    expect(asksPermission('our volunteer wants to put up a post about the bake sale, does anyone need to approve it first')).toBe(true);
    expect(asksPermission('how do I schedule a post')).toBe(false);
  });

  it('asking leave in few words counts too', () => {
    for (const question of [
      'is a cheeky meme about mondays ok on the practice page',
      'say I shared the wrong link, would that mean a formal warning',
      'could I be disciplined for liking a rude post',
      'quick selfie in the therapy room between clients, issue?',
      'posting from the staff room on my break, allowed?',
    ]) expect(asksPermission(question), question).toBe(true);
    for (const question of [
      'surely I can reply to a comment on my own lunch break?',
      'a colleague says we must never mention other practices online. Am I wrong to think that is too strict?',
      'I heard you can get sacked for one bad tweet, true?',
      'the owner wants to buy five star reviews from a website, isnt that just cheating',
      'we were told to get the new scheduling tool signed off, does anyone need to sign it off first',
    ]) expect(asksPermission(question), question).toBe(true);
    for (const question of ['is the office wifi fast', 'what does the warning light on the router mean', 'who wrote the policy']) {
      expect(asksPermission(question), question).toBe(false);
    }
  });
});

describe('questions about a rule or about reviews are about the policy', () => {
  it('hears "the rule", "the ban on…", platforms and online reviews', () => {
    for (const question of [
      'does the ban on naming clients cover people who only had a phone consultation',
      'I thought the rule was we answer on whatever platform someone asks',
      'my manager wants to pay people to leave glowing reviews, is that allowed',
    ]) expect(mentionsSocialMedia(question, policy.document), question).toBe(true);
    expect(mentionsSocialMedia('can I leave early on Friday for the dentist', policy.document)).toBe(false);
  });
});

describe('a situation that is only the setting of the question', () => {
  const labels = [NOT_COVERED, ...policy.document.clauses.map((clause) => clause.id)];
  const sure: LinearModel = {
    labels,
    neutralLabel: 0,
    threshold: 0.5,
    probabilities: () => Float64Array.from(labels.map((label) => (label === NOT_COVERED ? 0.95 : 0.05 / (labels.length - 1)))),
    weightOf: () => 0,
  };
  const withSureModel = { ...policy, questionModel: () => sure };

  it('is not answered when the question asks something else and the model is sure the policy does not cover it', () => {
    const setting = 'a client told me today in session that she posts about her divorce on facebook every night, any good reading on that for her';
    expect(answerQuestion({ ...policy, questionModel: undefined }, setting).clauses).not.toEqual([]);
    expect(answerQuestion(withSureModel, setting).clauses).toEqual([]);
  });

  it('is still answered when the question asks leave to post it', () => {
    const asked = 'can I post on facebook that a client told me today she is leaving her husband';
    expect(answerQuestion(withSureModel, asked).clauses).not.toEqual([]);
  });
});
