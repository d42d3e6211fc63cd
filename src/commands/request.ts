/** The contract between a platform and the bot (architecture.md): every platform detail translated away. */

export type Platform = 'slack' | 'discord' | 'shell';

export interface Actor {
  readonly platform: Platform;
  readonly userId: string;
  readonly workspaceId?: string;
  readonly displayName?: string;
}

/** What a person asked for. */
export type BotRequest =
  /** "check …", "explain …", "grant …": the text after `/policy`. */
  | { readonly kind: 'command'; readonly actor: Actor; readonly text: string }
  /** Slack message shortcut / Discord message context menu: check that message's text. */
  | { readonly kind: 'check-message'; readonly actor: Actor; readonly text: string }
  /** A direct message to the bot: a question. */
  | { readonly kind: 'direct-message'; readonly actor: Actor; readonly text: string }
  /** A button in an earlier reply (walkthrough steps). */
  | { readonly kind: 'button'; readonly actor: Actor; readonly actionId: string; readonly value: string };

export interface ReplyButton {
  readonly actionId: string;
  readonly label: string;
  readonly value: string;
  readonly style?: 'primary' | 'danger';
}

/** The pieces a reply is made of; each adapter renders them its own way. */
export type ReplyBlock =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'text'; readonly text: string }
  /** The policy's own words, verbatim. */
  | { readonly type: 'quote'; readonly text: string; readonly source?: string }
  | {
      readonly type: 'finding';
      /** The clause id; one signal citing several clauses names them all, comma-separated. */
      readonly clause: string;
      readonly severity: 'stop' | 'caution';
      readonly reason: string;
      /** The part of the draft that triggered it. */
      readonly excerpt: string;
      readonly rewrite?: string;
    }
  | { readonly type: 'fields'; readonly fields: readonly { readonly label: string; readonly value: string }[] }
  | { readonly type: 'actions'; readonly buttons: readonly ReplyButton[] }
  | { readonly type: 'context'; readonly text: string };

/** What the bot answers. */
export interface Reply {
  /** private = ephemeral (or in the DM already). */
  readonly visibility: 'private' | 'shared';
  readonly blocks: readonly ReplyBlock[];
  /** Plain text carrying the verdict word and every clause id cited (notifications, screen readers, logs of tests). */
  readonly fallbackText: string;
}

export type HandleRequest = (request: BotRequest) => Promise<Reply>;
