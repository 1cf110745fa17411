import type { SignatureErrorReply } from '../../src/shared/backend-contract.ts';

/** Builds an error reply in the shape of Zoom's sample, for one property. */
export function errorReply(property: string, reason: string): SignatureErrorReply {
  return { errors: [{ property, reason }] };
}

/**
 * The reply to a request that hit a bug. It says nothing that could help probe the server.
 */
export function internalErrorReply(): SignatureErrorReply {
  return errorReply('server', 'Internal error');
}
