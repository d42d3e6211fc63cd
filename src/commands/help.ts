import { isOwner } from '../policy/grants.ts';
import type { CommandContext, Handled } from './command-context.ts';
import { presentHelp } from './present/help-reply.ts';
import type { Actor } from './request.ts';

/** `help`: every command; owners are told what else they may do. */
export const handleHelp = async (actor: Actor, context: CommandContext): Promise<Handled> => ({
  reply: presentHelp(context.policy, isOwner(context.owners, actor)),
});
