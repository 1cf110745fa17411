// Who may have which signature, and the ZAK that goes with it. Zoom starts a meeting only with
// a role 1 signature and the host's ZAK, so a role 1 request is answered with both or refused
// with a reason; a signature that is bound to fail is never handed out.

import type { MeetingRole } from '../../src/shared/backend-contract.ts';
import { isHostTokenValid, readBearerToken } from './check-host-token.ts';
import { REFUSALS, type Refusal } from './refusal.ts';
import { openUserSession, refusalFor } from './user-session.ts';
import { getMeetingHost, getZak, requestAccountToken, ZoomApiError } from './zoom-client.ts';
import type { ZoomConfig } from './zoom-config.ts';

export interface Credentials {
  /** A sealed session from the request body. */
  session?: string;
  /** The `Authorization: Bearer` token, meant to be the shared host access token. */
  bearer?: string;
}

/** What goes into the reply beside the signature. */
export interface Grant {
  zak?: string;
  /** The sealed session the person should keep from now on. */
  session?: string;
}

export type Authorization = { ok: true; grant: Grant } | { ok: false; refusal: Refusal };

/** Decides whether `request` may be signed, and fetches the ZAK that should go with it. */
export async function authorizeSignature(
  zoom: ZoomConfig,
  request: { meetingNumber: string; role: MeetingRole },
  credentials: Credentials,
): Promise<Authorization> {
  try {
    if (credentials.session !== undefined) {
      return await forSignedInUser(zoom, request, credentials.session);
    }

    return await forOthers(zoom, request, credentials.bearer);
  } catch (error) {
    return { ok: false, refusal: refusalFor(error, credentials.session !== undefined) };
  }
}

/** A signed-in person: their own ZAK, to join as themselves (0) or start their meeting (1). */
async function forSignedInUser(
  zoom: ZoomConfig,
  request: { meetingNumber: string; role: MeetingRole },
  sealed: string,
): Promise<Authorization> {
  const opened = await openUserSession(zoom, sealed);
  if (!opened.ok) return opened;

  if (request.role === 1) {
    const isHost = await hostsMeeting(
      zoom,
      opened.accessToken,
      opened.userId,
      request.meetingNumber,
    );
    if (!isHost) return { ok: false, refusal: REFUSALS.notMeetingHost };
  }

  const zak = await getZak(zoom, opened.accessToken, 'me');
  return { ok: true, grant: { zak, session: opened.sealed } };
}

/** Anyone else: the shared host access token, and account mode for role 1. */
async function forOthers(
  zoom: ZoomConfig,
  request: { meetingNumber: string; role: MeetingRole },
  bearer: string | undefined,
): Promise<Authorization> {
  if (bearer !== undefined && !(await isHostTokenValid(bearer, zoom.hostAccessToken))) {
    return { ok: false, refusal: REFUSALS.hostTokenInvalid };
  }

  const authenticated = bearer !== undefined;
  if (request.role === 0) {
    const open = zoom.attendeeSignatures === 'open' || authenticated;
    return open
      ? { ok: true, grant: {} }
      : { ok: false, refusal: REFUSALS.attendeeNotAuthenticated };
  }

  if (!authenticated) return { ok: false, refusal: REFUSALS.notAuthenticated };
  if (!zoom.account) return { ok: false, refusal: REFUSALS.signInRequired };

  const accountToken = await requestAccountToken(zoom, zoom.account);
  const hostId = await findHost(zoom, accountToken, request.meetingNumber);
  if (hostId === undefined) return { ok: false, refusal: REFUSALS.meetingNotInAccount };

  return { ok: true, grant: { zak: await getZak(zoom, accountToken, hostId) } };
}

async function hostsMeeting(
  zoom: ZoomConfig,
  accessToken: string,
  userId: string,
  meetingNumber: string,
): Promise<boolean> {
  // TODO(alternative hosts): Zoom also lets an alternative host start with their own ZAK;
  // telling them apart needs the meeting's settings, which this check does not read yet.
  return (await findHost(zoom, accessToken, meetingNumber)) === userId;
}

/** The meeting's host, or undefined when the token cannot see the meeting. */
async function findHost(
  zoom: ZoomConfig,
  accessToken: string,
  meetingNumber: string,
): Promise<string | undefined> {
  try {
    return await getMeetingHost(zoom, accessToken, meetingNumber);
  } catch (error) {
    if (error instanceof ZoomApiError && error.problem === 'not-found') return undefined;
    throw error;
  }
}

const MAX_SESSION_CHARS = 8192;

const SESSION_REASON = `session must be the text this backend sealed, at most ${MAX_SESSION_CHARS} characters`;

/**
 * The credentials of a signature request: a sealed session in the body, a bearer token. A
 * `session` that is there but not a sealed session's text is refused: ignoring it would sign
 * as for nobody, and the person would join without their ZAK without being told.
 */
export function readCredentials(
  body: unknown,
  authorization: string | undefined,
): { ok: true; credentials: Credentials } | { ok: false; reason: string } {
  const session =
    typeof body === 'object' && body !== null && 'session' in body ? body.session : undefined;
  const validSession =
    typeof session === 'string' && session !== '' && session.length <= MAX_SESSION_CHARS;
  if (session !== undefined && !validSession) return { ok: false, reason: SESSION_REASON };

  const bearer = readBearerToken(authorization);
  return {
    ok: true,
    credentials: {
      ...(validSession ? { session } : {}),
      ...(bearer === undefined ? {} : { bearer }),
    },
  };
}
