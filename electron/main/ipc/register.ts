import { INVOKE_CHANNELS, type InvokeChannel } from '@shared/ipc/channels';
import { wrapHandler, type Handlers, type InvokeEventLike, type SenderPolicy } from './handle';

/** The part of `ipcMain` used here; tests pass a recorder. */
export type IpcMainLike<E> = {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
};

/**
 * Binds every contract channel to its handler through the one wrapper, and nothing else: a channel
 * the contract does not name has no handler, so Electron refuses an invoke on it.
 */
export function registerIpc<E extends InvokeEventLike>(
  ipc: IpcMainLike<E>,
  handlers: Handlers<E>,
  policy: SenderPolicy,
): InvokeChannel[] {
  const bind = <C extends InvokeChannel>(channel: C) =>
    ipc.handle(channel, wrapHandler(channel, handlers[channel], policy));
  for (const channel of INVOKE_CHANNELS) bind(channel);
  return [...INVOKE_CHANNELS];
}
