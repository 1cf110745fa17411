import { describe, expect, it } from 'vitest';

import { panelVideoSizes } from '../../../src/join/panel-video-size.ts';

describe('panelVideoSizes', () => {
  it("fills a tall panel's width at 16:9, with ribbon view's strip under the speaker", () => {
    const sizes = panelVideoSizes(400, 900);

    expect(sizes.default).toEqual({ width: 400, height: 225 });
    expect(sizes.ribbon).toEqual({ width: 400, height: 315 });
  });

  it('follows the panel: a wider panel gets a wider and taller video', () => {
    const narrow = panelVideoSizes(320, 900);
    const wide = panelVideoSizes(560, 900);

    expect(wide.default.width).toBeGreaterThan(narrow.default.width);
    expect(wide.default.height).toBeGreaterThan(narrow.default.height);
  });

  it('leaves room for the toolbar when the panel is short', () => {
    const sizes = panelVideoSizes(800, 400);

    expect(sizes.default.height).toBe(280);
    expect(sizes.ribbon.height).toBe(280);
  });

  it('never goes below a usable size, even for a panel not laid out yet', () => {
    for (const [width, height] of [
      [0, 0],
      [100, 50],
      [-5, Number.NaN],
    ] as const) {
      const sizes = panelVideoSizes(width, height);
      expect(sizes.default.width).toBeGreaterThanOrEqual(240);
      expect(sizes.default.height).toBeGreaterThanOrEqual(135);
    }
  });

  it('gives whole pixels', () => {
    const { default: speaker, ribbon } = panelVideoSizes(333.7, 777.3);

    for (const value of [speaker.width, speaker.height, ribbon.width, ribbon.height]) {
      expect(Number.isInteger(value)).toBe(true);
    }
  });
});
