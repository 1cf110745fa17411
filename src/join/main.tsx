import { render } from 'preact';

import { hasSidePanel } from '../shared/side-panel.ts';
import { JoinPage } from './JoinPage.tsx';
import { MoveToSidePanel } from './MoveToSidePanel.tsx';
import { clientView } from './zoom-sdk.ts';

const root = document.getElementById('join-app');
const params = new URLSearchParams(location.search);
const joinId = params.get('join') ?? '';

if (root) {
  render(
    <>
      <JoinPage joinId={joinId} view={clientView} left={params.has('left')} />
      {hasSidePanel() && <MoveToSidePanel joinId={joinId} />}
    </>,
    root,
  );
}
