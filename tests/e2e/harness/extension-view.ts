// Pages of the extension that Playwright does not list among a context's pages, such as the side
// panel and the toolbar popup, as a test reaches them: found and driven through the Chrome
// DevTools Protocol (Target.getTargets, then attachToTarget). Their requests still go through
// the fake internet (the browser's resolver sends every host there).

import type { CDPSession } from 'playwright-core';

import type { ExtensionSession } from './launch-extension.ts';

export interface ExtensionView {
  /** The view's address now (the side panel's changes when it takes a join). */
  url(): Promise<string>;
  /** Runs `expression` (a function's source, called with no arguments) in the view. */
  evaluate<T>(expression: string): Promise<T>;
  /** Console lines of the view that report a Content Security Policy violation. */
  cspViolations: string[];
  /** Sends a DevTools command to the view's own target. */
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  /** Closes the view, as the browser would. */
  close(): Promise<void>;
}

/** What the browser says of each of its targets (pages, panels, popups, workers). */
interface TargetInfo {
  targetId: string;
  url: string;
}

interface TargetReply {
  id?: number;
  method?: string;
  params?: { entry?: { text?: string }; args?: { value?: unknown }[] };
  result?: unknown;
  error?: { message: string };
}

/** A DevTools session on a blank page, for commands about the browser and its targets. */
export async function openBrowserSession(session: ExtensionSession): Promise<CDPSession> {
  const page = await session.context.newPage();
  return session.context.newCDPSession(page);
}

/**
 * Polls the browser's targets until `read` finds what it looks for, and returns that; throws
 * `failure` after `timeoutMs`. Polled rather than awaited as events: what is looked for may
 * have happened before the call.
 */
export async function waitForTargets<T>(
  cdp: CDPSession,
  read: (targets: TargetInfo[]) => T | undefined,
  failure: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;

  for (;;) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const found = read(targetInfos);
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${failure} in ${timeoutMs} ms`);

    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits for the extension to open `pagePath` in a view of its own and attaches to it. */
export async function attachExtensionView(
  session: ExtensionSession,
  cdp: CDPSession,
  pagePath: string,
  timeoutMs = 15_000,
): Promise<ExtensionView> {
  const prefix = `chrome-extension://${session.extensionId}/${pagePath}`;
  const targetId = await waitForTargets(
    cdp,
    (targets) => targets.find((info) => info.url.startsWith(prefix))?.targetId,
    `Nothing opened ${prefix}`,
    timeoutMs,
  );
  // Not flattened: Playwright's CDPSession routes no child sessions, so the view's messages
  // travel inside Target.sendMessageToTarget / receivedMessageFromTarget.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });

  let nextId = 1;
  const waiting = new Map<number, (reply: TargetReply) => void>();
  const cspViolations: string[] = [];

  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;

    const reply = JSON.parse(event.message) as TargetReply; // DevTools protocol JSON.
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);

    const text =
      reply.method === 'Log.entryAdded'
        ? reply.params?.entry?.text
        : reply.method === 'Runtime.consoleAPICalled'
          ? reply.params?.args?.map((arg) => String(arg.value)).join(' ')
          : undefined;
    if (text && /Content Security Policy/i.test(text)) cspViolations.push(text);
  });

  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (reply) => {
        waiting.delete(id);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result);
      });
      void cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch(reject);
    });

  await send('Log.enable');
  await send('Runtime.enable');

  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = (await send('Runtime.evaluate', {
      expression: `(${expression})()`,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value;
  };

  return {
    url: () => evaluate<string>('() => location.href'),
    evaluate,
    cspViolations,
    send,
    close: async () => {
      await cdp.send('Target.closeTarget', { targetId });
    },
  };
}
