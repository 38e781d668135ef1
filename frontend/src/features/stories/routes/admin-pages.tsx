import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { StandingReasonForm } from '@/components/reason-form';
import { ApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';
import { taxonomyName, useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import { useAdminStory, useDecide, useModerationQueue } from '../api/admin';
import type { Story } from '../api/schemas';
import { Blockers } from '../components/blockers';
import { ConsentsPanel } from '../components/consents-panel';
import { FlagsPanel } from '../components/flags-panel';
import { statusLabel } from '../components/labels';
import '../i18n';
import { StoryBody } from '../utils/html';
import { smallestUrl } from '../utils/photos';
import { adminStoryPath, publicStoryPath } from './paths';

/** `/admin/stories`: submitted stories, oldest first. */
export function ModerationQueuePage() {
  const { t } = useTranslation();
  const queue = useModerationQueue();
  return (
    <div className="page moderation-queue">
      <title>{`${t('stories.admin.queueTitle')} · ${t('app.name')}`}</title>
      <h1>{t('stories.admin.queueTitle')}</h1>
      {queue.isPending ? <Loading label={t('stories.loading')} /> : null}
      {queue.isError ? (
        <ErrorMessage error={queue.error} onRetry={() => void queue.refetch()} />
      ) : null}
      {queue.data ? (
        queue.data.items.length === 0 ? (
          <p className="empty">{t('stories.admin.empty')}</p>
        ) : (
          <ol className="story-list">
            {queue.data.items.map((story) => (
              <li key={story.id} data-story-id={story.id} data-status={story.status}>
                <Link to={adminStoryPath(story.id)}>{story.title}</Link>
                <p className="field-hint">
                  {[story.organisationName, story.projectTitle].filter(Boolean).join(' · ')}
                </p>
                {story.submittedAt ? (
                  <p className="field-hint">
                    {t('stories.admin.submittedOn', { date: formatDate(story.submittedAt) })}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )
      ) : null}
    </div>
  );
}

/** The moderator's problem: its detail, and each field it names (`photos[0]` → photo 1). */
function DecisionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const errors = error instanceof ApiError ? error.errors : [];
  const message =
    error instanceof ApiError && error.detail
      ? error.detail
      : error instanceof TypeError
        ? t('errors.network')
        : t('errors.generic');
  return (
    <div className="error-message" role="alert" data-testid="decision-error">
      <p>{message}</p>
      {errors.length > 0 ? (
        <ul>
          {errors.map((item, index) => {
            const photo = /photos\[(\d+)\]/.exec(item.field ?? '');
            return (
              <li key={index} data-field={item.field ?? ''}>
                {photo ? `${t('stories.photos.photo', { number: Number(photo[1]) + 1 })}：` : ''}
                {item.message}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

function Moderation({ story }: { story: Story }) {
  const { t, language } = useTranslation();
  const taxonomies = useTaxonomies();
  const storyId = String(story.id);
  const publish = useDecide(storyId);
  const giveBack = useDecide(storyId);
  const takeDown = useDecide(storyId);
  const children = story.aboutProtectedGroup;
  const decided = publish.isSuccess || giveBack.isSuccess || takeDown.isSuccess;
  return (
    <>
      <h1>{t('stories.admin.storyTitle', { title: story.title })}</h1>
      <p>
        <span
          className={`badge status-${story.status}`}
          data-testid="story-status"
          data-status={story.status}
        >
          {statusLabel(t, story.status)}
        </span>
      </p>
      <dl className="facts">
        <dt>{t('stories.story.organisation')}</dt>
        <dd>{story.organisationName}</dd>
        <dt>{t('stories.story.project')}</dt>
        <dd>{story.projectTitle}</dd>
        <dt>{t('stories.form.region')}</dt>
        <dd>{story.regionPath?.map((region) => region.name).join(' › ') ?? story.regionCode}</dd>
        <dt>{t('stories.form.targetGroups')}</dt>
        <dd>
          {story.targetGroups
            .map((code) => taxonomyName(taxonomies.data?.targetGroups, code, language))
            .join('、')}
        </dd>
      </dl>
      {story.summary ? <p className="lead">{story.summary}</p> : null}
      <section aria-labelledby="body-heading">
        <h2 id="body-heading">{t('stories.admin.body')}</h2>
        <StoryBody html={story.bodyHtml} />
      </section>
      <FlagsPanel story={story} editable={false} />
      <section aria-labelledby="admin-photos-heading">
        <h2 id="admin-photos-heading">{t('stories.photos.heading')}</h2>
        {story.photos.length === 0 ? <p className="empty">{t('stories.photos.none')}</p> : null}
        <ol className="photo-list">
          {story.photos.map((photo, index) => (
            <li
              key={photo.id}
              data-photo-id={photo.id}
              data-no-face={Boolean(photo.noIdentifiableFace)}
            >
              {smallestUrl(photo) ? (
                <img
                  src={smallestUrl(photo)}
                  alt={photo.altText ?? ''}
                  width={160}
                  loading="lazy"
                />
              ) : null}
              <p>
                <strong>{t('stories.photos.photo', { number: index + 1 })}</strong>
                {photo.caption ? ` · ${photo.caption}` : ''}
              </p>
              <ul>
                <li>
                  {photo.showsPeople ? t('stories.admin.showsPeople') : t('stories.admin.noPeople')}
                </li>
                {children ? (
                  <li className={photo.noIdentifiableFace ? undefined : 'field-error'}>
                    {photo.noIdentifiableFace
                      ? t('stories.admin.faceConfirmed')
                      : t('stories.admin.faceNotConfirmed')}
                  </li>
                ) : null}
                {story.coverPhotoId === photo.id ? <li>{t('stories.photos.isCover')}</li> : null}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      <ConsentsPanel story={story} editable={false} />
      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t('stories.admin.decision')}</h2>
        {story.status === 'submitted' ? (
          <>
            <Blockers story={story} />
            <DecisionError error={publish.error} />
            <button
              type="button"
              disabled={publish.isPending}
              onClick={() => publish.mutate({ action: 'publish' })}
            >
              {t('stories.admin.publish')}
            </button>
            <h3>{t('stories.admin.returnHeading')}</h3>
            <StandingReasonForm
              id="return"
              label={t('stories.admin.returnReason')}
              submitLabel={t('stories.admin.return')}
              pending={giveBack.isPending}
              error={giveBack.error}
              onSubmit={(reason) => giveBack.mutate({ action: 'return', reason })}
            />
          </>
        ) : story.status === 'published' ? (
          <>
            <p>
              <Link to={publicStoryPath(story.id)}>{t('stories.editor.viewPublic')}</Link>
            </p>
            <StandingReasonForm
              id="unpublish"
              label={t('stories.admin.unpublishReason')}
              submitLabel={t('stories.admin.unpublish')}
              pending={takeDown.isPending}
              error={takeDown.error}
              onSubmit={(reason) => takeDown.mutate({ action: 'unpublish', reason })}
            />
          </>
        ) : (
          <p>{t('stories.admin.nothingToDecide')}</p>
        )}
        {decided ? (
          <p role="status" data-testid="decision-done">
            {t('stories.admin.done')}{' '}
            <Link to="/admin/stories">{t('stories.admin.backToQueue')}</Link>
          </p>
        ) : null}
      </section>
    </>
  );
}

/** `/admin/stories/:storyId`: a story with its flags and justifications, consents and photos. */
export function AdminStoryPage() {
  const { t } = useTranslation();
  const storyId = useParams().storyId ?? '';
  const story = useAdminStory(storyId);
  return (
    <div className="page admin-story" data-story-id={storyId}>
      <title>{`${story.data?.title ?? t('stories.admin.queueTitle')} · ${t('app.name')}`}</title>
      <p>
        <Link to="/admin/stories">{t('stories.admin.backToQueue')}</Link>
      </p>
      {story.isPending ? <Loading label={t('stories.loading')} /> : null}
      {story.isError ? (
        <ErrorMessage error={story.error} onRetry={() => void story.refetch()} />
      ) : null}
      {story.data ? <Moderation story={story.data} /> : null}
    </div>
  );
}
