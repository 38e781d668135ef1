import { useTranslation } from '@/lib/i18n/i18n';

import type { Story } from '../api/schemas';
import '../i18n';
import { blockers, type Blocker } from '../utils/flags';
import { flagKindLabel } from './labels';

function useBlockerText() {
  const { t } = useTranslation();
  return (blocker: Blocker): string => {
    switch (blocker.kind) {
      case 'flag':
        return t('stories.blockers.flag', {
          number: blocker.flag.number,
          kind: flagKindLabel(t, blocker.flag.kind),
          text: blocker.flag.text,
        });
      case 'consent':
        return t('stories.blockers.consent');
      case 'photo-consent':
        return t('stories.blockers.photoConsent', { number: blocker.index + 1 });
      case 'face':
        return t('stories.blockers.face', { number: blocker.index + 1 });
      case 'field':
        return t(`stories.blockers.field.${blocker.field}`);
    }
  };
}

/** What still blocks submission (or publication), each with a link to where it is fixed. */
export function Blockers({ story }: { story: Story }) {
  const { t } = useTranslation();
  const text = useBlockerText();
  const list = blockers(story);
  return (
    <div className="story-blockers" data-testid="blockers" data-count={list.length}>
      {list.length === 0 ? (
        <p>{t('stories.blockers.none')}</p>
      ) : (
        <>
          <p>{t('stories.blockers.heading', { count: list.length })}</p>
          <ul>
            {list.map((blocker, index) => (
              <li key={index} data-blocker={blocker.kind}>
                {blocker.kind === 'flag' ? (
                  <a href={`#flag-${blocker.flag.number}`}>{text(blocker)}</a>
                ) : blocker.kind === 'consent' ? (
                  <a href="#consents-heading">{text(blocker)}</a>
                ) : blocker.kind === 'field' ? (
                  <a href={`#story-${blocker.field}`}>{text(blocker)}</a>
                ) : (
                  <a href="#photos-heading">{text(blocker)}</a>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
