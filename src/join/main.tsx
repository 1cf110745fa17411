import { render } from 'preact';

import { JoinPage } from './JoinPage.tsx';

const root = document.getElementById('join-app');
const params = new URLSearchParams(location.search);

if (root) {
  render(<JoinPage joinId={params.get('join') ?? ''} left={params.has('left')} />, root);
}
