import type { ReplyProblem } from '../shared/check-signature-reply.ts';
import type { Failure } from '../shared/protocol.ts';

/**
 * The failure a person sees for a backend reply that cannot be used. A 400's
 * `errors[].reason` texts are the backend's own words and are shown verbatim;
 * everything else becomes a hint the page translates.
 */
export function replyProblemToFailure({ problem }: { problem: ReplyProblem }): Failure {
  switch (problem.code) {
    case 'http-error':
      return { code: 'backend-rejected', status: problem.status, details: problem.reasons };
    case 'legacy-signature':
      return { code: 'signature-legacy' };
    case 'not-json':
      return { code: 'backend-bad-reply', hint: notJsonHint(problem.hint) };
    case 'reply-too-large':
      return { code: 'backend-bad-reply', hint: 'reply-too-large' };
    case 'no-signature':
      return { code: 'backend-bad-reply', hint: 'reply-no-signature' };
    case 'signature-not-string':
    case 'signature-too-large':
    case 'signature-not-jwt':
      return { code: 'backend-bad-reply', hint: 'reply-signature-malformed' };
    case 'sdk-key-invalid':
      return { code: 'backend-bad-reply', hint: 'reply-sdk-key-invalid' };
  }
}

function notJsonHint(hint: 'html-page' | 'empty-body' | undefined): NonNullable<Failure['hint']> {
  if (hint === 'html-page') return 'reply-html';

  return hint === 'empty-body' ? 'reply-empty' : 'reply-not-json';
}
