import { describe, expect, it } from 'vitest';

import { meetingFromPageUrl } from '../../../src/popup/meeting-from-page-url.ts';

describe('meetingFromPageUrl', () => {
  it("reads the meeting and passcode of Zoom's launch page", () => {
    const url = 'https://us05web.zoom.us/j/85012345678?pwd=abc123#success';

    expect(meetingFromPageUrl(url)).toEqual({
      link: url,
      meeting: { meetingNumber: '85012345678', passcode: 'abc123', kind: 'meeting' },
    });
  });

  it('reads the web client and start pages', () => {
    expect(meetingFromPageUrl('https://app.zoom.us/wc/85012345678/join')?.meeting.kind).toBe(
      'meeting',
    );
    expect(meetingFromPageUrl('https://acme.zoom.us/s/1612345678')?.meeting).toEqual({
      meetingNumber: '1612345678',
      kind: 'start',
    });
  });

  it.each([
    undefined,
    '',
    'chrome://newtab/',
    'chrome-extension://abc/src/popup/index.html',
    'https://zoom.us/',
    'https://zoom.us/my/jo.doe',
    'https://agency.zoomgov.com/s/1612345678',
    'https://example.com/j/85012345678',
    'https://example.com/?q=Meeting-ID:85012345678',
    'https://example.com/85012345678',
    'file:///home/jo/zoom.us/j/85012345678',
  ])('fills nothing for %s', (url) => {
    expect(meetingFromPageUrl(url)).toBeUndefined();
  });
});
