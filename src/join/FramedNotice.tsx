import { t } from '../shared/i18n.ts';

/**
 * What the form page shows inside another site's frame. The page is web accessible (the link
 * redirect needs that), so any site could frame it and have a click there start a join; it
 * works only as a tab of its own, which the link below opens.
 */
export function FramedNotice() {
  return (
    <div class="ui">
      <p>{t('form_framed')}</p>
      <a href={location.href} target="_blank" rel="noopener noreferrer">
        {t('form_open_in_tab')}
      </a>
    </div>
  );
}
