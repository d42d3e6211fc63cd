import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'colleague-disclosure');

describe('colleague-disclosure', () => {
  it.each([
    'Our receptionist Kim is off sick with stress at the moment, so replies may be slow.',
    'Please send good vibes to my supervisor, who has just been diagnosed with cancer.',
    'One of our therapists is going through a messy divorce, so her Wednesday clients are moving.',
    'Our practice manager has been signed off after a nervous breakdown — bear with us!',
    'Our cleaner Bev had a stroke last week, so the waiting room might be a bit dusty.',
    'Wishing our receptionist Gemma a speedy recovery after her operation on Monday.',
    'Thinking of my colleague who lost her dad at the weekend — be gentle with each other.',
    'Our bookkeeper has been struggling with depression since the summer, so invoices are late.',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    const clauses = new Set(findingsOf(text).map((finding) => finding.clause));
    expect(clauses).toEqual(new Set(['safe.discussing-others', 'security.data-protection']));
  });

  it('points at the colleague', () => {
    const text = 'Quick note: our colleague Sam is away with burnout until spring.';
    const [finding] = findingsOf(text);
    expect(finding && text.slice(...finding.span)).toBe('our colleague');
  });

  it.each([
    'Our therapist Leo runs a support group for people recovering from burnout.',
    'Our receptionist is off on holiday next week, so please email rather than call.',
    'Our colleague Maya is on maternity leave until June — congratulations Maya!',
    'Our therapist Dan has a special interest in anxiety and panic attacks.',
    'Our therapist Jo is struggling with the new booking system, so bear with us!',
    'My supervisor is brilliant at helping me think through tough cases.',
    'Our counsellor Jess is giving a talk on coping with depression after a diagnosis.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('colleague-disclosure: other wordings', () => {
  it.each([
    // A supplier's or contractor's pay and treatment, repeated without their approval.
    'Our window cleaner told me his agency pays him less than the minimum wage, shocking.',
    'My accountant says her firm hasn’t paid her for three months.',
    'Our supplier’s driver is on a zero-hours contract and gets docked for every late delivery.',
    'Our bookkeeper is being underpaid by the agency that placed her, poor thing.',
    'our web designer says the studio she freelances for treats her terribly',
    'Our landlord’s caretaker told me they are paying him cash in hand.',
    // A colleague's health, however it is phrased.
    'Our receptionist Dawn is off this week because her back has gone again.',
    'My colleague Raj won’t be in today, his migraines are back.',
    'our practice manager is off again with her depression so emails will be slow',
    'Sorry for slow replies — our admin is struggling because her endometriosis is playing up.',
    'Our locum is off, his OCD has got worse since the move.',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('safe.discussing-others');
  });

  it.each([
    'Our cleaner does a brilliant job — thank you Sue!',
    'We pay our cleaner the real living wage, and we are proud of it.',
    'Our accountant helps small businesses that are being underpaid by their clients.',
    'Our therapist Helen is running her anxiety group again on Thursday.',
    'Our therapist Tom specialises in anxiety and depression, book with him today.',
    'Our colleague Ann is back from annual leave on Monday.',
    'My supervisor helped me with my anxiety about presenting at the conference.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('colleague-disclosure: bereavement and lower case', () => {
  it.each([
    'Sending love to our practice manager whose dad has just died.',
    'our receptionist sarah has been signed off with stress again',
    'Please be patient with our admin, her mum is terminally ill.',
    'our cleaner’s husband passed away on sunday so she won’t be in',
    'Thoughts with my colleague whose son is in hospital tonight.',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('safe.discussing-others');
  });

  it.each([
    'Our receptionist Sarah is on holiday next week.',
    'Congratulations to our therapist Amy on passing her EMDR training!',
    'Our therapist Dan ran a session on grief for the local hospice staff.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describe('colleague-disclosure: struggling since', () => {
  it.each([
    'our supervisor has been struggling since her divorce',
    'Be kind to our receptionist, she’s been in bits since her miscarriage.',
  ])('stops: %s', (text) => {
    expect(checker.check({ text }).verdict).toBe('stop');
    expect(findingsOf(text).map((finding) => finding.clause)).toContain('safe.discussing-others');
  });
});

describe("a colleague's or supplier's standing at work", () => {
  it.each([
    'One of our associates is out of her depth with couples work and has had a complaint already.',
    'Our cleaner is two weeks late with the invoice again, honestly.',
    'Between you and me, my supervisee is on a performance plan.',
  ])('stops: %s', (text) => {
    expect(findingsOf(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Our therapist is running ten minutes late today, sorry everyone.',
    'Our associates support clients struggling with boundaries at work.',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});
