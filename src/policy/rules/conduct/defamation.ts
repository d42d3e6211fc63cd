import type { Detector, Signal } from '../detector.ts';
import { findNamedParties } from '../named-parties.ts';
import { findAccusations } from './accusations.ts';
import { partyReferredAt } from './party-references.ts';

/**
 * States as fact that a named person or organisation is criminal, fraudulent, dishonest or
 * incompetent ("X are running a scam", "Dr Y has been falsifying notes"). An accusation with
 * nobody named ("feeling like a fraud", "these texts are a scam") is not defamation.
 */
export const defamation: Detector = {
  id: 'defamation',
  description: 'States as fact that a named person or organisation is criminal, fraudulent, dishonest or incompetent.',
  detect: ({ text, organisation }) => {
    const parties = findNamedParties(text, organisation);
    if (parties.length === 0) return [];
    const signals: Signal[] = [];
    for (const accusation of findAccusations(text)) {
      const party = partyReferredAt(text, parties, accusation.foldedStart);
      if (!party) continue;
      signals.push({
        span: accusation.span,
        reason: `States as fact that ${party.name} did wrong ("${text.original.slice(...accusation.span).trim()}"), which could be defamatory.`,
      });
    }
    return signals;
  },
};
