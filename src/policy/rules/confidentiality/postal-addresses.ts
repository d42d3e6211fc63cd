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
/** "14 Elm Road", "Flat 2, 7 Kings Court", optionally followed by a town and postcode. */
const STREET_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:flat|apartment|apt|unit) \d{1,4}[a-z]?,? )?\d{1,4}[a-z]? (?:[\p{L}'-]+ ){1,3}?${STREET_TYPES}(?![\p{L}])(?:,? (?![a-z]{1,2}\d)[\p{L}'-]+(?: (?![a-z]{1,2}\d)[\p{L}'-]+)?)?(?:,? [a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2})?`,
  'gu',
);
const POSTCODE = /(?<![\p{L}\p{N}])[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}(?![\p{L}\p{N}])/gu;

/** Words before an address that tie it to a person. */
const PERSONAL_CUE = apostrophes(
  String.raw`(?<![\p{L}])(?:lives|living|live|lived|moved|home address|home|house|flat|address is|address:|her address|his address|their address|my address|belongs to|of|at her|at his|round to|to her|to his|neighbour|door)(?![\p{L}])[^\p{L}]*$`,
  'u',
);
/** Words before an address that make it the organisation's own. */
const ORGANISATION_CUE = apostrophes(
  String.raw`(?<![\p{L}])(?:us|our|we|we're|we are|we've|practice|rooms|office|clinic|centre|center|studio|venue|find|visit|located|based|hq|headquarters|workshop|event|library|hall|church|cafe|café)(?![\p{L}])`,
  'u',
);

/** Personal postal addresses, each a signal whose edit drops the address. */
export const personalAddresses = (text: FoldedText, organisation: OrganisationFacts): Signal[] => {
  const found = [...findAll(text, STREET_ADDRESS), ...findAll(text, POSTCODE)];
  const signals: Signal[] = [];
  let coveredUntil = -1;
  for (const match of found.sort((a, b) => a.foldedStart - b.foldedStart)) {
    if (match.foldedStart < coveredUntil) continue;
    const before = text.folded.slice(Math.max(0, match.foldedStart - 60), match.foldedStart);
    if (ORGANISATION_CUE.test(before)) continue;
    const nameRightBefore = namesIn(text, Math.max(0, match.foldedStart - 40), match.foldedStart, organisation).length > 0;
    if (!PERSONAL_CUE.test(before) && !nameRightBefore) continue;
    coveredUntil = match.foldedEnd;
    signals.push({
      span: match.span,
      reason: "Publishes someone's home address, which is personal data.",
      edit: { kind: 'replace', with: '[address removed]' },
    });
  }
  return signals;
};
