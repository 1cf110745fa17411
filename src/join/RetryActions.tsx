import { t } from '../shared/i18n.ts';

interface Props {
  onTryAgain: () => void;
  onBack: () => void;
}

/** Try again (focused) and Back: what every failure view of the join page offers. */
export function RetryActions({ onTryAgain, onBack }: Props) {
  return (
    <div class="actions">
      <button type="button" class="primary" onClick={onTryAgain} autoFocus>
        {t('join_try_again')}
      </button>
      <button type="button" onClick={onBack}>
        {t('join_back')}
      </button>
    </div>
  );
}
