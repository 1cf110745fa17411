// A display name goes to Zoom as it is and shows to everyone in the meeting. A pasted line
// break or tab would reach them too, and bidirectional overrides can make a name read
// backwards, so both go; joiners (U+200D) stay, as emoji need them.

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
const CONTROLS_AND_SPACES = /[\p{Cc}\s]+/gu;

/** The name as it should reach Zoom: no control characters, single spaces, trimmed. */
export function cleanDisplayName(name: string): string {
  return name.replace(BIDI_CONTROLS, '').replace(CONTROLS_AND_SPACES, ' ').trim();
}
