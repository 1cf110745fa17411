// The wire contract between the extension and a signature backend.
//
// It is the contract of Zoom's official auth endpoint sample
// (github.com/zoom/meetingsdk-auth-endpoint-sample): `POST /` with a JSON body,
// answered with `{signature, sdkKey}` or `400 {errors: [{property, reason}]}`.
// Keeping to it lets a person point the extension at either backend.

/** 0 joins as attendee; 1 starts the meeting as its host (Zoom also needs the host's ZAK). */
export type MeetingRole = 0 | 1;

/** Bounds of a signature's lifetime that Zoom accepts, in seconds (30 minutes to 48 hours). */
export const MIN_SIGNATURE_SECONDS = 1800;
export const MAX_SIGNATURE_SECONDS = 172800;

/** The body of `POST /`. */
export interface SignatureRequest {
  meetingNumber: string;
  role: MeetingRole;
  expirationSeconds?: number;
  videoWebRtcMode?: 0 | 1;
  /** A signed-in person's sealed Zoom session (see host-contract.ts); not in Zoom's sample. */
  session?: string;
}

/** A `200` reply. Backends built on older versions of Zoom's sample omit `sdkKey`. */
export interface SignatureReply {
  signature: string;
  sdkKey?: string;
  /** The host's (role 1) or signed-in person's ZAK, when the backend has one. */
  zak?: string;
  /** The sealed session to keep instead of the one sent, when Zoom rotated its tokens. */
  session?: string;
}

/** One entry of a `400` reply, exactly as Zoom's sample words it. */
export interface SignatureRequestError {
  property: string;
  reason: string;
}

/** A `400` reply. */
export interface SignatureErrorReply {
  errors: SignatureRequestError[];
  /** Why a host start or a sign-in was refused, for the extension to explain (ours only). */
  code?: HostRefusalCode;
}

/** The reasons our backend gives for refusing a host start or a sign-in. */
export type HostRefusalCode =
  | 'not_authenticated'
  | 'host_token_invalid'
  | 'session_expired'
  | 'sign_in_required'
  | 'sign_in_unavailable'
  | 'not_meeting_host'
  | 'meeting_not_in_account'
  | 'zoom_unavailable';
