/**
 * The one module that talks to the platform. In the browser a save is a download; the desktop
 * shell will provide native dialogs through its preload API behind the same functions.
 */
export type SaveResult = 'saved' | 'cancelled';

export async function saveTextFile(suggestedName: string, text: string, mimeType: string): Promise<SaveResult> {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
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
