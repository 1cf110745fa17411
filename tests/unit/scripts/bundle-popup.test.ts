import { describe, expect, it } from 'vitest';

import { pointPageAt } from '../../../scripts/bundle-popup.ts';

const SPLIT_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <title>Join Panel for Zoom</title>
    <script type="module" crossorigin src="/assets/index.html-AbC123.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/rolldown-runtime-X.js">
    <link rel="modulepreload" crossorigin href="/assets/i18n-Y.js">
    <link rel="stylesheet" crossorigin href="/assets/index-Z.css">
  </head>
  <body><main id="app" class="ui"></main></body>
</html>
`;

describe('pointPageAt', () => {
  it('loads the one bundled file instead of the split entry and its preloads', () => {
    const { page, splitEntry } = pointPageAt(SPLIT_PAGE, 'assets/popup-Q1.js');

    expect(splitEntry).toBe('assets/index.html-AbC123.js');
    expect(page).toContain('<script type="module" src="/assets/popup-Q1.js"></script>');
    expect(page).not.toContain('index.html-AbC123.js');
    expect(page).not.toContain('modulepreload');
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/index-Z.css">');
  });

  it('refuses a page without exactly one module script', () => {
    const none = SPLIT_PAGE.replace(/<script[^>]*><\/script>/, '');
    const script = '<script type="module" crossorigin src="/assets/other-D.js"></script>';
    const two = SPLIT_PAGE.replace('</title>', `</title>\n${script}`);

    expect(() => pointPageAt(none, 'assets/popup-Q1.js')).toThrow(/found 0/);
    expect(() => pointPageAt(two, 'assets/popup-Q1.js')).toThrow(/found 2/);
  });
});
