import {
  isZoomHost,
  parseMeetingInput,
  type ParsedMeeting,
} from '../shared/parse-meeting-input.ts';

/** A meeting read from the address of the page a tab shows. */
export interface PageMeeting {
  link: string;
  meeting: ParsedMeeting;
}

/**
 * The meeting of a tab showing a Zoom meeting page (`https://us05web.zoom.us/j/850…?pwd=…`,
 * Zoom's launch page, the web client), or nothing for any other page: an address elsewhere
 * that merely holds digits must not fill the form.
 */
export function meetingFromPageUrl(url: string | undefined): PageMeeting | undefined {
  if (url === undefined) return undefined;

  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return undefined;
  }

  const isWebPage = address.protocol === 'https:' || address.protocol === 'http:';
  if (!isWebPage || !isZoomHost(address.hostname)) return undefined;

  const parsed = parseMeetingInput(url);
  return parsed.ok ? { link: url, meeting: parsed.meeting } : undefined;
}
