/**
 * The one module that talks to the platform. In the browser a save is a download; the desktop
 * shell provides native dialogs through its preload API behind the same functions.
 */
export type SaveResult = 'saved' | 'cancelled';

/** Offers `content` (text or bytes) to the user as a file named `suggestedName`. */
export async function saveFile(
  suggestedName: string,
  content: string | Uint8Array,
  mimeType: string,
): Promise<SaveResult> {
  const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    return 'saved';
  } finally {
    // Give the browser a moment to start the download before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
