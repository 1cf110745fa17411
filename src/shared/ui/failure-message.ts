import { t, type MessageKey } from '../i18n.ts';
import type { Failure } from '../protocol.ts';

const KEYS: Record<Failure['code'], MessageKey> = {
  'invalid-meeting': 'error_invalid_meeting',
  'meeting-personal-link': 'error_meeting_personal_link',
  'meeting-not-zoom-link': 'error_meeting_not_zoom_link',
  'meeting-zoomgov-link': 'error_meeting_zoomgov_link',
  'invalid-registrant-token': 'error_invalid_registrant_token',
  'invalid-passcode': 'error_invalid_passcode',
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
  'host-sign-in-required': 'error_host_sign_in_required',
  'host-not-meeting-host': 'error_host_not_meeting_host',
  'host-meeting-other-account': 'error_host_meeting_other_account',
  'backend-needs-sign-in': 'error_backend_needs_sign_in',
  'zoom-session-expired': 'error_zoom_session_expired',
  'host-token-rejected': 'error_host_token_rejected',
  'zoom-sign-in-unavailable': 'error_zoom_sign_in_unavailable',
  'zoom-sign-in-failed': 'error_zoom_sign_in_failed',
  'zoom-api-unavailable': 'error_zoom_api_unavailable',
  internal: 'error_internal',
};

/** The sentence a person reads for a failure. */
export function failureMessage(failure: Failure): string {
  return t(KEYS[failure.code]);
}

const HINT_KEYS: Record<NonNullable<Failure['hint']>, MessageKey> = {
  'backend-timeout': 'error_hint_backend_timeout',
  'network-loopback': 'error_hint_network_loopback',
  'network-remote': 'error_hint_network_remote',
  'meeting-empty': 'error_hint_meeting_empty',
  'meeting-has-letters': 'error_hint_meeting_has_letters',
  'reply-html': 'error_hint_reply_html',
  'reply-empty': 'error_hint_reply_empty',
  'reply-not-json': 'error_hint_reply_not_json',
  'reply-too-large': 'error_hint_reply_too_large',
  'reply-no-signature': 'error_hint_reply_no_signature',
  'reply-signature-malformed': 'error_hint_reply_signature_malformed',
  'reply-sdk-key-invalid': 'error_hint_reply_sdk_key_invalid',
  'url-empty': 'error_hint_url_empty',
  'url-no-scheme': 'error_hint_url_no_scheme',
  'url-not-a-url': 'error_hint_url_not_a_url',
  'url-insecure': 'error_hint_url_insecure',
  'url-unsupported-scheme': 'error_hint_url_unsupported_scheme',
  'url-has-credentials': 'error_hint_url_has_credentials',
  'sign-in-closed': 'error_hint_sign_in_closed',
  'sign-in-declined': 'error_hint_sign_in_declined',
  'sign-in-refused': 'error_hint_sign_in_refused',
  'sign-in-mismatch': 'error_hint_sign_in_mismatch',
};

/** The sentence that says more about a failure, when there is one. */
export function failureHint(failure: Failure): string | undefined {
  return failure.hint === undefined ? undefined : t(HINT_KEYS[failure.hint]);
}
