import { describe, expect, it } from 'vitest';

import { vetMessage, type MessageSender } from '../../../src/background/vet-message.ts';

const SELF = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
};

const MESSAGE = {
  name: 'getPreparedJoin',
  request: { joinId: '0b6f3c2e-5d7a-4c1e-9f8b-2a4d6e8c0f13' },
};

const OWN_PAGE: MessageSender = {
  id: SELF.id,
  origin: SELF.origin,
  url: `${SELF.origin}/src/join/index.html?join=0b6f3c2e-5d7a-4c1e-9f8b-2a4d6e8c0f13`,
};

describe('vetMessage', () => {
  it("passes a protocol message from one of this extension's pages", () => {
    expect(vetMessage(MESSAGE, OWN_PAGE, SELF)).toBe(MESSAGE);
  });

  it('passes a message without an origin from this extension (the browser omits it for some senders)', () => {
    expect(vetMessage(MESSAGE, { id: SELF.id }, SELF)).toBe(MESSAGE);
  });

  it('refuses a message from another extension', () => {
    const other = { ...OWN_PAGE, id: 'ponmlkjihgfedcbaponmlkjihgfedcba' };
    expect(vetMessage(MESSAGE, other, SELF)).toBeUndefined();
    expect(vetMessage(MESSAGE, { ...OWN_PAGE, id: undefined }, SELF)).toBeUndefined();
  });

  it('refuses a message whose origin is not this extension, whatever its id says', () => {
    expect(vetMessage(MESSAGE, { ...OWN_PAGE, origin: 'https://zoom.us' }, SELF)).toBeUndefined();
    expect(vetMessage(MESSAGE, { ...OWN_PAGE, origin: 'null' }, SELF)).toBeUndefined();
  });

  it('does not trust sender.url: a page of ours named there proves nothing', () => {
    const forged: MessageSender = { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: OWN_PAGE.url };
    expect(vetMessage(MESSAGE, forged, SELF)).toBeUndefined();
    // And an odd URL does not refuse a sender that is really ours.
    expect(vetMessage(MESSAGE, { ...OWN_PAGE, url: 'https://evil.example/' }, SELF)).toBe(MESSAGE);
  });

  it('refuses from our own pages anything that is not in the protocol', () => {
    expect(vetMessage({ name: 'revealSignature', request: {} }, OWN_PAGE, SELF)).toBeUndefined();
    expect(vetMessage({ ...MESSAGE, request: { joinId: 'x' } }, OWN_PAGE, SELF)).toBeUndefined();
    expect(vetMessage('getPreparedJoin', OWN_PAGE, SELF)).toBeUndefined();
    expect(vetMessage(undefined, OWN_PAGE, SELF)).toBeUndefined();
  });
});
