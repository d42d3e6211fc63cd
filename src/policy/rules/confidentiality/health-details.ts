import type { FoldedText } from '../../normalise-text.ts';
import type { OrganisationFacts, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { lowerCaseNameIn, namesIn } from './person-names.ts';
import { apostrophes, sentenceAt } from './text-scope.ts';

/**
 * Health details about a named or identifiable person ("Dave is in hospital recovering from a
 * heart attack", "our neighbour has cancer"): special-category personal data, however kindly
 * meant. The person must be named, or identified by a role, in the words just before.
 */

const HEALTH_STATE = apostrophes(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`in (?:hospital|intensive care|icu|a&e|a and e|the icu|rehab|a hospice|hospice)(?![\p{L}])`,
      String.raw`in (?:[\p{L}'-]+ ){1,2}(?:general|hospital|infirmary|royal|hospice)(?![\p{L}])`,
      String.raw`recovering from`,
      String.raw`(?:speedy |quick |full |swift )?recovery (?:after|from|following) (?:her|his|their) (?:[\p{L}-]+ )?(?:operation|surgery|op|accident|illness|fall|treatment|stroke|heart attack|procedure|chemo|diagnosis|breakdown)`,
      String.raw`diagnosed with`,
      String.raw`undergoing`,
      String.raw`having (?:chemo|chemotherapy|radiotherapy|surgery|an operation|a hip replacement|a knee replacement|treatment|dialysis|ivf)`,
      String.raw`(?:battling|fighting|living with|suffering from|off with|off sick with|signed off with) (?:[\p{L}'-]+ ){0,2}?(?:cancer|dementia|covid|leukaemia|leukemia|a tumour|a tumor|depression|ms|parkinson's|alzheimer's|diabetes|an infection|pneumonia|sepsis|burnout|stress|anxiety|illness)`,
      String.raw`(?:had|has had|suffered|'s had) (?:a |an )?(?:heart attack|stroke|miscarriage|breakdown|nervous breakdown|seizure|bad fall|operation|mastectomy|overdose|relapse)`,
      // "welcome back to Lucy after her miscarriage": the event named as hers.
      String.raw`(?:after|following|since) (?:her|his|their) (?:miscarriage|stillbirth|mastectomy|hysterectomy|overdose|stroke|heart attack|cancer treatment|relapse|suicide attempt|abortion)`,
      String.raw`(?:has|'s got|has got) (?:cancer|dementia|covid|leukaemia|leukemia|a brain tumour|terminal|ms|parkinson's|alzheimer's|motor neurone disease)`,
      String.raw`(?:was|has been|got|been) (?:sectioned|admitted|hospitalised|hospitalized|rushed to hospital)`,
    ].join('|') +
    ')',
  'gu',
);

/** People identified without a name: "our postman", "my neighbour". */
const ROLE = apostrophes(
  String.raw`(?<![\p{L}])(?:our|my|the practice's) (?:lovely |dear |wonderful |favourite |favorite |old |local )?(?:postman|postwoman|postie|neighbour|neighbor|cleaner|landlord|landlady|caretaker|receptionist|colleague|boss|manager|window cleaner|gardener|lollipop (?:lady|man)|milkman|courier|delivery driver|supervisor|accountant|admin)(?![\p{L}])`,
  'u',
);
/** Between the person and the state, these mean the condition is a topic, not their health. */
const TOPIC = apostrophes(
  String.raw`(?<![\p{L}])(?:on|about|talk|talks|workshop|session|sessions|course|webinar|people|clients|anyone|those|others|helps?|helping|supports?|supporting|specialis\w*|interest|works? with|working with|a post|a job|a role|placement|volunteer\w*|joins|joining)(?![\p{L}])`,
  'u',
);

/** Health details about named or role-identified people. */
export const healthDetails = (text: FoldedText, organisation: OrganisationFacts): Signal[] =>
  findAll(text, HEALTH_STATE).flatMap((match) => {
    const [sentenceStart] = sentenceAt(text, match.foldedStart);
    const from = Math.max(sentenceStart, match.foldedStart - 70);
    const before = text.folded.slice(from, match.foldedStart);
    const named = namesIn(text, from, match.foldedStart, organisation);
    const lastName = named[named.length - 1];
    const roleAt = ROLE.exec(before)?.index;
    // All lower case loses the capitals names are found by: then a clause-opening word will do.
    const lowerCaseAt = lastName || roleAt !== undefined ? -1 : lowerCaseNameIn(text, from, match.foldedStart);
    const personAt = lastName ? lastName[1] : roleAt !== undefined ? roleAt + from : lowerCaseAt;
    if (personAt < 0) return [];
    if (TOPIC.test(text.folded.slice(personAt, match.foldedStart))) return [];
    return [{ span: match.span, reason: "Shares a named person's health details, which are sensitive personal data." }];
  });
