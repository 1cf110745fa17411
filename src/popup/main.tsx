import { render } from 'preact';

import { Popup } from './Popup.tsx';
import { markPopupInteractive } from './popup-marks.ts';

const root = document.getElementById('app');
if (root) {
  // Preact draws the first render at once: the form is in the page, with its handlers, now.
  render(<Popup />, root);
  markPopupInteractive();
}
