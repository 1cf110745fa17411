// The extension's side panel, as a test reaches it. Playwright lists neither the side panel
// among a context's pages nor routes its requests, so the panel is found and driven through
// the Chrome DevTools Protocol: Target.getTargets, then attachToTarget. Its requests still go
// through the fake internet (the browser's resolver sends every host there).

import type { CDPSession } from 'playwright-core';
import { expect } from 'vitest';

import type { ExtensionSession } from './launch-extension.ts';

export const PANEL_PAGE = 'src/join/panel.html';

export interface SidePanel {
  /** The panel's address now (it changes when the panel takes a join). */
  url(): Promise<string>;
  /** Runs `expression` (a function's source, called with no arguments) in the panel. */
  evaluate<T>(expression: string): Promise<T>;
  /** Console lines of the panel that report a Content Security Policy violation. */
  cspViolations: string[];
  /** Sends a DevTools command to the panel's own target. */
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
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

async function findPanelTarget(cdp: CDPSession, extensionId: string): Promise<string> {
  const prefix = `chrome-extension://${extensionId}/${PANEL_PAGE}`;
  let targetId: string | undefined;

  await expect
    .poll(
      async () => {
        const { targetInfos } = await cdp.send('Target.getTargets');
        targetId = targetInfos.find((info) => info.url.startsWith(prefix))?.targetId;
        return targetId !== undefined;
      },
      { timeout: 15_000 },
    )
    .toBe(true);

  return targetId ?? '';
}

/** Waits for the side panel to open and attaches to it. */
export async function attachSidePanel(
  session: ExtensionSession,
  cdp: CDPSession,
): Promise<SidePanel> {
  const targetId = await findPanelTarget(cdp, session.extensionId);
  // Not flattened: Playwright's CDPSession routes no child sessions, so the panel's messages
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
  };
}
