// Every error code the Zoom Meeting SDK for Web (6.2.0) can report from `init` or `join`, as
// a sentence a person understands and what they can do about it.
//
// Sources: the code tables inside the SDK's bundle (zoom-meeting-6.2.0.min.js: the maps from
// Zoom's server codes to SDK codes, next to `"apac.errorcodes_pac_invalid_signature":3712`,
// and its `errorCodes` enums), the SDK's language file (dist/lib/lang/en-US.json, keys
// `apac.errorcodes_*`) and Zoom's published table
// (https://developers.zoom.us/docs/meeting-sdk/web/error-codes). The actions are our reading.
// tests/unit/shared/zoom-error-codes.test.ts reads the shipped SDK, so a code added by a new
// SDK version fails the tests until it is added here.

import type { MessageKey } from './i18n.ts';

/** What a person can do next; the join page offers the matching button or form. */
export type ZoomErrorAction =
  | 'retry'
  | 'check-network'
  | 'check-passcode'
  | 'wait-for-host'
  | 'check-meeting-id'
  | 'change-role'
  | 'leave-other-meeting'
  | 'sign-in'
  | 'ask-host'
  | 'use-zoom-app'
  | 'update-extension'
  | 'contact-backend-admin';

export interface ZoomErrorMeaning {
  /** The sentence: what happened and what to do. */
  key: MessageKey;
  action: ZoomErrorAction;
}

function meaning(key: MessageKey, action: ZoomErrorAction): ZoomErrorMeaning {
  return { key, action };
}

const UNSPECIFIED = meaning('error_zoom_unspecified', 'retry');
const NOT_FOUND = meaning('error_zoom_meeting_not_found', 'check-meeting-id');
const HOST_NOT_FOUND = meaning('error_zoom_host_not_found', 'ask-host');
const SIGN_IN = meaning('error_zoom_sign_in_required', 'sign-in');
const BROWSER_REFUSED = meaning('error_zoom_browser_not_allowed', 'use-zoom-app');
const WEBINAR_APP_ONLY = meaning('error_zoom_webinar_app_only', 'use-zoom-app');
const ZAK_REFUSED = meaning('error_zoom_zak_refused', 'sign-in');
const WRONG_MEETING_NUMBER = meaning(
  'error_zoom_signature_meeting_number',
  'contact-backend-admin',
);
const EXTERNAL_MEETING = meaning('error_zoom_external_meeting', 'sign-in');
const OBF_REFUSED = meaning('error_zoom_obf_refused', 'contact-backend-admin');
const AUTHORIZER_ABSENT = meaning('error_zoom_authorizer_absent', 'ask-host');

/**
 * The table. Codes 1 and 200 are the SDK's "failed" without a reason (1 in the client view
 * this extension uses, 200 in the component view); 4004 is "meeting ended" in the client view
 * and "connection error" in the component view, which this extension does not use.
 */
const ZOOM_ERROR_CODES: Readonly<Record<number, ZoomErrorMeaning>> = {
  1: UNSPECIFIED,
  2: meaning('error_zoom_not_ready', 'retry'),
  3: meaning('error_zoom_not_supported', 'use-zoom-app'),
  200: UNSPECIFIED,
  403: meaning('error_zoom_offline', 'retry'),
  3000: meaning('error_zoom_other_meeting_open', 'leave-other-meeting'),
  3001: NOT_FOUND,
  3003: meaning('error_zoom_not_host', 'change-role'),
  3004: meaning('error_zoom_wrong_passcode', 'check-passcode'),
  3005: meaning('error_zoom_email_required', 'use-zoom-app'),
  3008: meaning('error_zoom_not_started', 'wait-for-host'),
  3009: meaning('error_zoom_removed', 'ask-host'),
  3010: meaning('error_zoom_signature_no_role', 'contact-backend-admin'),
  3032: meaning('error_zoom_panelist_email', 'use-zoom-app'),
  3034: SIGN_IN,
  3051: SIGN_IN,
  3052: SIGN_IN,
  3082: SIGN_IN,
  3099: meaning('error_zoom_registration_required', 'use-zoom-app'),
  3100: SIGN_IN,
  3116: WEBINAR_APP_ONLY,
  3135: meaning('error_zoom_panelist_link', 'use-zoom-app'),
  3265: ZAK_REFUSED,
  3603: BROWSER_REFUSED,
  3604: meaning('error_zoom_sdk_too_old_for_webinar', 'update-extension'),
  3606: WEBINAR_APP_ONLY,
  3608: meaning('error_zoom_phone_audio', 'use-zoom-app'),
  3609: WEBINAR_APP_ONLY,
  3610: NOT_FOUND,
  3611: BROWSER_REFUSED,
  3620: meaning('error_zoom_email_blocked', 'ask-host'),
  3621: meaning('error_zoom_no_response', 'retry'),
  3622: meaning('error_zoom_web_server_unreachable', 'check-network'),
  3623: ZAK_REFUSED,
  3624: meaning('error_zoom_host_account_needed', 'sign-in'),
  3625: meaning('error_zoom_host_inactive', 'ask-host'),
  3627: meaning('error_zoom_host_email_as_attendee', 'change-role'),
  3630: WEBINAR_APP_ONLY,
  3633: meaning('error_zoom_too_many_calls', 'retry'),
  3634: meaning('error_zoom_captcha', 'use-zoom-app'),
  3635: meaning('error_zoom_wasm', 'update-extension'),
  3636: meaning('error_zoom_obf_with_zak', 'contact-backend-admin'),
  3701: meaning('error_zoom_phone_audio', 'use-zoom-app'),
  3702: HOST_NOT_FOUND,
  3703: meaning('error_zoom_invalid_meeting_id', 'check-meeting-id'),
  3704: meaning('error_zoom_sdk_key_refused', 'contact-backend-admin'),
  3705: meaning('error_zoom_signature_expired', 'retry'),
  3706: WRONG_MEETING_NUMBER,
  3707: NOT_FOUND,
  3708: meaning('error_zoom_role_refused', 'change-role'),
  3709: HOST_NOT_FOUND,
  3710: meaning('error_zoom_api_disabled', 'contact-backend-admin'),
  3711: meaning('error_zoom_cannot_host', 'change-role'),
  3712: meaning('error_zoom_signature_invalid', 'contact-backend-admin'),
  3713: meaning('error_zoom_no_permission', 'contact-backend-admin'),
  3714: WRONG_MEETING_NUMBER,
  3715: meaning('error_zoom_assistant_refused', 'ask-host'),
  4000: meaning('error_zoom_reconnecting', 'check-network'),
  4001: meaning('error_zoom_disconnected', 'check-network'),
  4003: meaning('error_zoom_invalid_parameter', 'check-meeting-id'),
  4004: meaning('error_zoom_meeting_ended', 'ask-host'),
  4005: meaning('error_zoom_meeting_full', 'ask-host'),
  4006: meaning('error_zoom_meeting_locked', 'ask-host'),
  4007: meaning('error_zoom_information_barrier', 'ask-host'),
  4008: meaning('error_zoom_already_joined', 'leave-other-meeting'),
  4009: meaning('error_zoom_server_error', 'retry'),
  4011: meaning('error_zoom_app_not_published', 'contact-backend-admin'),
  4012: EXTERNAL_MEETING,
  4013: EXTERNAL_MEETING,
  4014: OBF_REFUSED,
  4015: OBF_REFUSED,
  4016: meaning('error_zoom_recording_token', 'contact-backend-admin'),
  4017: AUTHORIZER_ABSENT,
  4018: meaning('error_zoom_credentials_conflict', 'sign-in'),
  4019: AUTHORIZER_ABSENT,
  6024: SIGN_IN,
  6603: meaning('error_zoom_sdk_key_blocked', 'ask-host'),
  10000: meaning('error_zoom_sdk_too_old', 'update-extension'),
  13208: meaning('error_zoom_webinar_ended', 'ask-host'),
};

/** What Zoom's `errorCode` means, or undefined for a code this table does not know. */
export function zoomErrorMeaning(code: number): ZoomErrorMeaning | undefined {
  return Object.hasOwn(ZOOM_ERROR_CODES, code) ? ZOOM_ERROR_CODES[code] : undefined;
}
