import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, isInvokeChannel, listenerName, methodName } from './channels';
import { CONTRACT, EVENTS, MAX_FILE_BYTES } from './contract';

describe('the IPC contract', () => {
  it('pairs every channel name with request and response schemas, and nothing more', () => {
    expect(Object.keys(CONTRACT).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.keys(EVENTS).sort()).toEqual([...EVENT_CHANNELS].sort());
  });

  it('names the preload functions after their channels', () => {
    expect(methodName('backup:write')).toBe('backupWrite');
    expect(methodName('app:info')).toBe('appInfo');
    expect(listenerName('menu:command')).toBe('onMenuCommand');
    expect(new Set(INVOKE_CHANNELS.map(methodName)).size).toBe(INVOKE_CHANNELS.length);
  });

  it('knows its channels and no others', () => {
    expect(isInvokeChannel('file:save')).toBe(true);
    for (const other of ['file:delete', 'shell:openExternal', '', 42, undefined, 'FILE:SAVE']) {
      expect(isInvokeChannel(other)).toBe(false);
    }
  });

  it('refuses paths as file names and files too large to be Tenure files', () => {
    const save = CONTRACT['file:save'].request;
    expect(save.safeParse({ suggestedName: 'roster.csv', content: 'a', mimeType: 'text/csv' }).success).toBe(true);
    for (const name of ['../x.csv', 'a/b.csv', 'C:\\x.csv', '', 'x\0.csv']) {
      expect(save.safeParse({ suggestedName: name, content: 'a', mimeType: 'text/csv' }).success, name).toBe(false);
    }
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(save.safeParse({ suggestedName: 'x.bin', content: big, mimeType: 'application/octet-stream' }).success).toBe(
      false,
    );
  });

  it('accepts only backup ids that are backup file names', () => {
    const read = CONTRACT['backup:read'].request;
    expect(read.safeParse({ id: 'tenure-backup-20261127T101500123Z-manual-cabc-s1.tenure.json' }).success).toBe(true);
    for (const id of ['../sentinel.json', 'settings.json', '/etc/passwd', 'tenure-backup-x.tenure.json']) {
      expect(read.safeParse({ id }).success, id).toBe(false);
    }
  });
});
