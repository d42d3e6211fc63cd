import type { FoldedText } from '../normalise-text.ts';
import type { Account, Span } from '../types.ts';

/**
 * What a policy document tells the general detectors about its organisation. Detectors are
 * general code; everything specific to one organisation (its names, domains, the words its
 * sector uses) comes from here, so another policy works without a code change.
 */
export interface OrganisationFacts {
  /** The organisation's own names and short names, lower-case ("zrtherapy", "zrt"). */
  readonly names: readonly string[];
  /** Domains the organisation owns; links to them are not "someone else's content". */
  readonly ownDomains: readonly string[];
  /** Extra words per lexicon, from the policy document's `lexicons`, lower-case. */
  readonly lexicon: (name: string) => readonly string[];
}

export interface DetectorContext {
  readonly text: FoldedText;
  readonly account: Account | undefined;
  readonly organisation: OrganisationFacts;
}

/** How a finding's part of the draft could be made safe. */
export type Edit =
  | { readonly kind: 'replace'; readonly with: string }
  | { readonly kind: 'append'; readonly text: string };

/** One thing a detector noticed. The policy document decides which clauses it cites. */
export interface Signal {
  /** `[start, end)` in the ORIGINAL draft. */
  readonly span: Span;
  readonly reason: string;
  readonly edit?: Edit;
}

export interface Detector {
  /** Stable id, used by policy documents to bind the detector to their clauses. */
  readonly id: string;
  /**
   * What it looks for, in a line (shown by `policy validate`, and to staff in a learned finding's
   * reason): name the kind of post, never quote the words it looks for (a slur spelled out is still a slur).
   */
  readonly description: string;
  /**
   * Word prefixes (lower-case, as in the folded text: "torrent", "pirat", "£", "07") at least one
   * of which every draft this detector can flag contains. The checker skips the detector for a
   * draft with none of them. Leave out to run on every draft.
   */
  readonly triggers?: readonly string[];
  detect(context: DetectorContext): readonly Signal[];
  /**
   * True when this detector's precise knowledge contradicts the learned detector's reading of
   * its kind at `span` (original offsets): the model reads the shape of a post, and a rule that
   * can name what the post is about (a professional body, not a rival practice) knows better.
   * Leave out when the rule has nothing to say against the model.
   */
  contradictsLearned?(context: DetectorContext, span: Span): boolean;
}
