// Steps the entry-point tests share: remembering a name in Options, serving a web page from the
// fake internet, and reading what the join page asked Zoom.

import { expect } from 'vitest';

import type { CannedResponse } from './fake-internet.ts';
import { OPTIONS_PAGE } from './flows.ts';
import type { ExtensionSession } from './launch-extension.ts';

/** Zoom's meeting-info call, the SDK's first request when it joins. */
export const WC_INFO = 'https://zoom.us/api/v1/wc/info';

/** Saves the name joins use when nobody types one (Options › Defaults). */
export async function rememberName(session: ExtensionSession, name: string): Promise<void> {
  const options = await session.openPage(OPTIONS_PAGE);
  await options.getByLabel('Your name in meetings').fill(name);
  await options.getByLabel('Your name in meetings').press('Enter');
  await options.getByText('Defaults saved.').waitFor();
  await options.close();
}

/** An HTML page, as the fake internet answers it. */
export function htmlPage(body: string): CannedResponse {
  return {
    status: 200,
    contentType: 'text/html',
    body: `<!doctype html><title>Page</title>${body}`,
  };
}

/** Answers the given addresses with pages and drops every other request, as before. */
export function servePages(session: ExtensionSession, pages: Record<string, CannedResponse>) {
  session.setInternetHandler((request) => pages[request.url] ?? 'abort');
}

/**
 * The form of Zoom's meeting-info call number `count` (1 for the first), once the join page has
 * made it; it carries the meeting number, passcode, name and signature the SDK joins with.
 */
export async function waitForMeetingInfo(
  session: ExtensionSession,
  count = 1,
): Promise<URLSearchParams> {
  const calls = () => session.outside.filter((request) => request.url === WC_INFO);
  await expect.poll(() => calls().length, { timeout: 30_000 }).toBeGreaterThanOrEqual(count);

  return new URLSearchParams(calls()[count - 1]?.postData ?? '');
}
