// How big Component View's video may be in the side panel. The panel is narrow and tall, and
// the person resizes it: the video takes the panel's full width at 16:9, and never more height
// than is left above the SDK's toolbar.

export interface VideoSize {
  width: number;
  height: number;
}

export interface PanelVideoSizes {
  /** Speaker (and every view but ribbon). */
  default: VideoSize;
  /** Ribbon view: the speaker plus a strip of small videos under it. */
  ribbon: VideoSize;
}

/** Room the SDK's toolbar (and the panel's own button row) takes under the video. */
const RESERVED_HEIGHT = 120;

/** The height of ribbon view's strip of small videos. */
const RIBBON_STRIP = 90;

/** Below this the SDK's own controls overlap; a smaller panel scrolls instead. */
const MIN_WIDTH = 240;
const MIN_HEIGHT = 135;

/** The video sizes for a panel whose free area is `width` × `height` CSS pixels. */
export function panelVideoSizes(width: number, height: number): PanelVideoSizes {
  const videoWidth = Math.max(MIN_WIDTH, Math.floor(finite(width)));
  const room = Math.floor(finite(height)) - RESERVED_HEIGHT;
  const speaker = Math.round((videoWidth * 9) / 16);

  return {
    default: { width: videoWidth, height: clamp(speaker, MIN_HEIGHT, room) },
    ribbon: { width: videoWidth, height: clamp(speaker + RIBBON_STRIP, MIN_HEIGHT, room) },
  };
}

/** `value`, but no more than `max` and never less than `min` (which wins over `max`). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/** A measurement that is not a number (a page not laid out yet) counts as nothing. */
function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}
