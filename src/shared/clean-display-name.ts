// A display name goes to Zoom as it is and shows to everyone in the meeting. A pasted line
// break or tab would reach them too, bidirectional overrides can make a name read backwards,
// and zero-width spaces can make it blank, so all of them go; joiners (U+200D) stay, as emoji
// need them.

const INVISIBLE = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/gu;
const CONTROLS_AND_SPACES = /[\p{Cc}\s]+/gu;
const SOMETHING_TO_SEE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * The name as it should reach Zoom: no control characters, single spaces, trimmed; empty when
 * nothing in it would show.
 */
export function cleanDisplayName(name: string): string {
  const cleaned = name.replace(INVISIBLE, '').replace(CONTROLS_AND_SPACES, ' ').trim();
  return SOMETHING_TO_SEE.test(cleaned) ? cleaned : '';
}
