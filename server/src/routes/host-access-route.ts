// `POST /host-access`: tells the extension whether the host access token a person entered is
// the one this backend expects, so Options can say so at once instead of at the next start.

import type { Hono } from 'hono';

import type { HostAccessReply } from '../../../src/shared/host-contract.ts';
import { isHostTokenValid, readBearerToken } from '../check-host-token.ts';
import { REFUSALS, replyRefusal } from '../refusal.ts';
import type { ZoomConfig } from '../zoom-config.ts';

export function addHostAccessRoute(app: Hono, zoom: ZoomConfig): void {
  app.post('/host-access', async (c) => {
    const token = readBearerToken(c.req.header('authorization'));
    if (!(await isHostTokenValid(token, zoom.hostAccessToken))) {
      return replyRefusal(c, REFUSALS.hostTokenInvalid);
    }

    const reply: HostAccessReply = { valid: true };
    return c.json(reply);
  });
}
