// `POST /zak`: a fresh ZAK for the signed-in person, for clients that sign elsewhere. The
// extension itself gets its ZAK with the signature from `POST /`, in one round trip.

import type { Hono } from 'hono';
import { z } from 'zod';

import type { ZakReply } from '../../../src/shared/host-contract.ts';
import { replyRefusal } from '../refusal.ts';
import { openUserSession, refusalFor } from '../user-session.ts';
import { getZak } from '../zoom-client.ts';
import type { ZoomConfig } from '../zoom-config.ts';
import { readBody } from './read-body.ts';

const MAX_SESSION_CHARS = 8192;

const zakRequest = z.object({ session: z.string().min(1).max(MAX_SESSION_CHARS) });

export function addZakRoute(app: Hono, zoom: ZoomConfig): void {
  app.post('/zak', async (c) => {
    const body = await readBody(c, zakRequest);
    if (!body.ok) return body.response;

    const opened = await openUserSession(zoom, body.value.session);
    if (!opened.ok) return replyRefusal(c, opened.refusal);

    try {
      const reply: ZakReply = {
        zak: await getZak(zoom, opened.accessToken, 'me'),
        session: opened.sealed,
      };
      return c.json(reply);
    } catch (error) {
      return replyRefusal(c, refusalFor(error, true));
    }
  });
}
