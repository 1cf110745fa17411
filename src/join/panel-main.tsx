import { render } from 'preact';
import browser from 'webextension-polyfill';

import { PanelPage } from './PanelPage.tsx';
import { embeddedView } from './zoom-embedded-sdk.ts';

const root = document.getElementById('join-app');
const meetingRoot = document.getElementById('meeting-root');
const params = new URLSearchParams(location.search);

if (root && meetingRoot) {
  // The panel belongs to one window; its joins are left for it under that window's id.
  void browser.windows.getCurrent().then(({ id }) => {
    if (id === undefined) return;

    render(
      <PanelPage
        joinId={params.get('join') ?? undefined}
        windowId={id}
        view={embeddedView(meetingRoot)}
        left={params.has('left')}
        moved={params.has('moved')}
      />,
      root,
    );
  });
}
