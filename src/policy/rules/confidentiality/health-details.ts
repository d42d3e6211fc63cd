import type { FoldedText } from '../../normalise-text.ts';
import type { OrganisationFacts, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { lowerCaseNameIn, namesIn } from './person-names.ts';
import { apostrophes, sentenceAt, sentenceText } from './text-scope.ts';

/**
 * Health details about a named or identifiable person ("Dave is in hospital recovering from a
 * heart attack", "our neighbour has cancer"): special-category personal data, however kindly
 * meant. The person must be named, or identified by a role, in the words just before.
 */

/**
 * A treatment or a health event named as theirs: "welcome back to Lucy after her miscarriage",
 * "after his knee surgery", "fresh from her second round of chemo"; with "the" only for events
 * that can only be someone's own ("back with us after the miscarriage").
 * Surgery and operations only of the body ("after her Saturday surgery" is an MP's or a GP's, "a
 * rescue operation" a lifeboat's).
 */
const TREATMENT = String.raw`(?:(?:after|following|since|fresh from|back from) (?:the (?:miscarriage|stillbirth|mastectomy|hysterectomy|heart attack|suicide attempt)(?![\p{L}]| of justice)|(?:her|his|their) (?:miscarriage|stillbirth|mastectomy|hysterectomy|overdose|stroke(?! (?:analysis|technique|count|rate|drills?|coach|work|session))|heart attack|cancer treatment|relapse|suicide attempt|abortion|(?:(?:knee|hip|back|heart|eye|shoulder|hernia|spinal|spine|brain|bowel|cancer|foot|ankle|wrist|hand|jaw|keyhole|major|minor|emergency|big|recent|latest|second|third) )?(?:surgery|operation|op)|(?:[\p{L}-]+ ){0,2}?(?:chemo|chemotherapy|radiotherapy|hip replacement|knee replacement|transplant|biopsy|heart bypass))(?![\p{L}])|(?:her|his) (?:[\p{L}-]+ ){0,2}?diagnosis(?! of)(?![\p{L}]))|(?:[\p{L}-]+ )?rounds? of (?:chemo|chemotherapy|radiotherapy|ivf)(?! (?:research|trials?|funding|appeal))|(?:her|his|their) (?:mastectomy|hysterectomy|heart bypass|chemo|biopsy|transplant|(?:knee|hip|back|heart|eye|shoulder|hernia|spinal|brain|bowel|cancer) (?:surgery|operation|op)) (?:was|went|is|has gone|goes|came back|results))`;
const TREATMENT_ONLY = new RegExp(`^${TREATMENT}$`, 'u');

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
      TREATMENT,
      // "our postie Kev's epilepsy tablets", "her heart pills": someone's own (not "my blood pressure tablets", not "epilepsy medication can affect mood").
      String.raw`(?<=(?:'s|her|his|their) )(?:epilepsy|diabetes|diabetic|heart|blood pressure|anxiety|depression|cancer|hiv|adhd|bipolar|schizophrenia|thyroid|parkinson's|ms) (?:tablets|meds|medication|pills|prescription|inhaler|injections|insulin)`,
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
/** Between the person and the state, these mean the condition is a topic, not their health ("Dr Khan on recovering from burnout"; "Fern on the front desk" is where she works). */
const TOPIC = apostrophes(
  String.raw`(?<![\p{L}])(?:on(?! (?:the )?(?:front desk|reception|desk|phones|duty|shift|nights|days|the team|our team|placement|call|site)(?![\p{L}]))|about|talk|talks|workshop|session|sessions|course|webinar|people|clients|anyone|those|others|helps?|helping|supports?|supporting|specialis\w*|interest|works? with|working with|a post|a job|a role|placement|volunteer\w*|joins|joining)(?![\p{L}])`,
  'u',
);

/** A sentence that opens by speaking of one person by pronoun ("She's recovering…", "And he's having…"). */
const PRONOUN_OPENING = apostrophes(String.raw`^\s*(?:and |but |so )?(?:she|he|her|his)(?:'s| is| was| has| had|'d)?(?![\p{L}])`, 'u');

/** Where the last name of the sentence before `sentenceStart` ends, or -1 when it names no one. */
const namedInSentenceBefore = (text: FoldedText, sentenceStart: number, organisation: OrganisationFacts): number => {
  if (sentenceStart === 0) return -1;
  const [previousStart] = sentenceAt(text, sentenceStart - 1);
  const named = namesIn(text, Math.max(previousStart, sentenceStart - 140), sentenceStart, organisation);
  return named.length > 0 ? sentenceStart : -1;
};

const SPOKEN_OPENLY = /(?<![\p{L}])(?:documentary|interview|podcast|memoir|open about|so open|speaks?|spoke|spoken|speaking|talks?|talked|talking|campaign\w*|awareness)(?![\p{L}])/u;
const FICTION = /(?<![\p{L}])(?:storylines?|episodes?|scenes?|spoilers?|chapters?|novel|book(?! club| group)|film|series|season|christmas special|the bit (?:with|where)|plot|soap|sitcom|drama(?! group| club| class)|character|corrie|coronation street|emmerdale|eastenders|hollyoaks|call the midwife|casualty|holby)(?![\p{L}])/u;
const PET = /(?<![\p{L}])(?:dog|dogs|doggo|pup|puppy|cat|kitten|pet|pets|vet|vets|dachshund|spaniel|labrador|terrier|collie|retriever|poodle|whippet|greyhound|horse|pony|rabbit|hamster)(?![\p{L}])/u;

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
    let personAt = lastName ? lastName[1] : roleAt !== undefined ? roleAt + from : lowerCaseAt;
    // "Dana is back on reception! She's recovering after…": the person was named in the sentence before.
    if (personAt < 0 && TREATMENT_ONLY.test(match.text) && PRONOUN_OPENING.test(text.folded.slice(sentenceStart, match.foldedEnd))) personAt = namedInSentenceBefore(text, sentenceStart, organisation);
    if (personAt < 0) return [];
    if (TOPIC.test(text.folded.slice(personAt, match.foldedStart))) return [];
    // "Our dachshund Frank is bouncing around after his chemo": a pet's health is nobody's personal data.
    if (PET.test(text.folded.slice(sentenceStart, match.foldedStart))) return [];
    // "Gail's storyline after the heart attack": a character's health is a plot, not anyone's data
    // (only for "after the …", which names nobody's own; "after her op" is someone's).
    if (/ the /u.test(match.text) && FICTION.test(sentenceText(text, match.foldedStart))) return [];
    // "Stephen Fry is so open after his prostate cancer diagnosis": a public figure's own account.
    if (/diagnosis/u.test(match.text) && SPOKEN_OPENLY.test(sentenceText(text, match.foldedStart))) return [];
    return [{ span: match.span, reason: "Shares a named person's health details, which are sensitive personal data." }];
  });
