import { render } from 'preact';

import { FormPage } from './FormPage.tsx';
import { FramedNotice } from './FramedNotice.tsx';

const root = document.getElementById('form-app');
const params = new URLSearchParams(location.search);

// A redirected Zoom link arrives after `#`, whole (see background/link-redirect-rule.ts).
const link = location.hash.slice(1);

if (root && window.top !== window) {
  render(<FramedNotice />, root);
} else if (root) {
  render(<FormPage draftId={params.get('draft') ?? ''} link={link} />, root);
}
