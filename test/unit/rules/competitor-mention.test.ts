import { describe, expect, it } from 'vitest';
import { zrtherapyChecker } from '../../helpers/policy.ts';
import { describeOtherWordings } from '../../helpers/rubric-row.ts';

const checker = zrtherapyChecker();
const findingsOf = (text: string) => checker.check({ text }).findings.filter((finding) => finding.detector === 'competitor-mention');

describe('competitor-mention', () => {
  it.each([
    ['Congratulations to Harbourside Counselling on ten years in Ipswich! 🎉', 'Harbourside Counselling'],
    ['We are full until May, but Brook House Psychotherapy in Witham may have space sooner.', 'Brook House Psychotherapy'],
    ['Great to meet the therapists from Lantern Wellbeing at the conference today.', 'Lantern Wellbeing'],
    ['Shout out to fellow therapist Maria Lopez for a great workshop on grief.', 'Maria Lopez'],
    ['Lovely to collaborate with @fenwaycounselling on this month’s newsletter.', '@fenwaycounselling'],
    // Only sector words, no kind: still a name.
    ['So pleased for everyone at Tranquil Minds Therapy on their new rooms!', 'Tranquil Minds Therapy'],
    ['Ten years for Little Oaks Counselling this week, congratulations!', 'Little Oaks Counselling'],
  ])('cautions: %s', (text, name) => {
    const result = checker.check({ text });
    expect(result.verdict).toBe('caution');
    const findings = findingsOf(text);
    expect(findings.map((finding) => [finding.clause, finding.severity])).toEqual([['safe.competitors', 'caution']]);
    expect(text.slice(...findings[0]!.span)).toBe(name);
  });

  it.each([
    'Samaritans volunteers answer calls through the night, and it costs nothing to ring them.',
    'Check your therapist is registered with the BACP, UKCP or HCPC before you book.',
    'Referral to NHS Talking Therapies is free: ask your GP, or look up your local service online.',
    'Zayna trained at the University of Kent counselling department back in 2009.',
    'Welcome to our new therapist Tom Richards, who joins us from Leeds!',
    'Our newest counsellor trained at the Tavistock Clinic before moving to Essex.',
    'We are proud to be fundraising for North Essex Mind this spring.',
    'We at ZR Therapy love a good cup of tea.',
    'Rude mentions are for competitor-rude: Meadow Clinic are doing ice-bath therapy now 🙄',
    // A kind of provider is described, nobody is named.
    'anyone know a qualified counsellor who wants a few hours of supervision a week? drop me a message',
    'my cousin has just started as a student psychotherapist and already loves it',
    'honestly running a tiny independent clinic is the best job there is',
  ])('passes: %s', (text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});

describeOtherWordings({
  checker,
  detector: 'competitor-mention',
  clause: 'safe.competitors',
  verdict: 'caution',
  flags: [
    [
      "We're often compared with app-based services like Calmspace; here's how we're different.",
      "Calmspace"
    ],
    [
      "BrightPath therapists offer evening slots if ours are full.",
      "BrightPath"
    ],
    [
      "If our waiting list is too long, Cedar House Counselling in Halifax may have space sooner.",
      "Cedar House Counselling"
    ],
    [
      "Thanks to Lakeside Psychology for the referral this week.",
      "Lakeside Psychology"
    ],
    [
      "Congrats to @oakfieldtherapy on their award 👏",
      "@oakfieldtherapy"
    ],
    [
      "For specialist eating disorder support, Lighthouse Counselling in Leeds is excellent.",
      "Lighthouse Counselling"
    ]
  ],
  passes: [
    "Zayna is speaking at the University of Kent counselling conference in May.",
    "Your GP can refer you to NHS Talking Therapies too.",
    "If you're in crisis please contact the Samaritans on 116 123, any time.",
    "Leeds therapists: our CPD evening on grief is open for bookings.",
    "Many therapists find supervision the most useful part of their week.",
    "Saturday sessions are back from next month.",
    "Breathing apps like Calmly can help between sessions.",
    "Sam's sessions on Thursday are fully booked."
  ],
});
