import { render } from 'preact';

import { MediaAccessPage } from './MediaAccessPage.tsx';

const root = document.getElementById('media-app');
if (root) render(<MediaAccessPage />, root);
