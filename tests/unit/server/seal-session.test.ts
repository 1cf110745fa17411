import { describe, expect, it } from 'vitest';

import { sealSession, unsealSession } from '../../../server/src/seal-session.ts';

const KEY = new TextEncoder().encode('k'.repeat(32));
const OTHER_KEY = new TextEncoder().encode('o'.repeat(32));
const SESSION = {
  userId: 'ada',
  refreshToken: 'rt-secret-value',
  accessToken: 'at-secret-value',
  accessTokenExpiresAt: 1_900_000_000,
};

describe('sealed sessions', () => {
  it('opens with the key it was sealed with', async () => {
    const sealed = await sealSession(SESSION, KEY);

    expect(await unsealSession(sealed, KEY)).toEqual(SESSION);
  });

  it('hides the tokens from whoever holds the sealed text', async () => {
    const sealed = await sealSession(SESSION, KEY);
    const readable = sealed
      .split('.')
      .map((part) => Buffer.from(part, 'base64url').toString('latin1'))
      .join('');

    expect(readable).not.toContain('secret-value');
  });

  it('does not open with another key', async () => {
    const sealed = await sealSession(SESSION, KEY);

    expect(await unsealSession(sealed, OTHER_KEY)).toBeUndefined();
  });

  it('does not open once a single character was changed', async () => {
    const sealed = await sealSession(SESSION, KEY);
    const parts = sealed.split('.');
    const ciphertext = parts[3] ?? '';
    parts[3] = (ciphertext.startsWith('A') ? 'B' : 'A') + ciphertext.slice(1);

    expect(await unsealSession(parts.join('.'), KEY)).toBeUndefined();
  });
});
