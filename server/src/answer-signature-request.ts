// What `POST /` answers, apart from HTTP. Hono's route (app.ts, also what the Worker runs) and
// Node's direct path (node-signature-path.ts) both call this one function, so the two
// cannot drift apart; each of them only reads the request and writes the reply.

import type { SignatureErrorReply, SignatureReply } from '../../src/shared/backend-contract.ts';
import { authorizeSignature, readCredentials } from './authorize-signature.ts';
import type { ServerConfig } from './config.ts';
import { errorReply } from './error-reply.ts';
import { parseJsonBody } from './parse-json-body.ts';
import { refusalBody, type Refusal } from './refusal.ts';
import type { SignMeeting } from './sign-signature.ts';
import { validateSignatureRequest } from './validate-request.ts';
import { DEFAULT_ZOOM_CONFIG } from './zoom-config.ts';

export type SignatureAnswer =
  | { status: 200; body: SignatureReply }
  | { status: 400 | Refusal['status']; body: SignatureErrorReply };

/**
 * Answers a signature request from its body's text and its `Authorization` header. It throws
 * only on a bug, which the caller answers with a bare 500.
 */
export type AnswerSignatureRequest = (
  bodyText: string,
  authorization: string | undefined,
) => Promise<SignatureAnswer>;

export function createSignatureAnswerer(
  config: ServerConfig,
  sign: SignMeeting,
): AnswerSignatureRequest {
  const zoom = config.zoom ?? DEFAULT_ZOOM_CONFIG;

  return async (bodyText, authorization) => {
    const body = parseJsonBody(bodyText);
    if (!body.ok) return { status: 400, body: errorReply('body', body.reason) };

    const request = validateSignatureRequest(body.value);
    if (!request.ok) return { status: 400, body: { errors: request.errors } };

    const credentials = readCredentials(body.value, authorization);
    if (!credentials.ok) return { status: 400, body: errorReply('session', credentials.reason) };

    const access = await authorizeSignature(zoom, request.value, credentials.credentials);
    if (!access.ok) return { status: access.refusal.status, body: refusalBody(access.refusal) };

    const signature = await sign({
      sdkKey: config.sdkKey,
      sdkSecret: config.sdkSecret,
      ...request.value,
    });
    return { status: 200, body: { signature, sdkKey: config.sdkKey, ...access.grant } };
  };
}
