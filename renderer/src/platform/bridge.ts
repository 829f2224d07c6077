import type { PreloadApi } from '@shared/ipc/contract';
import { PRELOAD_GLOBAL } from '@shared/ipc/channels';
import { opfsStore } from './file-store';
import { createWebPlatform } from './web-platform';

/**
 * The one module that talks to the platform. Inside the desktop shell that is the preload's
 * `window.tenure` (typed from the IPC contract); in a browser it is the web implementation, which
 * answers the same contract with downloads, file inputs and the browser's private file storage.
 */
export type SaveResult = 'saved' | 'cancelled';

let chosen: PreloadApi | undefined;

/** The platform API: the desktop shell's when present, else the web one. Tests may swap it. */
export function platform(): PreloadApi {
  chosen ??= desktopApi() ?? createWebPlatform({ store: opfsStore('tenure') });
  return chosen;
}

export function isDesktop(): boolean {
  return desktopApi() !== undefined;
}

/** For tests: run the renderer against a fake platform. */
export function usePlatformForTests(api: PreloadApi | undefined): void {
  chosen = api;
}

function desktopApi(): PreloadApi | undefined {
  return typeof window === 'undefined'
    ? undefined
    : ((window as unknown as Record<string, PreloadApi | undefined>)[PRELOAD_GLOBAL] ?? undefined);
}

/** Offers `content` (text or bytes) to the user as a file named `suggestedName`. */
export async function saveFile(
  suggestedName: string,
  content: string | Uint8Array,
  mimeType: string,
): Promise<SaveResult> {
  return (await platform().fileSave({ suggestedName, content, mimeType })).status;
}

/** Asks the user for a workspace file; undefined when they cancel. */
export async function openWorkspaceFile(): Promise<{ fileName: string; text: string } | undefined> {
  const result = await platform().fileOpen({ purpose: 'workspace' });
  return result.status === 'opened' ? { fileName: result.fileName, text: result.text } : undefined;
}
