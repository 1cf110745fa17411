// The small set of ways a join can fail before Zoom is involved. Each code maps
// to one translated sentence that says what happened and what to do.

export type FailureCode =
  | 'invalid-meeting'
  | 'meeting-personal-link'
  | 'meeting-not-zoom-link'
  | 'meeting-zoomgov-link'
  | 'invalid-registrant-token'
  | 'invalid-passcode'
  | 'invalid-name'
  | 'no-backend'
  | 'backend-url-invalid'
  | 'backend-permission-missing'
  | 'backend-unreachable'
  | 'backend-rejected'
  | 'backend-bad-reply'
  | 'signature-legacy'
  | 'signature-invalid'
  | 'join-not-found'
  | 'message-refused'
  | 'host-sign-in-required'
  | 'host-not-meeting-host'
  | 'host-meeting-other-account'
  | 'backend-needs-sign-in'
  | 'zoom-session-expired'
  | 'host-token-rejected'
  | 'zoom-sign-in-unavailable'
  | 'zoom-sign-in-failed'
  | 'zoom-api-unavailable'
  | 'internal';

/**
 * What is known about a failure beyond its code, as a code of its own that the
 * UI turns into a translated sentence shown under the message. Text from
 * elsewhere (a backend's reasons, an address) goes in `details` instead.
 */
export type FailureHint =
  | 'backend-timeout'
  | 'network-loopback'
  | 'network-remote'
  | 'meeting-empty'
  | 'meeting-has-letters'
  | 'reply-html'
  | 'reply-empty'
  | 'reply-not-json'
  | 'reply-too-large'
  | 'reply-no-signature'
  | 'reply-signature-malformed'
  | 'reply-sdk-key-invalid'
  | 'url-empty'
  | 'url-no-scheme'
  | 'url-not-a-url'
  | 'url-insecure'
  | 'url-unsupported-scheme'
  | 'url-has-credentials'
  | 'sign-in-closed'
  | 'sign-in-declined'
  | 'sign-in-refused'
  | 'sign-in-mismatch';
