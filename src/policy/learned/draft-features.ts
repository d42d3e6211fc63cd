import type { Account } from '../types.ts';
import { scanTokens, STEM_LENGTH, tokensOf, type FeatureFacts, type Token, type TokenSink } from './draft-tokens.ts';
import { FNV_OFFSET, hashCode, hashText } from './feature-hash.ts';

export { tokensOf, type FeatureFacts, type Token } from './draft-tokens.ts';

/**
 * The words a learned model sees in a draft. Rules catch the exact wording they were written
 * for; the model generalises from examples, so its features are deliberately coarse: words,
 * their stems, neighbouring pairs, and shapes ("a sum of money", "a clock time", "our own
 * name") instead of the literal values, which would never repeat from one draft to the next.
 */

const factsByDocument = new WeakMap<object, FeatureFacts>();

/** The features' facts for a policy document: its organisation's names, lower-case. Built once per document. */
export const featureFactsOf = (document: { readonly organisation: { readonly name: string; readonly aliases: readonly string[] } }): FeatureFacts => {
  let facts = factsByDocument.get(document);
  if (!facts) factsByDocument.set(document, (facts = { names: [document.organisation.name, ...document.organisation.aliases].map((name) => name.toLowerCase()) }));
  return facts;
};

/** The account a draft is for, as a feature: the same words mean different things on each. */
export const accountFeature = (account: Account | undefined): string => (account === undefined ? '#account:none' : `#account:${account}`);

/**
 * Features of one run of tokens: each word, its stem (its first letters, so "incompetent" and
 * "incompetence" share one), and each pair of neighbouring stems. Emits into `out` with the
 * index of the token each feature belongs to, for attributing a decision to a sentence.
 */
export const featuresOfTokens = (tokens: readonly Token[], emit: (feature: string, tokenIndex: number) => void): void => {
  let previousStem = '#start';
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index]!.text;
    const stem = hasStem(word.length, word.charCodeAt(0)) ? `${word.slice(0, STEM_LENGTH)}~` : word;
    emit(word, index);
    if (stem !== word) emit(stem, index);
    emit(`${previousStem} ${stem}`, index);
    previousStem = stem;
  }
};

/**
 * Every feature of a draft, repeated as often as it occurs: what training sees, and what
 * prediction adds up one by one without building this list.
 */
export const draftFeatures = (folded: string, account: Account | undefined, facts: FeatureFacts): string[] => {
  const features = [accountFeature(account)];
  featuresOfTokens(tokensOf(folded, facts), (feature) => features.push(feature));
  return features;
};

const SPACE = 32;
const HASH_MARK = 35; // "#": shapes and #org have no stem
/** Words longer than a stem and a letter have one ("incompetent" → "incom~"); shapes and #org never do. */
const hasStem = (length: number, firstCharCode: number): boolean => length > STEM_LENGTH + 1 && firstCharCode !== HASH_MARK;
const STEM_MARK = 126; // "~"
/** The pair of a draft's first token begins with '#start' and a space. */
const START_PAIR = hashText('#start ');

/**
 * Exactly the features of `draftFeatures` (or of `featuresOfTokens`), as `hashText` of each
 * feature's text, computed without building the strings: what the checker reads on every draft.
 * Each feature comes with the index of its token (-1 for the account's). Reused from draft to
 * draft: its arrays are valid up to `count` (features) and `tokenCount` (tokens).
 */
export class FeatureHashes implements TokenSink {
  hashes: Int32Array = new Int32Array(64);
  tokenOf: Int32Array = new Int32Array(64);
  tokenStarts: Int32Array = new Int32Array(32);
  count = 0;
  tokenCount = 0;
  /** Different words among the tokens, counted up to three ("a a a a" has one): more is not needed. */
  distinctWords = 0;
  private firstWord = 0;
  private secondWord = 0;
  private folded = '';
  /** Where the next token's pair feature starts: the previous token's stem and a space. */
  pairStart = START_PAIR;

  /** Reads a folded draft's features, the account's first, replacing the last draft's. */
  read(folded: string, account: Account | undefined, facts: FeatureFacts): this {
    this.restart(folded);
    this.add(accountFeatureHash(account), -1);
    scanTokens(folded, facts, this);
    return this;
  }

  /** Forgets the last draft; the next tokens are the first of `folded`. */
  restart(folded: string): void {
    this.folded = folded;
    this.count = 0;
    this.tokenCount = 0;
    this.distinctWords = 0;
    this.pairStart = START_PAIR;
  }

  tokenInPlace(start: number, end: number, hash: number, stemState: number, pairState: number): void {
    if (hasStem(end - start, this.folded.charCodeAt(start))) this.token(start, hash, true, hashCode(stemState, STEM_MARK), hashCode(pairState, STEM_MARK));
    else this.token(start, hash, false, hash, pairState);
  }

  tokenAsText(text: string, start: number): void {
    const hash = hashText(text);
    const pairStart = this.pairStart;
    if (hasStem(text.length, text.charCodeAt(0))) {
      this.token(start, hash, true, hashCode(hashText(text, FNV_OFFSET, STEM_LENGTH), STEM_MARK), hashCode(hashText(text, pairStart, STEM_LENGTH), STEM_MARK));
    } else {
      this.token(start, hash, false, hash, hashText(text, pairStart));
    }
  }

  /** One token's features: its word, its stem when it has one, and the pair of its stem with the previous token's. */
  private token(start: number, wordHash: number, hasStem: boolean, stemHash: number, pairHash: number): void {
    const token = this.tokenCount++;
    if (this.distinctWords < 3) this.countDistinct(wordHash);
    if (token === this.tokenStarts.length) this.tokenStarts = grown(this.tokenStarts);
    this.tokenStarts[token] = start;
    this.add(wordHash, token);
    if (hasStem) this.add(stemHash, token);
    this.add(pairHash, token);
    this.pairStart = hashCode(stemHash, SPACE);
  }

  private countDistinct(wordHash: number): void {
    if (this.distinctWords === 0) this.firstWord = wordHash;
    else if (wordHash === this.firstWord || (this.distinctWords === 2 && wordHash === this.secondWord)) return;
    else if (this.distinctWords === 1) this.secondWord = wordHash;
    this.distinctWords += 1;
  }

  private add(hash: number, token: number): void {
    if (this.count === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.tokenOf = grown(this.tokenOf);
    }
    this.hashes[this.count] = hash;
    this.tokenOf[this.count++] = token;
  }
}

const grown = (array: Int32Array): Int32Array => {
  const larger = new Int32Array(2 * array.length);
  larger.set(array);
  return larger;
};

/** `FeatureHashes` of a list of tokens (no account feature), one feature at a time: its hash and its token's index. */
export const featureHashesOfTokens = (tokens: readonly Token[], emit: (hash: number, tokenIndex: number) => void): void => {
  const features = new FeatureHashes();
  features.restart('');
  for (const { text, start } of tokens) features.tokenAsText(text, start);
  for (let index = 0; index < features.count; index++) emit(features.hashes[index]!, features.tokenOf[index]!);
};

const ACCOUNT_HASHES = new Map<Account | undefined, number>(
  ([undefined, 'company', 'personal'] as const).map((account) => [account, hashText(accountFeature(account))]),
);

/** `hashText(accountFeature(account))`, computed once. */
export const accountFeatureHash = (account: Account | undefined): number => ACCOUNT_HASHES.get(account)!;
