/**
 * The one way a mutation writes: run the command, then drop what its declaration says it changed
 * (`changes` of `room(...args)`), in the shared cache and in this request's loaders.
 */
import type { WriteCommand } from '../commands/command';
import type { Context } from './context';

export async function write<A extends unknown[], R>(ctx: Context, cmd: WriteCommand<A, R>, ...args: A): Promise<R> {
  const result = await ctx.client.call(cmd, ...args);
  if (cmd.changes.length > 0) await ctx.changed(cmd.room(...args), cmd.changes);
  return result;
}
