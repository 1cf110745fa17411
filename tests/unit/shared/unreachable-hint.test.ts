import { describe, expect, it } from 'vitest';

import { unreachableHint } from '../../../src/shared/unreachable-hint.ts';

const FAILED_FETCH = new TypeError('Failed to fetch');

describe('unreachableHint', () => {
  it('says the backend took too long when the request timed out', () => {
    const timeout = new DOMException('signal timed out', 'TimeoutError');

    expect(unreachableHint(timeout, 'https://sign.example.com/')).toBe('backend-timeout');
  });

  it('says nothing listens when plain http to this computer fails: no DNS, no TLS involved', () => {
    for (const url of ['http://127.0.0.1:4000/', 'http://localhost:4000/', 'http://[::1]:4000/']) {
      expect(unreachableHint(FAILED_FETCH, url)).toBe('network-loopback');
    }
  });

  it('leaves the cause open for any other address: name, connection or certificate', () => {
    expect(unreachableHint(FAILED_FETCH, 'https://sign.example.com/')).toBe('network-remote');
    expect(unreachableHint(FAILED_FETCH, 'https://localhost:4000/')).toBe('network-remote');
  });
});
