import {
  CONTRACT,
  type IpcErrorCode,
  type IpcResult,
  type ParsedRequestOf,
  type ResponseInputOf,
  type ResponseOf,
} from '@shared/ipc/contract';
import { isInvokeChannel, type InvokeChannel } from '@shared/ipc/channels';

/**
 * The one wrapper every IPC handler goes through (architecture-anchors §2.3, checklist item 17).
 * Before a handler runs it checks that the channel is in the contract, that the message comes from
 * the app's own page in a main frame (never a sub-frame, never another origin), and that the
 * payload parses against the contract; after, that the reply does too. Failures come back as
 * `{ ok: false }` values: Electron would strip a thrown error to its message anyway.
 */

/** The parts of Electron's IpcMainInvokeEvent the checks read, so tests can pass plain objects. */
export type FrameLike = { readonly url: string; readonly parent: FrameLike | null };
export type InvokeEventLike = {
  readonly senderFrame: FrameLike | null | undefined;
  readonly sender: { readonly mainFrame: FrameLike };
};

export type Handler<C extends InvokeChannel, E extends InvokeEventLike = InvokeEventLike> = (
  request: ParsedRequestOf<C>,
  event: E,
) => Promise<ResponseInputOf<C>> | ResponseInputOf<C>;

/** Every channel must have a handler: a missing one is a compile error where the map is built. */
export type Handlers<E extends InvokeEventLike = InvokeEventLike> = { [C in InvokeChannel]: Handler<C, E> };

export type SenderPolicy = {
  /** `scheme://host[:port]` of pages that may call main: app://tenure, plus the dev server in development. */
  readonly allowedOrigins: readonly string[];
  /** Told about every refusal, so an attack or a bug leaves a trace. */
  readonly onRefused?: (channel: string, code: IpcErrorCode, detail: string) => void;
};

/**
 * `scheme://host[:port]` of a URL, parsed with a real URL parser (never `startsWith`). The WHATWG
 * origin of a custom scheme is the opaque "null", so it is built from protocol and host instead.
 */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : undefined;
  } catch {
    return undefined;
  }
}

/** Why a sender is refused, or undefined when it is the app's own main frame. */
export function refuseSender(event: InvokeEventLike, allowedOrigins: readonly string[]): string | undefined {
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame is gone (navigated or destroyed)';
  // A top-level frame has no parent; the identity check also refuses a top frame of another page.
  if (frame.parent !== null || frame !== event.sender.mainFrame) return 'the message comes from a sub-frame';
  const origin = originOf(frame.url);
  if (!origin || !allowedOrigins.includes(origin)) return `the sender's origin ${origin ?? frame.url} is not the app's`;
  return undefined;
}

function failure<T>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}

function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(payload)'}: ${issue.message}`)
    .join('; ');
}

/** Wraps `handler` for `ipcMain.handle(channel, …)`. */
export function wrapHandler<C extends InvokeChannel, E extends InvokeEventLike>(
  channel: C,
  handler: Handler<C, E>,
  policy: SenderPolicy,
): (event: E, ...args: unknown[]) => Promise<IpcResult<ResponseOf<C>>> {
  const refuse = (code: IpcErrorCode, detail: string): IpcResult<ResponseOf<C>> => {
    policy.onRefused?.(channel, code, detail);
    return failure(code, detail);
  };
  return async (event, ...args) => {
    if (!isInvokeChannel(channel)) return refuse('unknown-channel', `unknown channel ${String(channel)}`);
    const refusal = refuseSender(event, policy.allowedOrigins);
    if (refusal) return refuse('forbidden-sender', refusal);
    if (args.length > 1) return refuse('invalid-request', 'expected one request value');
    const request = CONTRACT[channel].request.safeParse(args[0]);
    if (!request.success) return refuse('invalid-request', describeIssues(request.error));
    let result: unknown;
    try {
      result = await handler(request.data as ParsedRequestOf<C>, event);
    } catch (error) {
      return failure('failed', error instanceof Error ? error.message : String(error));
    }
    const response = CONTRACT[channel].response.safeParse(result);
    if (!response.success) return refuse('invalid-response', describeIssues(response.error));
    return { ok: true, data: response.data as ResponseOf<C> };
  };
}
