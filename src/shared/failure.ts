// The small set of ways a join can fail before Zoom is involved. Each code maps
// to one translated sentence that says what happened and what to do.

export type FailureCode =
  | 'invalid-meeting'
  | 'meeting-personal-link'
  | 'meeting-not-zoom-link'
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
  | 'internal';
