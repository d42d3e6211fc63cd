import type { FoldedText } from '../../normalise-text.ts';
import type { OrganisationFacts, Signal } from '../detector.ts';
import { findAll } from '../match.ts';
import { namesIn } from './person-names.ts';
import { apostrophes } from './text-scope.ts';

/**
 * Home and postal addresses tied to a person ("Rachel of 14 Elm Road", "her address is…",
 * "lives at…"). The organisation's own address ("find us at…", "our new rooms on…") is not
 * personal data.
 */

const STREET_TYPES = String.raw`(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|gardens|gdns|grove|place|pl|terrace|court|ct|square|sq|mews|row|hill|walk|rise|parade|park|view|green|vale|wharf)`;
/** Welsh street names put the kind of street first: "22 Heol Isaf", "8 Maes-y-Coed", "3 Ffordd y Parc". */
const WELSH_STREET_TYPES = String.raw`(?:heol|ffordd|stryd|lon|rhodfa|maes|clos|teras|cilgant|llys|cae|bryn|plas)`;
/**
 * "14 Elm Road", "Flat 2, 7 Kings Court", "22 Heol Isaf", optionally followed by a town and
 * postcode. A number followed by a preposition is not a house number ("Bakehouse 22 on
 * Whiteladies Road", "open 7 days at Mill Lane"): no street name starts with one.
 */
const STREET_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:flat|apartment|apt|unit) \d{1,4}[a-z]?,? )?\d{1,4}[a-z]? (?!(?:on|in|at|off|near|by|along|to|from|of|for|and|or|up|down|past|via|round|around) )(?:(?:[\p{L}'-]+ ){1,3}?${STREET_TYPES}|${WELSH_STREET_TYPES}[ -][\p{L}'-]+)(?![\p{L}])(?:,? (?![a-z]{1,2}\d)[\p{L}'-]+(?: (?![a-z]{1,2}\d)[\p{L}'-]+)?)?(?:,? [a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2})?`,
  'gu',
);
const POSTCODE = /(?<![\p{L}\p{N}])[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}(?![\p{L}\p{N}])/gu;

/** Words before an address that tie it to a person. */
const PERSONAL_CUE = apostrophes(
  String.raw`(?<![\p{L}])(?:lives|living|live|lived|moved|home address|home|house|flat|address is|address:|her address|his address|their address|my address|belongs to|of|at her|at his|round to|to her|to his|neighbour|door)(?![\p{L}])[^\p{L}]*$`,
  'u',
);
/** Cues that tie the address to a person even a few words on: "belongs to Jo Bloggs, 4 Elm Road". */
const STRONG_PERSONAL_CUE = apostrophes(
  String.raw`(?<![\p{L}])(?:belongs to|belong to|belonging to|owned by|owner is|addressed to|sent to|post(?:ed)? to|lives|living|lived|home address|(?:her|his|their) address(?: is)?|return (?:it )?to|returned to|property of)(?![\p{L}])(?:[^\p{L}\p{N}]{1,3}[\p{L}'-]+){0,3}[^\p{L}]*$`,
  'u',
);
/** "The Mindful Hub of 3 Mill Street": a venue's or organisation's name, not a person's. */
const PLACE_NAME = /^the\s|(?<![\p{L}])(?:hub|centre|center|clinic|practice|library|cafe|café|surgery|hall|church|school|ltd|limited|group|trust|house|studio|studios|rooms|chambers|hotel|pub|inn)$/u;

/** Between a person's name and the address: "Terence Oduya of 17 Cardigan Walk" ("Sam Lee at 12 Park Lane" may be a venue). */
const NAME_TO_ADDRESS = /^[\s,]*(?:of|(?:who\s+)?(?:lives|living)\s+at)\s+$/u;

/** Words before an address that make it the organisation's own. */
const ORGANISATION_CUE = apostrophes(
  String.raw`(?<![\p{L}])(?:us|our|we|we're|we are|we've|practice|rooms|office|clinic|centre|center|studio|venue|find|visit|located|based|hq|headquarters|workshop|event|library|hall|church|cafe|café)(?![\p{L}])`,
  'u',
);

const ORGANISATION_CUE_GLOBAL = new RegExp(ORGANISATION_CUE.source, 'gu');
/** Offset of the last match of a global pattern in `text`, or -1. */
const lastIndexOf = (pattern: RegExp, text: string): number => {
  let last = -1;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) last = found.index;
  return last;
};

/** Personal postal addresses, each a signal whose edit drops the address. */
export const personalAddresses = (text: FoldedText, organisation: OrganisationFacts): Signal[] => {
  const found = [...findAll(text, STREET_ADDRESS), ...findAll(text, POSTCODE)];
  const signals: Signal[] = [];
  let coveredUntil = -1;
  for (const match of found.sort((a, b) => a.foldedStart - b.foldedStart)) {
    if (match.foldedStart < coveredUntil) continue;
    const before = text.folded.slice(Math.max(0, match.foldedStart - 60), match.foldedStart);
    // The nearest cue decides: "found in our car park, belongs to <name>, <address>" is personal.
    const strong = STRONG_PERSONAL_CUE.exec(before);
    const named = namesIn(text, Math.max(0, match.foldedStart - 40), match.foldedStart, organisation);
    const nameAt = named.length > 0 ? (named[0]?.[0] ?? 0) - Math.max(0, match.foldedStart - 60) : -1;
    const organisationAt = lastIndexOf(ORGANISATION_CUE_GLOBAL, before);
    // A postcode inside an address already judged is not judged again.
    coveredUntil = match.foldedEnd;
    // A person's name right before the address is whose it is, whatever the organisation's words said earlier.
    const ownersName = named.some(([start, end]) => NAME_TO_ADDRESS.test(text.folded.slice(end, match.foldedStart)) && !PLACE_NAME.test(text.folded.slice(start, end)));
    // After the organisation's own words only a strong cue makes it personal (a town looks like a name).
    if (!ownersName && (organisationAt >= 0 ? (strong ? strong.index : -1) < organisationAt : !(strong || nameAt >= 0 || PERSONAL_CUE.test(before)))) continue;
    signals.push({
      span: match.span,
      reason: "Publishes someone's home address, which is personal data.",
      edit: { kind: 'replace', with: '[address removed]' },
    });
  }
  return signals;
};
