import { z } from 'zod';
import { BACKUP_REASONS, CHAIN_ID_LENGTH, parseBackupFileName } from '../backup/catalog';
import { MAX_REMINDER_DAYS } from '../reminders/term-reminders';
import { SHARED_LOCALES } from '../i18n/translate';
import { parseWorkspace } from '../workspace/parse';
import type { Workspace } from '../workspace/schema';
import type { EventChannel, InvokeChannel, ListenerName, MethodName } from './channels';

/**
 * The one IPC contract: for every channel, a runtime schema for what the page may send and for
 * what main answers. Types vanish at the process boundary, so main parses every request and every
 * result against these before a handler runs or a reply leaves; the preload API and the renderer's
 * bridge types are derived from this map, never written by hand.
 */

const MB = 1024 * 1024;
/** Files bigger than this are not Tenure files: refuse before reading them into memory. */
export const MAX_FILE_BYTES = 64 * MB;

const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name), 'a file name, not a path');

const head = z.strictObject({
  chain: z.string().regex(new RegExp(`^[0-9a-f]{0,${CHAIN_ID_LENGTH}}$`)),
  lastSeq: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
});

const isoDateTime = z.iso.datetime();

/** A workspace crossing the boundary is checked by the same reader that checks an imported file. */
const workspace = z.custom<Workspace>().transform((value, ctx) => {
  const result = parseWorkspace(value);
  if (result.ok) return result.workspace;
  for (const problem of result.errors.slice(0, 5)) {
    ctx.addIssue({ code: 'custom', message: `${problem.path || '(the file)'}: ${problem.message}` });
  }
  return z.NEVER;
});

const backupInfo = head.extend({
  id: z.string().refine((id) => parseBackupFileName(id) !== undefined, 'a backup file name'),
  createdAt: isoDateTime,
  reason: z.enum(BACKUP_REASONS),
});

const restoreVerdict = z.strictObject({
  kind: z.enum(['wiped', 'behind']),
  restore: backupInfo.optional(),
  lostChanges: z.int().min(0).nullable(),
  expectedSeq: z.int().min(0),
});

const reminderDays = z.array(z.int().min(0).max(MAX_REMINDER_DAYS)).max(8);

const none = z.undefined();

export const CONTRACT = {
  'app:info': {
    request: none,
    response: z.strictObject({
      version: z.string(),
      electron: z.string(),
      platform: z.string(),
      backupsDir: z.string(),
    }),
  },
  /** The page's language, for what main itself says: the native menu and the About box. */
  'locale:set': {
    request: z.strictObject({ locale: z.enum(SHARED_LOCALES) }),
    response: z.strictObject({ locale: z.enum(SHARED_LOCALES) }),
  },
  'file:save': {
    request: z.strictObject({
      suggestedName: fileName,
      content: z.union([
        z.string().max(MAX_FILE_BYTES),
        z.custom<Uint8Array>((b) => b instanceof Uint8Array && b.byteLength <= MAX_FILE_BYTES, 'bytes'),
      ]),
      mimeType: z.string().max(100),
    }),
    response: z.strictObject({ status: z.enum(['saved', 'cancelled']), fileName: fileName.optional() }),
  },
  'file:open': {
    /** Main chooses the dialog's filters from the purpose; the page cannot ask for arbitrary paths. */
    request: z.strictObject({ purpose: z.enum(['workspace']) }),
    response: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('opened'), fileName, text: z.string().max(MAX_FILE_BYTES) }),
      z.strictObject({ status: z.literal('cancelled') }),
    ]),
  },
  'backup:write': {
    request: z.strictObject({ reason: z.enum(BACKUP_REASONS), head, workspace }),
    response: backupInfo,
  },
  'backup:list': { request: none, response: z.array(backupInfo) },
  'backup:read': {
    request: z.strictObject({ id: backupInfo.shape.id }),
    response: z.strictObject({ info: backupInfo, workspace }),
  },
  'sentinel:check': {
    request: head.extend({ empty: z.boolean() }),
    response: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.enum(['first-run', 'intact', 'adopted']) }),
      restoreVerdict,
    ]),
  },
  'sentinel:update': { request: head, response: z.strictObject({ updatedAt: isoDateTime }) },
  'notify:terms': {
    request: z.strictObject({
      reminders: z
        .array(
          z.strictObject({ key: z.string().min(1).max(300), title: z.string().max(300), body: z.string().max(1000) }),
        )
        .max(500),
    }),
    response: z.strictObject({ shown: z.int().min(0), supported: z.boolean() }),
  },
  'settings:get': { request: none, response: z.strictObject({ reminderDays }) },
  'settings:set': { request: z.strictObject({ reminderDays }), response: z.strictObject({ reminderDays }) },
} satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

export const MENU_COMMANDS = ['import', 'export', 'backup-now', 'restore', 'reminders'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const EVENTS = {
  'menu:command': z.enum(MENU_COMMANDS),
} satisfies Record<EventChannel, z.ZodType>;

export type Contract = typeof CONTRACT;
/** What the page sends on a channel (before parsing). */
export type RequestOf<C extends InvokeChannel> = z.input<Contract[C]['request']>;
/** What a handler receives: the request after parsing. */
export type ParsedRequestOf<C extends InvokeChannel> = z.output<Contract[C]['request']>;
/** What a handler returns (before main checks it). */
export type ResponseInputOf<C extends InvokeChannel> = z.input<Contract[C]['response']>;
/** What the page receives. */
export type ResponseOf<C extends InvokeChannel> = z.output<Contract[C]['response']>;
export type EventOf<E extends EventChannel> = z.output<(typeof EVENTS)[E]>;

/** What crosses the wire from main: a value or an error the page can show, never a thrown stack. */
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: { code: IpcErrorCode; message: string } };
export type IpcErrorCode = 'forbidden-sender' | 'unknown-channel' | 'invalid-request' | 'invalid-response' | 'failed';

type Invoker<C extends InvokeChannel> =
  RequestOf<C> extends undefined ? () => Promise<ResponseOf<C>> : (request: RequestOf<C>) => Promise<ResponseOf<C>>;

/** `window.tenure`: one named function per channel, one listener registration per event. */
export type PreloadApi = { [C in InvokeChannel as MethodName<C>]: Invoker<C> } & {
  [E in EventChannel as ListenerName<E>]: (listener: (value: EventOf<E>) => void) => () => void;
};
