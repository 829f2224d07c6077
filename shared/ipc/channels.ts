/**
 * Every IPC channel by name, `domain:verb` (Electron ipc.md). This file has no dependencies so the
 * sandboxed preload can import it without pulling in the schemas; contract.ts pairs each name with
 * its runtime schemas and a test keeps the two lists identical.
 */
export const INVOKE_CHANNELS = [
  'app:info',
  'locale:set',
  'file:save',
  'file:open',
  'backup:write',
  'backup:list',
  'backup:read',
  'sentinel:check',
  'sentinel:update',
  'notify:terms',
  'settings:get',
  'settings:set',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** Messages main sends to the page (menu clicks); the page only ever receives their values. */
export const EVENT_CHANNELS = ['menu:command'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** `file:save` → `fileSave`: the name of the preload function for a channel. */
export type MethodName<C extends string> = C extends `${infer Domain}:${infer Verb}`
  ? `${Domain}${Capitalize<Verb>}`
  : never;
/** `menu:command` → `onMenuCommand`. */
export type ListenerName<C extends string> = `on${Capitalize<MethodName<C>>}`;

export function methodName<C extends string>(channel: C): MethodName<C> {
  const [domain = '', verb = ''] = channel.split(':');
  return `${domain}${verb.charAt(0).toUpperCase()}${verb.slice(1)}` as MethodName<C>;
}

export function listenerName<C extends string>(channel: C): ListenerName<C> {
  const method = methodName(channel);
  return `on${method.charAt(0).toUpperCase()}${method.slice(1)}` as ListenerName<C>;
}

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}

/** The global the preload exposes the API on: `window.tenure`. */
export const PRELOAD_GLOBAL = 'tenure';
