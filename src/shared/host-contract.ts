// The wire contract of our backend's routes for hosts and signed-in people, beyond Zoom's
// sample (`POST /`, see backend-contract.ts). Sealed sessions and tokens travel only in POST
// bodies and Authorization headers, never in a URL.

/** `GET oauth/client`: what the extension needs to open Zoom's sign-in page. */
export interface ZoomSignInClient {
  clientId: string;
  /** Zoom's authorize page, e.g. `https://zoom.us/oauth/authorize`. */
  authorizeUrl: string;
}

/** `POST oauth/token`: the code Zoom sent back, with the PKCE verifier that matches it. */
export interface ZoomSignInRequest {
  code: string;
  codeVerifier: string;
  redirectUri: string;
}

/** Who signed in, as Zoom names them. */
export interface ZoomUserSummary {
  displayName: string;
  email: string;
}

/** The `200` reply to `POST oauth/token`. */
export interface ZoomSignInReply {
  /** The person's Zoom tokens, sealed by the backend; only the backend can open it. */
  session: string;
  user: ZoomUserSummary;
}

/** `POST zak`: a fresh ZAK for the signed-in person. */
export interface ZakRequest {
  session: string;
}

/** The `200` reply to `POST zak`. */
export interface ZakReply {
  zak: string;
  /** The sealed session to keep from now on (Zoom may have rotated the refresh token). */
  session: string;
}

/** The `200` reply to `POST host-access`: the `Authorization: Bearer` token is right. */
export interface HostAccessReply {
  valid: true;
}
