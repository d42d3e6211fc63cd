import { userInfo } from 'node:os';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Actor, HandleRequest, Reply, ReplyButton } from '../../commands/request.ts';
import type { ChatAdapter } from '../adapter.ts';
import { renderReply } from './render.ts';
import { toBotRequest, unofferedButton } from './to-request.ts';

export interface ShellAdapterOptions {
  readonly input?: Readable & { isTTY?: boolean };
  readonly output?: Writable & { isTTY?: boolean };
  /** Who is typing; the operating system's user name unless given. */
  readonly userId?: string;
  /** Colour and a prompt; on when both ends are a terminal. */
  readonly interactive?: boolean;
}

export interface ShellAdapter extends ChatAdapter {
  /** Resolves once the input has ended (or stop was called) and every answer has been written. */
  readonly finished: Promise<void>;
}

const PROMPT = 'policy> ';

/** The audit trail accepts letters, digits and . _ @ - in a user id. */
const terminalUser = (): string => {
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    name = process.env.USER ?? 'local';
  }
  return name.replace(/[^A-Za-z0-9._@-]/g, '').slice(0, 64) || 'local';
};

/**
 * The shell: a readline loop on a terminal, or a filter over piped input. Lines are answered one
 * at a time in the order they arrive, so piped answers come out in input order.
 */
export const createShellAdapter = (options: ShellAdapterOptions = {}): ShellAdapter => {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = options.interactive ?? Boolean(input.isTTY && output.isTTY);
  const userId = options.userId ?? terminalUser();
  const actor: Actor = { platform: 'shell', userId, displayName: userId };
  let lines: Interface | undefined;
  let buttons: readonly ReplyButton[] = [];
  let queue: Promise<void> = Promise.resolve();
  let markFinished: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    markFinished = resolve;
  });

  const write = (reply: Reply): void => {
    output.write(`${renderReply(reply, { colour: interactive })}\n\n`);
    buttons = reply.blocks.flatMap((block) => (block.type === 'actions' ? block.buttons : []));
  };

  const answer = async (handle: HandleRequest, line: string): Promise<void> => {
    const unoffered = unofferedButton(line, buttons);
    const request = unoffered === undefined ? toBotRequest(line, actor, buttons) : undefined;
    if (unoffered !== undefined) output.write(`${unoffered}\n\n`);
    if (request) {
      try {
        write(await handle(request));
      } catch {
        // The router turns every failure into a reply; this only keeps one broken line from ending the session.
        output.write('Sorry, something went wrong answering that line.\n\n');
      }
    }
    if (interactive) lines?.prompt();
  };

  return {
    platform: 'shell',
    finished,
    start: async (handle) => {
      lines = createInterface({ input, output, terminal: interactive, crlfDelay: Infinity });
      // A reader that went away (`npm start | head -1`) ends the session instead of crashing it.
      output.on('error', () => lines?.close());
      lines.on('line', (line) => {
        queue = queue.then(() => answer(handle, line));
      });
      lines.on('close', () => {
        void queue.then(markFinished);
      });
      // Ctrl-C at the prompt ends the session like Ctrl-D: answers in progress still finish.
      lines.on('SIGINT', () => lines?.close());
      if (interactive) {
        output.write('Policy bot. Type a question, or /policy help for the commands. Ctrl-D to leave.\n');
        lines.setPrompt(PROMPT);
        lines.prompt();
      }
    },
    stop: async () => {
      lines?.close();
      await queue;
    },
  };
};
