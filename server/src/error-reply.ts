import type { SignatureErrorReply } from '../../src/shared/backend-contract.ts';

/** Builds an error reply in the shape of Zoom's sample, for one property. */
export function errorReply(property: string, reason: string): SignatureErrorReply {
  return { errors: [{ property, reason }] };
}
