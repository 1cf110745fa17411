import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isEnvelope } from '../../../src/shared/protocol.ts';

const JOIN_ID = '0b6f3c2e-5d7a-4c1e-9f8b-2a4d6e8c0f13';

const JOIN = {
  meetingNumber: '85012345678',
  passcode: 'abc123',
  userName: 'Ada Lovelace',
  role: 0,
  openTab: true,
};

function requestJoin(changes: Record<string, unknown>): unknown {
  return { name: 'requestJoin', request: { ...JOIN, ...changes } };
}

describe('isEnvelope', () => {
  it('accepts each message the pages send, well formed', () => {
    expect(isEnvelope({ name: 'requestJoin', request: JOIN })).toBe(true);
    expect(isEnvelope({ name: 'requestJoin', request: { ...JOIN, role: 1, openTab: false } })).toBe(
      true,
    );
    expect(isEnvelope({ name: 'getPreparedJoin', request: { joinId: JOIN_ID } })).toBe(true);
    expect(isEnvelope({ name: 'getJoinRequest', request: { joinId: JOIN_ID } })).toBe(true);
    expect(
      isEnvelope({ name: 'testConnection', request: { backendUrl: 'https://sign.example.com/' } }),
    ).toBe(true);
  });

  it('accepts a join with an empty passcode: many meetings have none', () => {
    expect(isEnvelope(requestJoin({ passcode: '' }))).toBe(true);
  });

  it('refuses a name the protocol does not declare', () => {
    expect(isEnvelope({ name: 'revealSignature', request: { joinId: JOIN_ID } })).toBe(false);
    expect(isEnvelope({ name: 'RequestJoin', request: JOIN })).toBe(false);
    expect(isEnvelope({ name: '', request: {} })).toBe(false);
  });

  it("refuses names inherited from Object's prototype", () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(isEnvelope({ name, request: {} })).toBe(false);
    }
  });

  it('refuses anything that is not an envelope object', () => {
    for (const value of [undefined, null, 'requestJoin', 42, true, [], [JOIN], () => JOIN]) {
      expect(isEnvelope(value)).toBe(false);
    }
  });

  it('refuses an envelope whose request is missing or not an object', () => {
    expect(isEnvelope({ name: 'getPreparedJoin' })).toBe(false);
    expect(isEnvelope({ name: 'getPreparedJoin', request: null })).toBe(false);
    expect(isEnvelope({ name: 'getPreparedJoin', request: JOIN_ID })).toBe(false);
    expect(isEnvelope({ name: 'getPreparedJoin', request: [JOIN_ID] })).toBe(false);
    expect(isEnvelope({ name: 42, request: {} })).toBe(false);
  });

  it('refuses a join whose meeting number is not 9 to 11 digits', () => {
    for (const meetingNumber of ['85012abc678', '12345678', '850123456789', '850 1234 5678', '']) {
      expect(isEnvelope(requestJoin({ meetingNumber }))).toBe(false);
    }
    expect(isEnvelope(requestJoin({ meetingNumber: 85012345678 }))).toBe(false);
    expect(isEnvelope(requestJoin({ meetingNumber: '123456789' }))).toBe(true);
  });

  it('refuses a join with a role other than 0 or 1', () => {
    for (const role of [2, -1, '0', '1', 0.5, null, true]) {
      expect(isEnvelope(requestJoin({ role }))).toBe(false);
    }
  });

  it('refuses a join without a name, or with texts too long to be real', () => {
    expect(isEnvelope(requestJoin({ userName: '' }))).toBe(false);
    expect(isEnvelope(requestJoin({ userName: '   ' }))).toBe(false);
    expect(isEnvelope(requestJoin({ userName: 'A'.repeat(201) }))).toBe(false);
    expect(isEnvelope(requestJoin({ passcode: 'p'.repeat(201) }))).toBe(false);
    expect(isEnvelope(requestJoin({ userName: 7 }))).toBe(false);
  });

  it('refuses a join that says nothing about opening a tab', () => {
    const withoutOpenTab = Object.fromEntries(
      Object.entries(JOIN).filter(([key]) => key !== 'openTab'),
    );
    expect(isEnvelope({ name: 'requestJoin', request: withoutOpenTab })).toBe(false);
    expect(isEnvelope(requestJoin({ openTab: 'yes' }))).toBe(false);
  });

  it("accepts a join for a window's side panel only instead of a tab, with a real window id", () => {
    expect(isEnvelope(requestJoin({ openTab: false, panelWindowId: 1108679513 }))).toBe(true);
    expect(isEnvelope(requestJoin({ openTab: false, panelWindowId: 0 }))).toBe(true);

    expect(isEnvelope(requestJoin({ openTab: true, panelWindowId: 7 }))).toBe(false);
    for (const panelWindowId of [-1, 1.5, '7', null, Number.NaN, 2 ** 53]) {
      expect(isEnvelope(requestJoin({ openTab: false, panelWindowId }))).toBe(false);
    }
  });

  it('lets the side panel ask for its join by window id and nothing else', () => {
    expect(isEnvelope({ name: 'takePanelJoin', request: { windowId: 42 } })).toBe(true);

    expect(isEnvelope({ name: 'takePanelJoin', request: {} })).toBe(false);
    expect(isEnvelope({ name: 'takePanelJoin', request: { windowId: '42' } })).toBe(false);
    expect(isEnvelope({ name: 'takePanelJoin', request: { windowId: 42, joinId: JOIN_ID } })).toBe(
      false,
    );
  });

  it('refuses a request carrying keys the protocol does not declare', () => {
    expect(isEnvelope(requestJoin({ zak: 'injected' }))).toBe(false);
    expect(isEnvelope(requestJoin({ signature: 'eyJinjected' }))).toBe(false);
    expect(isEnvelope({ name: 'getPreparedJoin', request: { joinId: JOIN_ID, extra: 1 } })).toBe(
      false,
    );
    expect(isEnvelope({ name: 'listRecentMeetings', request: { anything: true } })).toBe(false);
    expect(isEnvelope(requestJoin({ topic: 'Weekly sync' }))).toBe(true);
  });

  it("accepts a join with a registration link's token", () => {
    const token = 'ZmFrZS1yZWdpc3RyYW50.DQMAAAAW_fake-Token~1';

    expect(isEnvelope(requestJoin({ registrantToken: token }))).toBe(true);
    expect(isEnvelope(requestJoin({ registrantToken: 'a'.repeat(1024) }))).toBe(true);
  });

  it('refuses a registrant token that no link could hold', () => {
    const bad = ['', 'a'.repeat(1025), 'has space', 'a/b', 'a+b', 'tök', '<script>', 42, null, {}];

    for (const registrantToken of bad) {
      expect(isEnvelope(requestJoin({ registrantToken }))).toBe(false);
    }
  });

  it('refuses a join id that is not a UUID', () => {
    for (const joinId of ['', 'abc', `${JOIN_ID}x`, JOIN_ID.toUpperCase().replace(/[0-9]/g, 'Z')]) {
      expect(isEnvelope({ name: 'getPreparedJoin', request: { joinId } })).toBe(false);
    }
    expect(isEnvelope({ name: 'getJoinRequest', request: { joinId: 7 } })).toBe(false);
  });

  it('refuses a backend URL longer than any real one', () => {
    const long = `https://sign.example.com/${'a'.repeat(2048)}`;
    expect(isEnvelope({ name: 'testConnection', request: { backendUrl: long } })).toBe(false);
    expect(isEnvelope({ name: 'testConnection', request: { backendUrl: 42 } })).toBe(false);
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ name: fc.string(), request: fc.anything() }),
          fc.record({
            name: fc.constantFrom('requestJoin', 'getPreparedJoin', 'testConnection'),
            request: fc.dictionary(fc.string(), fc.anything()),
          }),
        ),
        (value) => {
          expect(typeof isEnvelope(value)).toBe('boolean');
        },
      ),
    );
  });
});
