import type { ClaimProblem } from '../check-signature-reply.ts';
import { claimProblemSentence } from '../claim-problem-sentence.ts';
import { t } from '../i18n.ts';

/** Each thing wrong in a backend's signature, as a sentence naming the claim and the fix. */
export function ClaimProblemList({ problems }: { problems: ClaimProblem[] }) {
  return (
    <ul class="problems">
      {problems.map((problem) => {
        const { key, substitutions } = claimProblemSentence(problem);
        return <li key={`${problem.field}-${problem.code}`}>{t(key, substitutions)}</li>;
      })}
    </ul>
  );
}
