import type { ReplyProblem } from '../shared/check-signature-reply.ts';
import type { Failure } from '../shared/protocol.ts';

/** The failure a person sees for a backend reply that cannot be used. */
export function replyProblemToFailure({ problem }: { problem: ReplyProblem }): Failure {
  switch (problem.code) {
    case 'http-error':
      return { code: 'backend-rejected', status: problem.status, details: problem.reasons };
    case 'legacy-signature':
      return { code: 'signature-legacy' };
    case 'not-json':
    case 'reply-too-large':
    case 'no-signature':
    case 'signature-not-string':
    case 'signature-too-large':
    case 'signature-not-jwt':
    case 'sdk-key-invalid':
      return { code: 'backend-bad-reply', details: [problem.code] };
  }
}
