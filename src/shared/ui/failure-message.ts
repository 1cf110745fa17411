import { t, type MessageKey } from '../i18n.ts';
import type { Failure } from '../protocol.ts';

const KEYS: Record<Failure['code'], MessageKey> = {
  'invalid-meeting': 'error_invalid_meeting',
  'meeting-personal-link': 'error_meeting_personal_link',
  'meeting-not-zoom-link': 'error_meeting_not_zoom_link',
  'invalid-name': 'error_invalid_name',
  'no-backend': 'error_no_backend',
  'backend-url-invalid': 'error_backend_url_invalid',
  'backend-permission-missing': 'error_backend_permission_missing',
  'backend-unreachable': 'error_backend_unreachable',
  'backend-rejected': 'error_backend_rejected',
  'backend-bad-reply': 'error_backend_bad_reply',
  'signature-legacy': 'error_signature_legacy',
  'signature-invalid': 'error_signature_invalid',
  'join-not-found': 'error_join_not_found',
  'message-refused': 'error_message_refused',
  internal: 'error_internal',
};

/** The sentence a person reads for a failure. */
export function failureMessage(failure: Failure): string {
  return t(KEYS[failure.code]);
}
