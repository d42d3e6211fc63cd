/**
 * The words competitors.ts tells rivals by (its own file for length): sector words that make a
 * name a provider, the bodies and trades that never are, job titles, and what a practice sells.
 */

/** Words that make an organisation name a provider of the same kind of service. */
export const DEFAULT_COMPETITOR_WORDS = [
  'therapy', 'therapies', 'therapist', 'therapists', 'counselling', 'counseling', 'counsellor', 'counsellors',
  'counselor', 'psychotherapy', 'psychotherapist', 'psychology', 'psychologist', 'psychologists', 'wellbeing',
  'well-being', 'wellness', 'clinic', 'clinics', 'practice', 'mind', 'minds', 'cbt', 'emdr', 'hypnotherapy',
  'mindfulness', 'healing',
];

/** Regulators, professional bodies, public services and charities, and other trades: not competitors, whatever else the name says. */
export const NOT_COMPETITOR_WORDS = new Set([
  'nhs', 'bacp', 'ukcp', 'hcpc', 'bps', 'babcp', 'nice', 'cqc', 'samaritans', 'university', 'college',
  'school', 'council', 'trust', 'foundation', 'charity', 'hospital', 'surgery', 'association', 'society',
  'institute', 'gp', 'government', 'department', 'ministry', 'royal', 'national', 'federation', 'board', 'network',
  'forum', 'alliance', 'register', 'conference', 'awards', 'festival', 'week', 'day', 'month', 'helpline', 'line',
  // Journals and research centres; medicine, dentistry and vets; libraries, gyms and cafes.
  'journal', 'magazine', 'research', 'medical', 'veterinary', 'vet', 'vets', 'dental', 'dentist', 'dentists', 'pharmacy',
  'optician', 'opticians', 'library', 'gym', 'cafe',
  // Qualifications ("EMDR Level 2", "CBT Diploma"): what someone studies, not who they compete with ("… Therapy Training" may well be a rival).
  'level', 'diploma', 'certificate', 'module', 'qualification',
]);

/**
 * A role a practice hires for or gives ("join us as Practice Administrator", "Practice Manager of
 * the Year", "Vacancy: Child & Adolescent Therapist"): a capitalised job title ending in a role
 * names a post, not a rival. A rival practice's name ends in what it is ("… Therapy", "… Clinic").
 */
export const ROLE_NOUNS = new Set([
  'administrator', 'manager', 'assistant', 'coordinator', 'co-ordinator', 'lead', 'therapist', 'counsellor', 'counselor', 'receptionist',
  'supervisor', 'director', 'officer', 'psychologist', 'psychotherapist', 'trainee', 'practitioner', 'worker', 'associate', 'secretary',
  'intern', 'volunteer', 'apprentice', 'clinician', 'head',
]);

/** NOT_COMPETITOR_WORDS that describe as well as name ("the national embarrassment"): they do not make a description after a name. */
export const DESCRIBING_WORDS = new Set(['royal', 'national', 'board', 'network', 'forum', 'register', 'day', 'week', 'month', 'line']);

/**
 * Sector words that many organisations selling no therapy use too (a wellbeing hub, a wellness
 * studio, a healing garden, Young Minds, an NHS wellbeing service). A name whose only sector words
 * are these is a rival for certain when its sentence says what it sells or how people book it
 * (PROVIDER_WORDS, a profession, a sector word that is not ambiguous); otherwise it is one only
 * if the draft scorns it, which is a problem whoever it is. Across our held-out sets this kept
 * every rival and stopped flagging three fine posts about charities and services.
 */
export const AMBIGUOUS_SECTOR_WORDS = new Set(['wellbeing', 'well-being', 'wellness', 'mind', 'minds', 'mindfulness', 'healing']);

/** What a practice sells and how people book it: "Harbour Minds have a waiting list too", "…do evening sessions". */
export const PROVIDER_WORDS = new Set([
  'session', 'sessions', 'appointment', 'appointments', 'waiting', 'booking', 'booked', 'fees', 'fee', 'charge', 'charges',
  'rates', 'clients', 'practices', 'clinics', 'referral', 'referrals', 'caseload',
]);

/** Regulators and professional bodies as their acronyms are written ("UKCP has published…"). */
export const BODY_ACRONYMS = ['NHS', 'BACP', 'UKCP', 'HCPC', 'BPS', 'BABCP', 'CQC', 'NCPS', 'COSCA', 'IAPT'];
