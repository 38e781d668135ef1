import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { formatDate } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import { useOrganisationStories } from '../api/agency';
import { statusLabel } from '../components/labels';
import '../i18n';
import { agencyStoriesPath, agencyStoryPath } from './paths';

/** `/my/organisations/:organisationId/stories`: the organisation's stories with their states. */
export function MyStoriesPage() {
  const { t } = useTranslation();
  const organisationId = useParams().organisationId ?? '';
  const stories = useOrganisationStories(organisationId);
  return (
    <div className="page stories-page">
      <title>{`${t('stories.mine.title')} · ${t('app.name')}`}</title>
      <p>
        <Link to={`/my/organisations/${encodeURIComponent(organisationId)}`}>
          {t('stories.mine.back')}
        </Link>
      </p>
      <h1>{t('stories.mine.title')}</h1>
      <p className="actions">
        <Link className="button-link" to={`${agencyStoriesPath(organisationId)}/new`}>
          {t('stories.workspace.new')}
        </Link>
      </p>
      {stories.isPending ? <Loading label={t('stories.loading')} /> : null}
      {stories.isError ? (
        <ErrorMessage error={stories.error} onRetry={() => void stories.refetch()} />
      ) : null}
      {stories.data ? (
        stories.data.items.length === 0 ? (
          <p className="empty">{t('stories.mine.none')}</p>
        ) : (
          <ul className="story-list" role="list">
            {stories.data.items.map((story) => (
              <li key={story.id} data-story-id={story.id} data-status={story.status}>
                <Link to={agencyStoryPath(organisationId, story.id)}>{story.title}</Link>{' '}
                <span className={`badge status-${story.status}`}>
                  {statusLabel(t, story.status)}
                </span>
                {story.projectTitle ? <p className="field-hint">{story.projectTitle}</p> : null}
                {story.updatedAt ? (
                  <p className="field-hint">
                    {t('stories.mine.updated', { date: formatDate(story.updatedAt) })}
                  </p>
                ) : null}
                {story.status === 'returned' && story.statusReason ? (
                  <p className="status-reason">
                    {t('stories.editor.returnedReason', { reason: story.statusReason })}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
