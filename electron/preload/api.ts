import { EVENT_CHANNELS, INVOKE_CHANNELS, listenerName, methodName } from '@shared/ipc/channels';
import type { IpcResult, PreloadApi } from '@shared/ipc/contract';

/** The parts of `ipcRenderer` the API uses; tests pass a recorder. */
export type IpcRendererLike = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
};

/**
 * Builds `window.tenure` from the contract's channel list: one named function per channel that
 * sends exactly one value, and one listener registration per event that hands the page the value
 * only, never the IpcRendererEvent (whose `sender` would leak ipcRenderer). Nothing else is exposed.
 */
export function buildPreloadApi(ipc: IpcRendererLike): PreloadApi {
  const api: Record<string, unknown> = {};
  for (const channel of INVOKE_CHANNELS) {
    api[methodName(channel)] = async (request?: unknown) => {
      const result = (await ipc.invoke(channel, request)) as IpcResult<unknown>;
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    };
  }
  for (const channel of EVENT_CHANNELS) {
    api[listenerName(channel)] = (listener: (value: unknown) => void) => {
      const forward = (_event: unknown, value: unknown) => listener(value);
      ipc.on(channel, forward);
      return () => void ipc.removeListener(channel, forward);
    };
  }
  return Object.freeze(api) as PreloadApi;
}
