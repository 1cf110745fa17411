import { describe, expect, it } from 'vitest';

import { checkBackendUrl } from '../../../src/shared/check-backend-url.ts';
import type { BackendUrlProblem } from '../../../src/shared/check-backend-url.ts';

describe('checkBackendUrl', () => {
  it.each([
    [
      'https://sign.example.com',
      'https://sign.example.com/',
      'https://sign.example.com',
      'https://sign.example.com/*',
    ],
    [
      '  https://sign.example.com/zoom/signature \n',
      'https://sign.example.com/zoom/signature',
      'https://sign.example.com',
      'https://sign.example.com/*',
    ],
    [
      'https://sign.example.com:8443/sign?team=a',
      'https://sign.example.com:8443/sign?team=a',
      'https://sign.example.com:8443',
      'https://sign.example.com/*',
    ],
    [
      'https://sign.example.com/#settings',
      'https://sign.example.com/',
      'https://sign.example.com',
      'https://sign.example.com/*',
    ],
    [
      'HTTPS://Sign.Example.COM/',
      'https://sign.example.com/',
      'https://sign.example.com',
      'https://sign.example.com/*',
    ],
    [
      'https://bücher.example/',
      'https://xn--bcher-kva.example/',
      'https://xn--bcher-kva.example',
      'https://xn--bcher-kva.example/*',
    ],
    [
      'http://localhost:4000',
      'http://localhost:4000/',
      'http://localhost:4000',
      'http://localhost/*',
    ],
    [
      'http://127.0.0.1:4000/',
      'http://127.0.0.1:4000/',
      'http://127.0.0.1:4000',
      'http://127.0.0.1/*',
    ],
    ['http://127.1:4000', 'http://127.0.0.1:4000/', 'http://127.0.0.1:4000', 'http://127.0.0.1/*'],
    ['http://[::1]:4000/', 'http://[::1]:4000/', 'http://[::1]:4000', 'http://[::1]/*'],
    [
      'https://localhost:4000/',
      'https://localhost:4000/',
      'https://localhost:4000',
      'https://localhost/*',
    ],
  ])('accepts %j', (text, url, origin, permissionPattern) => {
    expect(checkBackendUrl(text)).toEqual({ ok: true, url, origin, permissionPattern });
  });

  const refused: Array<[string, BackendUrlProblem]> = [
    ['', 'empty'],
    [' \n ', 'empty'],
    ['sign.example.com', 'no-scheme'],
    ['sign.example.com:8443/sign', 'no-scheme'],
    ['localhost:4000', 'no-scheme'],
    ['127.0.0.1:4000', 'no-scheme'],
    ['https://', 'not-a-url'],
    ['https://sign example.com/', 'not-a-url'],
    ['http://[::1', 'not-a-url'],
    ['http://sign.example.com/', 'insecure'],
    ['http://localhost.evil.example/', 'insecure'],
    ['http://127.0.0.1.evil.example/', 'insecure'],
    ['http://10.0.0.5:4000/', 'insecure'],
    ['http://0.0.0.0:4000/', 'insecure'],
    ['http://[::2]/', 'insecure'],
    // The manifest can grant only 127.0.0.1 among the 127.x addresses.
    ['http://127.8.9.10/', 'insecure'],
    ['ftp://sign.example.com/', 'unsupported-scheme'],
    ['ws://localhost:4000/', 'unsupported-scheme'],
    ['file:///etc/passwd', 'unsupported-scheme'],
    ['javascript:alert(1)', 'unsupported-scheme'],
    ['data:text/plain,hi', 'unsupported-scheme'],
    ['chrome-extension://abcdefghijklmnop/sign', 'unsupported-scheme'],
    ['https://user:secret@sign.example.com/', 'has-credentials'],
    ['https://user@sign.example.com/', 'has-credentials'],
    ['https://:secret@sign.example.com/', 'has-credentials'],
    ['http://user:secret@sign.example.com/', 'has-credentials'],
  ];

  it.each(refused)('refuses %j as %s', (text, reason) => {
    expect(checkBackendUrl(text)).toEqual({ ok: false, reason });
  });
});
