import { describe, expect, it } from 'vitest';

import { isHostTokenValid, readBearerToken } from '../../../server/src/check-host-token.ts';

describe('isHostTokenValid', () => {
  it('accepts exactly the configured token', async () => {
    expect(await isHostTokenValid('s3cret-token', 's3cret-token')).toBe(true);
  });

  it.each([
    ['a different token of the same length', 's3cret-tokeN'],
    ['a prefix of the token', 's3cret'],
    ['the token with more after it', 's3cret-token-and-more'],
    ['an empty token', ''],
  ])('refuses %s', async (_name, presented) => {
    expect(await isHostTokenValid(presented, 's3cret-token')).toBe(false);
  });

  it('refuses every token when the backend has none configured', async () => {
    expect(await isHostTokenValid('anything', undefined)).toBe(false);
  });
});

describe('readBearerToken', () => {
  it('reads the token of a Bearer header, in any case of the scheme', () => {
    expect(readBearerToken('bearer abc.def')).toBe('abc.def');
  });

  it('reads nothing from other schemes', () => {
    expect(readBearerToken('Basic dXNlcjpwYXNz')).toBeUndefined();
  });
});
