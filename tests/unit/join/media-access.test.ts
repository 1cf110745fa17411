import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { combineMediaAccess } = await import('../../../src/join/media-access.ts');

describe('combineMediaAccess', () => {
  it('is granted only when both camera and microphone are', () => {
    expect(combineMediaAccess('granted', 'granted')).toBe('granted');
    expect(combineMediaAccess('granted', 'prompt')).toBe('prompt');
    expect(combineMediaAccess('prompt', 'granted')).toBe('prompt');
    expect(combineMediaAccess('prompt', 'prompt')).toBe('prompt');
  });

  it('is denied when either is blocked, so the panel explains the site settings', () => {
    expect(combineMediaAccess('denied', 'granted')).toBe('denied');
    expect(combineMediaAccess('granted', 'denied')).toBe('denied');
    expect(combineMediaAccess('denied', 'prompt')).toBe('denied');
  });
});
