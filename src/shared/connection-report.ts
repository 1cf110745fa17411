import type { ClaimProblem } from './check-signature-reply.ts';
import type { Failure } from './protocol.ts';

/** What asking for a host (role 1) signature, with no sign-in and no token, showed. */
export type HostStartCheck =
  /** The backend signed it; `zak` says whether the host's ZAK came along, as Zoom needs. */
  | { kind: 'signs'; zak: boolean; problems: ClaimProblem[] }
  /** The backend asked for a Zoom sign-in or its host access token first. */
  | { kind: 'needs-sign-in' }
  /** The backend will not start meetings at all; `failure` says how it refused. */
  | { kind: 'unavailable'; failure: Failure }
  /** The second request failed, so nothing is known. */
  | { kind: 'unknown'; failure: Failure };

/** What "Test connection" learned from a backend that answered with a signature. */
export interface ConnectionReport {
  /** The SDK key the backend signs with (public: Zoom's SDK sends it too). */
  sdkKey?: string;
  /**
   * Backend clock minus this computer's clock, in whole seconds, read from the `iat` of its
   * signature; absent when `iat` is not a number of seconds.
   */
  clockOffsetSeconds?: number;
  /** How long the backend's signatures stay valid, in seconds, when `iat` and `exp` say. */
  lifetimeSeconds?: number;
  /** What Zoom would refuse in an attendee signature; empty when it passes every check. */
  problems: ClaimProblem[];
  host: HostStartCheck;
}
