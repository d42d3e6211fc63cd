import type { Logger } from 'pino';
import { isUserError } from '../policy/errors.ts';
import { handleAudit } from './audit.ts';
import { handleCheck } from './check.ts';
import type { CommandContext, Handled } from './command-context.ts';
import { describeFault } from './describe-fault.ts';
import { handleExplain } from './explain.ts';
import { handleRegisterChange } from './grant.ts';
import { handleHelp } from './help.ts';
import { handleListGrants } from './list-grants.ts';
import { parseCommand, type Command } from './parse-command.ts';
import { newFaultReference, presentFault, presentUserError } from './present/error-reply.ts';
import type { Actor, BotRequest, HandleRequest, Reply } from './request.ts';
import { presentHome } from './home.ts';
import { handleStatus } from './status.ts';
import { handleWalkthrough, handleWalkthroughButton } from './walkthrough.ts';

/** Answers questions with the checker's help: loaded (with the rules) on the first question, not for help or a status. */
const handleAsk: typeof import('./ask.ts').handleAsk = async (...args) => (await import('./ask.ts')).handleAsk(...args);

/** The policy in force and its checker; a getter because the policy file can be reloaded while running. */
export interface CurrentPolicy {
  readonly policy: CommandContext['policy'];
  readonly checker: CommandContext['checker'];
}

/** What the router needs: the handlers' context (with the policy read per request), a log and fault references. */
export interface RouterDeps extends Omit<CommandContext, 'policy' | 'checker'> {
  readonly current: () => CurrentPolicy;
  readonly logger: Pick<Logger, 'info' | 'error'>;
  /** A short reference quoted to the person and logged with the fault; random unless a test fixes it. */
  readonly referenceId?: () => string;
}

const contextOf = (deps: RouterDeps): CommandContext => {
  const { policy, checker } = deps.current();
  return { policy, checker, store: deps.store, owners: deps.owners, clock: deps.clock };
};

const runCommand = (command: Command, actor: Actor, context: CommandContext): Promise<Handled> => {
  switch (command.name) {
    case 'check':
      return handleCheck(command.draft, command.account, actor, context);
    case 'explain':
      return handleExplain(command.topic, context);
    case 'ask':
      return handleAsk(command.question, actor, context);
    case 'walkthrough':
      return handleWalkthrough(actor, context);
    case 'grants':
      return handleListGrants(command.user, actor, context);
    case 'grant':
    case 'revoke':
    case 'approve':
    case 'unapprove':
      return handleRegisterChange(command, actor, context);
    case 'status':
      return handleStatus(actor, context);
    case 'audit':
      return handleAudit(command.limit, actor, context);
    case 'help':
      return handleHelp(actor, context);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
};

/** A direct message is a question, except a bare "help", which people type to a bot they do not know yet. */
const isHelpWord = (text: string): boolean => /^\s*help\s*[?!.]?\s*$/i.test(text);

/**
 * The one entry point every adapter calls: decode has happened, this handles and builds the
 * `Reply`. User errors become their message; anything else an apology with a logged reference.
 * Each request logs one line of facts (kind, command, ids, verdict, clauses, duration), never words.
 */
export const createHandleRequest = (deps: RouterDeps): HandleRequest => {
  const reference = deps.referenceId ?? newFaultReference;
  return async (request: BotRequest) => {
    const started = performance.now();
    const context = contextOf(deps);
    const facts: Record<string, unknown> = { kind: request.kind, platform: request.actor.platform, userId: request.actor.userId };
    if (request.actor.workspaceId) facts.workspaceId = request.actor.workspaceId;
    const duration = () => Math.round((performance.now() - started) * 100) / 100;
    try {
      let handled: Handled;
      switch (request.kind) {
        case 'command': {
          const command = parseCommand(request.text);
          facts.command = command.name;
          handled = await runCommand(command, request.actor, context);
          break;
        }
        case 'check-message':
          handled = await handleCheck(request.text, undefined, request.actor, context);
          break;
        case 'direct-message':
          handled = isHelpWord(request.text) ? await handleHelp(request.actor, context) : await handleAsk(request.text, request.actor, context);
          break;
        case 'button':
          facts.actionId = request.actionId;
          handled = await handleWalkthroughButton(request.actionId, request.value, request.actor, context);
          break;
        default: {
          const unreachable: never = request;
          return unreachable;
        }
      }
      deps.logger.info({ ...facts, verdict: handled.verdict, clauses: handled.clauses, durationMs: duration() }, 'handled');
      return handled.reply;
    } catch (error) {
      if (isUserError(error)) {
        deps.logger.info({ ...facts, refused: error.code, durationMs: duration() }, 'refused');
        return presentUserError(error);
      }
      const ref = reference();
      deps.logger.error({ ...facts, ref, fault: describeFault(error), durationMs: duration() }, 'fault');
      return presentFault(ref);
    }
  };
};

/** A person's home page (Slack App Home), with the router's policy, store and fault handling. */
export const createHomeView = (deps: RouterDeps): ((actor: Actor) => Promise<Reply>) => {
  const reference = deps.referenceId ?? newFaultReference;
  return async (actor) => {
    try {
      return await presentHome(actor, contextOf(deps));
    } catch (error) {
      const ref = reference();
      deps.logger.error({ kind: 'home', platform: actor.platform, userId: actor.userId, ref, fault: describeFault(error) }, 'fault');
      return presentFault(ref);
    }
  };
};
