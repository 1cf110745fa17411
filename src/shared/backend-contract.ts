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
}

/** A `200` reply. Backends built on older versions of Zoom's sample omit `sdkKey`. */
export interface SignatureReply {
  signature: string;
  sdkKey?: string;
}

/** One entry of a `400` reply, exactly as Zoom's sample words it. */
export interface SignatureRequestError {
  property: string;
  reason: string;
}

/** A `400` reply. */
export interface SignatureErrorReply {
  errors: SignatureRequestError[];
}
