/**
 * Which general detectors a clause probably wants, from the policy's own wording. The policy
 * owner reviews the draft; this only saves typing the obvious bindings.
 */
interface Suggestion {
  readonly detector: string;
  readonly cue: RegExp;
  readonly severity?: 'caution';
  readonly account?: 'company' | 'personal';
}

// Cues that are word stems start (or end) at a word boundary where a longer word would
// otherwise hold them: "difficult" is not about cults, "inspirational" not about piracy.
const SUGGESTIONS: readonly Suggestion[] = [
  { detector: 'profanity', cue: /inappropriate|offensive|obscen|profan|swear/i },
  { detector: 'offensive-content', cue: /pornograph|slur|gambling|illegal drugs|terroris|discriminat|protected characteristic/i },
  { detector: 'offensive-phrases', cue: /pornograph|slur|gender|discriminat|protected characteristic|offensive|obscen/i },
  { detector: 'harmful-promotion', cue: /gambling|illegal drugs|terroris|\bcults?\b|criminal skills/i },
  { detector: 'insult-or-threat', cue: /harass|bully|abus|(?<!security )threat|offensive or harassing/i },
  { detector: 'harassing-phrases', cue: /harass|bully|abus|threat|mock/i },
  { detector: 'defamation', cue: /defamat|libel|slander|claims? (?:that|about) (?:a |any )?named|\baccus(?:e|es|ing|ation)/i },
  { detector: 'political-or-religious-view', cue: /politic|religio|unsolicited views/i },
  { detector: 'competitor-rude', cue: /competitor/i },
  { detector: 'competitor-mention', cue: /competitor/i, severity: 'caution' },
  { detector: 'disparages-organisation', cue: /reputation|disrepute|\bimage\b/i },
  { detector: 'chain-or-spam', cue: /spam|chain (?:e-?mails?|messages?|letters?)|junk/i },
  { detector: 'piracy', cue: /illegal copies|\bpirat|torrent/i },
  { detector: 'copyright-repost', cue: /copyright/i },
  { detector: 'illegal-activity', cue: /illegal|criminal|unlawful|fraud/i },
  { detector: 'client-disclosure', cue: /\b(?:client|patient|service user|customer)s?\b[^.]{0,80}\b(?:confidential|detail|discuss|approval)|confidential|identif(?:y|ies)[^.]{0,40}\b(?:person|people|someone|anyone|individual)|\b(?:person|people|anyone|someone)\b[^.]{0,20}\b(?:we|i) (?:have )?(?:advised|helped|supported|seen|worked with|counselled)/i },
  { detector: 'colleague-disclosure', cue: /colleague|fellow|staff member|supplier/i },
  { detector: 'business-figures', cue: /sales figures|commercially sensitive|financial (?:results|figures|information|performance|position|data|plans?|reports?|forecasts?|accounts)|\bfinances\b|revenue|turnover|income|strategy/i },
  { detector: 'third-party-leak', cue: /another company|other organi[sz]ation|third part(?:y|ies)[^.]{0,40}confidential|leaked/i },
  { detector: 'personal-data', cue: /data protection|personal data|personal (?:or financial )?details|contact details|phone numbers?|home address|privacy|GDPR/i },
  { detector: 'credential', cue: /password|log-?in details|credential/i },
  { detector: 'sensitive-details-request', cue: /phishing|sensitive details|reveal sensitive|\bask[^.]{0,40}\b(?:share|give|send|post)[^.]{0,40}\b(?:personal|financial|bank|health|sensitive) details/i },
  { detector: 'identity-unverified', cue: /identit(?:y|ies)[^.]{0,40}verif|verif[^.]{0,40}identit/i },
  { detector: 'suspicious-link', cue: /suspicious|clicking links|malware|phishing/i },
  { detector: 'external-link', cue: /headline|review the content|before sharing|share[^.]{0,40}(?:article|content)/i, severity: 'caution' },
  { detector: 'client-friend-request', cue: /friend(?:'|’)? requests?|befriend/i },
  { detector: 'promise', cue: /promise|commitment|guarantee/i, severity: 'caution' },
  { detector: 'public-case-handling', cue: /complex (?:queries|enquiries)|other channels|complaints?[^.]{0,40}(?:email|telephone|private)/i, severity: 'caution' },
  { detector: 'defensive-reply', cue: /escalat|contentious|think before respond/i, severity: 'caution' },
  { detector: 'speaking-for-organisation', cue: /disclaimer|represent[^.]{0,30}views|views (?:are|expressed are) my own/i, account: 'personal' },
];

export type SuggestedBinding = string | { detector: string; severity?: 'caution'; account?: 'company' | 'personal' };

/** Detector bindings for a clause whose verbatim text is `text`, limited to detectors that exist. */
export const suggestDetectors = (text: string, known: ReadonlySet<string>): SuggestedBinding[] =>
  SUGGESTIONS.filter((suggestion) => known.has(suggestion.detector) && suggestion.cue.test(text)).map(({ detector, severity, account }) =>
    severity || account ? { detector, ...(severity ? { severity } : {}), ...(account ? { account } : {}) } : detector,
  );

/** The detector ids this module knows cues for (a test keeps it in step with the registry). */
export const DETECTORS_WITH_CUES: ReadonlySet<string> = new Set(SUGGESTIONS.map((suggestion) => suggestion.detector));
