import { addToTrie, createGrowingTrie } from './growing-trie.ts';

/**
 * How many automaton states the literal gate's literals take, so that it stops taking patterns
 * before its 16-bit states run out. The automaton has at most one state per node of the
 * literals' trie, plus its root (its own trie, over symbols, can only merge nodes). Counting
 * nodes, not characters, lets literals that share a beginning ("confirm", "confide") share it
 * here as they do in the automaton.
 */
export interface LiteralStateBudget {
  /** Whether these literals still fit (an overestimate when they share beginnings among themselves, which is safe). */
  fits(literals: readonly string[]): boolean;
  /** Counts these literals in. */
  take(literals: readonly string[]): void;
}

const MAX_LITERAL_NODES = 0xfffe;

export const createLiteralStateBudget = (maxNodes = MAX_LITERAL_NODES): LiteralStateBudget => {
  const trie = createGrowingTrie();
  const newNodes = (literal: string): number => {
    let node = 0;
    for (let index = 0; index < literal.length; index++) {
      const child = trie.children[node]!.get(literal.charCodeAt(index));
      if (child === undefined) return literal.length - index;
      node = child;
    }
    return 0;
  };
  return {
    fits: (literals) => trie.children.length - 1 + literals.reduce((nodes, literal) => nodes + newNodes(literal), 0) <= maxNodes,
    take: (literals) => {
      for (const literal of literals) addToTrie(trie, literal, 0);
    },
  };
};
