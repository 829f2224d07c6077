import { backupFileName, newestFirst, parseBackupFileName, type BackupInfo } from '@shared/backup/catalog';
import { selectRetained } from '@shared/backup/retention';
import { judgeStartup, type Sentinel } from '@shared/backup/sentinel';
import { INVOKE_CHANNELS, methodName, type InvokeChannel } from '@shared/ipc/channels';
import { CONTRACT, type ParsedRequestOf, type PreloadApi, type ResponseInputOf } from '@shared/ipc/contract';
import { DEFAULT_REMINDER_DAYS } from '@shared/reminders/term-reminders';
import type { FileStore } from './file-store';

/**
 * The platform when Tenure runs as a web page (`npm run web`, the web e2e project): downloads and
 * file inputs instead of native dialogs, and backups plus the sentinel kept by the browser in its
 * Origin Private File System instead of the user-data folder. It answers the same contract as the
 * desktop shell, parsing requests and answers with the same schemas, so the renderer cannot tell
 * the difference except where a feature does not exist (the native menu, OS notifications).
 */
export type WebDeps = {
  store: FileStore;
  now?: () => Date;
  download?: (name: string, content: string | Uint8Array, mimeType: string) => void;
  pickFile?: () => Promise<File | undefined>;
  notifications?: { supported(): boolean; show(title: string, body: string): void };
};

const SENTINEL = 'sentinel.json';
const SETTINGS = 'settings.json';
const SHOWN = 'reminders-shown.json';

type WebHandlers = { [C in InvokeChannel]: (request: ParsedRequestOf<C>) => Promise<ResponseInputOf<C>> };

function localDay(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

async function readJson<T>(store: FileStore, name: string): Promise<T | undefined> {
  const text = await store.read(name);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

export function createWebPlatform(deps: WebDeps): PreloadApi {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());

  async function listBackups(): Promise<BackupInfo[]> {
    return newestFirst((await store.list()).map(parseBackupFileName).filter((b): b is BackupInfo => b !== undefined));
  }

  async function readSentinel(): Promise<Sentinel | undefined> {
    const value = await readJson<Sentinel>(store, SENTINEL);
    return value?.initialised === true && typeof value.lastSeq === 'number' && typeof value.chain === 'string'
      ? value
      : undefined;
  }

  const handlers: WebHandlers = {
    'app:info': async () => ({
      version: import.meta.env?.VITE_APP_VERSION ?? 'web',
      electron: '',
      platform: 'web',
      backupsDir: "this browser's private storage for the page",
    }),
    'file:save': async ({ suggestedName, content, mimeType }) => {
      (deps.download ?? downloadFile)(suggestedName, content, mimeType);
      return { status: 'saved', fileName: suggestedName };
    },
    'file:open': async () => {
      const file = await (deps.pickFile ?? pickFile)();
      return file ? { status: 'opened', fileName: file.name, text: await file.text() } : { status: 'cancelled' };
    },
    'backup:write': async ({ reason, head, workspace }) => {
      let createdAt = now().toISOString();
      const newest = (await listBackups())[0];
      if (newest && newest.createdAt >= createdAt) createdAt = new Date(Date.parse(newest.createdAt) + 1).toISOString();
      const info = { createdAt, reason, ...head };
      const id = backupFileName(info);
      await store.write(id, `${JSON.stringify(workspace)}\n`);
      const { remove } = selectRetained(await listBackups(), localDay(now()), (b) => localDay(new Date(b.createdAt)));
      await Promise.all(remove.map((b) => store.remove(b.id)));
      return { id, ...info };
    },
    'backup:list': () => listBackups(),
    'backup:read': async ({ id }) => {
      const info = parseBackupFileName(id);
      const text = await store.read(id);
      if (!info || text === undefined) throw new Error(`no backup ${id}`);
      return { info, workspace: JSON.parse(text) };
    },
    'sentinel:check': async (state) => judgeStartup(state, await readSentinel(), await listBackups()),
    'sentinel:update': async (head) => {
      const updatedAt = now().toISOString();
      await store.write(SENTINEL, JSON.stringify({ initialised: true, ...head, updatedAt } satisfies Sentinel));
      return { updatedAt };
    },
    'notify:terms': async ({ reminders }) => {
      const notifications = deps.notifications ?? browserNotifications;
      if (!notifications.supported()) return { shown: 0, supported: false };
      const seen = new Set((await readJson<{ keys: string[] }>(store, SHOWN))?.keys ?? []);
      const fresh = reminders.filter((r) => !seen.has(r.key));
      for (const reminder of fresh) notifications.show(reminder.title, reminder.body);
      if (fresh.length > 0)
        await store.write(SHOWN, JSON.stringify({ keys: [...seen, ...fresh.map((r) => r.key)].slice(-5000) }));
      return { shown: fresh.length, supported: true };
    },
    // A web page has no native menu or About box to translate.
    'locale:set': async ({ locale }) => ({ locale }),
    'settings:get': async () => ({
      reminderDays: (await readJson<{ reminderDays: number[] }>(store, SETTINGS))?.reminderDays ?? [
        ...DEFAULT_REMINDER_DAYS,
      ],
    }),
    'settings:set': async ({ reminderDays }) => {
      const days = [...new Set(reminderDays)].sort((a, b) => b - a);
      await store.write(SETTINGS, JSON.stringify({ reminderDays: days }));
      return { reminderDays: days };
    },
  };

  const api: Record<string, unknown> = {};
  for (const channel of INVOKE_CHANNELS) {
    api[methodName(channel)] = async (request?: unknown) => {
      const parsed = CONTRACT[channel].request.safeParse(request);
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'invalid request');
      const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
      return CONTRACT[channel].response.parse(await handler(parsed.data));
    };
  }
  // A web page has no native menu, so nothing ever arrives.
  api.onMenuCommand = () => () => undefined;
  return api as PreloadApi;
}

function downloadFile(suggestedName: string, content: string | Uint8Array, mimeType: string): void {
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
  } finally {
    // Give the browser a moment to start the download before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

function pickFile(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => resolve(input.files?.[0]));
    input.addEventListener('cancel', () => resolve(undefined));
    input.click();
  });
}

const browserNotifications = {
  supported: () => typeof Notification !== 'undefined' && Notification.permission === 'granted',
  show: (title: string, body: string) => void new Notification(title, { body }),
};
