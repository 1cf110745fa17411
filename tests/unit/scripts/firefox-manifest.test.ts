import { describe, expect, it } from 'vitest';

import manifest from '../../../manifest.json' with { type: 'json' };
import { GECKO_ID, toFirefoxManifest } from '../../../scripts/firefox-manifest.ts';

describe('toFirefoxManifest', () => {
  const firefox = toFirefoxManifest(manifest);

  it('runs the same background module as an event page, as Firefox MV3 requires', () => {
    expect(firefox.background).toEqual({
      scripts: [manifest.background.service_worker],
      type: 'module',
    });
  });

  it('names the add-on, its minimum Firefox and what data leaves the browser', () => {
    const { gecko } = firefox.browser_specific_settings;

    expect(gecko.id).toBe(GECKO_ID);
    expect(gecko.strict_min_version).toMatch(/^\d+\.0$/);
    expect(gecko.data_collection_permissions.required).toContain('authenticationInfo');
    expect(gecko.data_collection_permissions.required).toContain('personallyIdentifyingInfo');
    expect(GECKO_ID).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
  });

  it('drops the keys Firefox does not know', () => {
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox).not.toHaveProperty('cross_origin_embedder_policy');
    expect(firefox).not.toHaveProperty('cross_origin_opener_policy');
    expect(firefox).not.toHaveProperty('side_panel');
  });

  it("drops only Chromium's side panel permission and keeps the others in order", () => {
    expect(manifest.permissions).toContain('sidePanel');

    expect(firefox.permissions).toEqual(
      manifest.permissions.filter((permission) => permission !== 'sidePanel'),
    );
    expect(firefox.permissions).toContain('storage');
  });

  it('keeps everything else as written, so the two manifests cannot drift apart', () => {
    const dropped = new Set([
      'background',
      'minimum_chrome_version',
      'cross_origin_embedder_policy',
      'cross_origin_opener_policy',
      'side_panel',
      'permissions',
    ]);
    const kept = Object.entries(manifest).filter(([key]) => !dropped.has(key));

    expect(kept.length).toBeGreaterThan(10);
    for (const [key, value] of kept) expect(firefox).toHaveProperty([key], value);
  });

  it("keeps the CSP that lets the SDK compile WebAssembly ('wasm-unsafe-eval')", () => {
    expect(firefox.content_security_policy.extension_pages).toContain("'wasm-unsafe-eval'");
  });
});
