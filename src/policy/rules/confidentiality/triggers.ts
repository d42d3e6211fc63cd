/**
 * Trigger words (word prefixes, see ../detector.ts) for the confidentiality detectors: every
 * draft a detector can flag contains at least one of its words, so the checker skips it for
 * the rest. Each list is read off the detector's patterns: the words without which none of its
 * patterns can match (the unit tests run through the gated checker, so a gap shows there).
 */

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const MONEY = ['£', '$', '€'];
const RELATIVES = [
  'husband', 'wife', 'partner', 'spouse', 'boyfriend', 'girlfriend', 'fiance', 'mum', 'mother', 'dad', 'father', 'parent',
  'son', 'daughter', 'brother', 'sister', 'friend', 'carer', 'relative', 'family', 'employer', 'boss', 'manager',
];

/** Words that mark information as not public (secrecy-cues.ts). Emoji-only cues (🤫) are not words and cannot gate. */
const SECRECY = [
  'public', 'official', 'announc', 'publish', 'out', 'releas', 'shared', 'launch', 'press', 'between', 'keep', 'wraps',
  'told', 'confidential', 'secret', 'shh', 'confirm', 'signed', 'finalis', 'finaliz', 'unpublish', 'unreleas', 'unannounc',
  'yet', 'only', 'internal', 'eyes', 'record', 'hush', 'sharing', 'tell', 'sneak', 'say', 'share', 'reveal', 'spill', 'give',
  'posting', 'mum', 'schtum', 'shtum', 'stum', 'down', 'dl', 'quiet', 'qt', 'word', 'lips', 'sealed', 'name', 'due', 'memo', 'press release',
];

/** Verbs of seeing someone in therapy ("i see", "i've been counselling"). */
const SEEING_VERBS = ['see', 'saw', 'work', 'counsel', 'treat', 'support', 'coach', 'help', 'supervis', 'assess'];
/**
 * The same verbs glued to the "i" before them: the patterns allow "i've", "i have", "i'm" or
 * "i am" then an optional space ("ive treated"), so the verb need not start a word.
 */
const GLUED_TO_I = ['i', "i've", 'i’ve', 'ive', "i'm", 'i’m', 'im', 'have', 'am'].flatMap((start) => SEEING_VERBS.map((verb) => start + verb));

/**
 * Read off client-disclosure's patterns (client-references.ts, appointment-disclosure.ts and
 * client-disclosure.ts): for each alternative of each pattern, the rarest word every match of
 * it holds at a word start.
 */
export const CLIENT_DISCLOSURE_TRIGGERS = [
  // one client, or a person seen in therapy ("my 3pm client", "someone I'm seeing", "one of the teens we see", "my 3pm lady")
  'client', 'patient', 'service', 'supervis', 'counsel', 'referral', 'couple', 'famil', 'my', 'someone', 'one', 'guess who', 'thank', 'waiting', 'caseload', 'enquir', 'inquir', 'rang', 'called', 'phoned', 'emailed', 'messaged', 'got in touch', 'wrote', 'bursary', 'place', 'spot', 'slot', 'came', 'diary',
  ...SEEING_VERBS, ...GLUED_TO_I,
  // sessions retold or attended, therapy itself
  'session', 'appointment', 'hour', 'therapy', 'therapist', 'psycholog', 'psychother', 'room', 'treat', 'emdr', 'cbt', 'safeguard', 'disclos', 'name',
  // someone told, or shared in a group
  'told', 'said', 'admit', 'confid', 'cried', 'shar', 'confess', 'speak', 'spoke', 'talk', 'open', 'tell', 'broke', 'reveal',
  // records and correspondence
  'note', 'record', 'file', 'report', 'care', 'risk', 'formulation', 'letter', 'form', 'questionnaire', 'histor', 'diagnos',
  'result', 'score', 'paperwork', 'document', 'prescription', 'discharge',
  // appointment and account details ("we can confirm…", "his invoice is overdue", "is booked in every…")
  'can', 'booking', 'booked', 'account', 'invoice', 'fees',
];

export const COLLEAGUE_DISCLOSURE_TRIGGERS = [
  // Read off the private matters (not the role words, which a policy's lexicon may extend).
  'off', 'signed', 'hospital', 'intensive', 'unwell', 'poorly', 'ill', 'having', 'pregnan', 'expecting', 'coping', 'rehab',
  'sick', 'stress', 'burn', 'depress', 'griev', 'heartbroken', 'divorc', 'exhaust', 'fatigue', 'anxi', 'panic', 'breakdown',
  'cancer', 'covid', 'flu', 'pneumonia', 'infection', 'back', 'broken', 'mental', 'rough', 'tough', 'hard', 'difficult',
  'bad', 'grief', 'bereave', 'miscarr', 'surgery', 'operation', 'heart', 'stroke', 'health', 'personal', 'horrible', 'awful',
  'struggl', 'dealing', 'recovery', 'ocd', 'ptsd', 'bipolar', 'adhd', 'eating', 'endometr', 'migraine', 'long', 'chronic',
  'cfs', 'fibro', 'ms', 'chemo', 'ivf', 'menopaus', 'drink', 'addict', 'condition', 'diagnos', 'pay', 'paid', 'wage',
  'zero', 'underpaid', 'exploit', 'mistreat', 'bullied', 'harass', 'sack', 'fired', 'let', 'laid', 'dock', 'treat',
  'salar', 'hourly', 'contract', 'lost', 'through', 'split', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend',
  'fiance', 'devastat', 'pieces', 'weight', 'marriage', 'died', 'passed', 'dying', 'terminal', 'depth', 'investigat',
  'performance', 'complaint', 'disciplinary', 'mistake', 'mess', 'error', 'late', 'hasn', 'haven', 'has not', 'have not', 'ignored',
];

export const BUSINESS_FIGURES_TRIGGERS = [
  ...DIGITS, ...MONEY, ...SECRECY,
  'doubl', 'tripl', 'quadrupl', 'halved', 'million', 'grand', 'thousand', 'half', 'quarter', 'lost', 'losing',
  // Waiting lists, and counts written in words.
  'wait', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
];

export const THIRD_PARTY_LEAK_TRIGGERS = [
  ...SECRECY,
  'leak', 'internal', 'embargo', 'hands', 'hold', 'managed', 'found', 'publication', 'release', 'didn', 'hear', 'draft',
  'unpublished', 'private', 'early', 'advance', 'seen', 'cop', 'pdf', 'memo', 'confid', 'grapevine', 'bird', 'insider', 'friend', 'mate', 'contact',
  'source', 'pal', 'cousin', 'sister', 'brother', 'neighbour', 'partner', 'husband', 'wife', 'someone', 'somebody',
  'colleague', 'street', 'rumour', 'rumor', 'apparently', 'said', 'says', 'reckons', 'mentioned', 'tells', 'slip', 'let on', 'admitted to me',
];

/**
 * "wifi password" needs "pass" like any password, so no "wi": it woke this detector for every
 * "will" and "with". "p:" is the short form the patterns accept ("wifi p: sunflower22").
 */
export const CREDENTIAL_TRIGGERS = [
  'pass', 'pw', 'p:', 'p :', 'pin', 'log', 'sign', 'credential', 'user', 'code', 'otp', 'digit', 'figure',
  'verification', 'security', '2fa', 'confirmation', 'sms', 'number',
];

export const SENSITIVE_DETAILS_TRIGGERS = [
  'full', 'date', 'dob', 'gp', 'doctor', 'home', 'nhs', 'national', 'ni', 'diagnos', 'medication', 'meds', 'prescription',
  'medical', 'mental', 'health', 'self', 'hurt', 'suicid', 'overdos', 'sectioned', 'hospital', 'card', 'bank', 'account',
  'long', 'sort', 'cvv', 'cvc', 'security', 'expiry', 'passport', 'driving', 'benefit', 'income', 'salary', 'bank',
  'payslip', 'photo', 'surname', 'postcode', 'post code', 'phone number', 'mobile number', 'd.o.b',
];

/** Read off identity-unverified's patterns: a skipped check, a relative, or the account or booking fact given out. */
export const IDENTITY_UNVERIFIED_TRIGGERS = [
  ...MONEY, ...RELATIVES,
  // checks skipped or waived ("no need for the security questions", "skip verifying your…", "I'll take your word for it")
  'need', 'question', 'check', 'verif', 'process', 'confirm', 'prov', 'requir', 'necessar', 'word', 'recognis', 'recogniz', 'know', 'remember',
  // account and booking facts ("your balance is…", "your next session is…", "we can see from your records…", "I can see it's you")
  'balance', 'bill', 'invoice', 'arrears', 'debt', 'amount', 'account', 'session', 'appointment', 'booking', 'booked', 'consultation',
  'record', 'file', 'note', 'histor', 'fees', 'therapy', 'can',
  // their details read back ("the address we hold for you is…")
  'address', 'number', 'email', 'e-mail', 'birth', 'dob', 'details',
];
