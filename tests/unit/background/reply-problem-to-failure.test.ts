import { describe, expect, it } from 'vitest';

import { replyProblemToFailure } from '../../../src/background/reply-problem-to-failure.ts';
import {
  checkSignatureReply,
  type ReplyProblem,
} from '../../../src/shared/check-signature-reply.ts';

/** The failure for a reply, as the backend client makes it. */
function failureFor(status: number, contentType: string | null, body: string) {
  const checked = checkSignatureReply(status, contentType, body);
  if (checked.ok) throw new Error('expected a reply that cannot be used');
  return replyProblemToFailure(checked);
}

describe('replyProblemToFailure', () => {
  it("keeps a 400's reasons verbatim, with the status", () => {
    const body = JSON.stringify({
      errors: [
        { property: 'role', reason: 'Value is not valid. Got 2, expected 0,1' },
        { property: 'meetingNumber', reason: 'Meeting 850 is not hosted here' },
      ],
    });

    expect(failureFor(400, 'application/json', body)).toEqual({
      code: 'backend-rejected',
      status: 400,
      details: ['Value is not valid. Got 2, expected 0,1', 'Meeting 850 is not hosted here'],
    });
  });

  it('reports a server error with no reasons by its status alone', () => {
    expect(failureFor(502, 'text/html', '<h1>Bad gateway</h1>')).toEqual({
      code: 'backend-rejected',
      status: 502,
      details: [],
    });
  });

  it('says that a web page came back when the backend answered HTML', () => {
    const failure = failureFor(
      200,
      'text/html; charset=utf-8',
      '<!doctype html><h1>It works!</h1>',
    );
    expect(failure).toEqual({ code: 'backend-bad-reply', hint: 'reply-html' });
  });

  it('tells an empty answer from one that is not JSON', () => {
    expect(failureFor(200, 'application/json', '').hint).toBe('reply-empty');
    expect(failureFor(200, 'text/plain', 'signature=abc').hint).toBe('reply-not-json');
  });

  it('names what is wrong with a JSON answer that holds no usable signature', () => {
    expect(failureFor(200, 'application/json', '{"sdkKey":"k"}').hint).toBe('reply-no-signature');
    expect(failureFor(200, 'application/json', '{"signature":42}').hint).toBe(
      'reply-signature-malformed',
    );
    expect(failureFor(200, 'application/json', '{"signature":"not.a.jwt!"}').hint).toBe(
      'reply-signature-malformed',
    );
  });

  it('calls a legacy base64 signature by its own code', () => {
    const legacy = Buffer.from('key.85012345678.1700000000000.0.hash').toString('base64');
    expect(failureFor(200, 'application/json', JSON.stringify({ signature: legacy }))).toEqual({
      code: 'signature-legacy',
    });
  });

  it('never puts an internal code where a person reads it', () => {
    const problems: ReplyProblem[] = [
      { code: 'reply-too-large', limitBytes: 65536 },
      { code: 'not-json', contentType: null },
      { code: 'not-json', contentType: 'text/html', hint: 'html-page' },
      { code: 'not-json', contentType: null, hint: 'empty-body' },
      { code: 'no-signature' },
      { code: 'signature-not-string', actualType: 'number' },
      { code: 'signature-too-large', length: 9000 },
      { code: 'legacy-signature' },
      { code: 'signature-not-jwt' },
      { code: 'sdk-key-invalid' },
    ];

    for (const problem of problems) {
      const failure = replyProblemToFailure({ problem });
      expect(failure.details ?? []).toEqual([]);
      expect(['backend-bad-reply', 'signature-legacy']).toContain(failure.code);
    }
  });
});
