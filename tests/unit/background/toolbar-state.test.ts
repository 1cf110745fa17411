import { describe, expect, it } from 'vitest';

import { changesToolbarState, toolbarStateFor } from '../../../src/background/toolbar-state.ts';

describe('toolbarStateFor', () => {
  it('shows the grey icon and says what to do while no backend is saved', () => {
    const state = toolbarStateFor('');

    expect(Object.values(state.path)).toEqual([
      'icons/icon-disabled-16.png',
      'icons/icon-disabled-32.png',
    ]);
    expect(state.titleKey).toBe('action_title_not_set_up');
  });

  it('counts a URL of only spaces as not set up', () => {
    expect(toolbarStateFor('   ').titleKey).toBe('action_title_not_set_up');
  });

  it('shows the normal icon once a backend is saved', () => {
    const state = toolbarStateFor('https://signer.example.com/');

    expect(Object.values(state.path)).toEqual(['icons/icon-16.png', 'icons/icon-32.png']);
    expect(state.titleKey).toBe('action_title');
  });
});

describe('changesToolbarState', () => {
  const change = { newValue: 'https://signer.example.com/' };

  it('follows a change of the synced backend URL', () => {
    expect(changesToolbarState({ backendUrl: change }, 'sync')).toBe(true);
  });

  it('ignores other settings and other storage areas', () => {
    expect(changesToolbarState({ userName: { newValue: 'Ada' } }, 'sync')).toBe(false);
    expect(changesToolbarState({ backendUrl: change }, 'local')).toBe(false);
  });
});
