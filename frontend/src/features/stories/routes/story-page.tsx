import { Link, useLocation, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { ApiError } from '@/lib/api-client';
import { formatDate, formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';
import { taxonomyName, useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import { useProjectMoney, usePublicStory } from '../api/public';
import type { Photo, PublicStory } from '../api/schemas';
import '../i18n';
import { StoryBody } from '../utils/html';
import { srcSet } from '../utils/photos';
import { beijingTime } from '../utils/time';

function Figure({ photo, cover = false }: { photo: Photo; cover?: boolean }) {
  const { src, srcSet: set } = srcSet(photo);
  if (!src) return null;
  return (
    <figure className={cover ? 'story-cover' : 'story-photo'} data-photo-id={photo.id}>
      <img
        src={src}
        srcSet={set}
        sizes="(max-width: 48rem) 100vw, 48rem"
        alt={photo.altText ?? ''}
        width={photo.width ?? undefined}
        height={photo.height ?? undefined}
        loading={cover ? 'eager' : 'lazy'}
      />
      {photo.caption ? <figcaption>{photo.caption}</figcaption> : null}
    </figure>
  );
}

const sum = (values: readonly (number | null | undefined)[]) =>
  values.reduce<bigint>((total, value) => total + BigInt(value ?? 0), 0n);

/** The project's money: funders with awarded and paid, what the latest approved report spent. */
function Money({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const money = useProjectMoney(projectId);
  return (
    <section className="story-money" aria-labelledby="money-heading">
      <h2 id="money-heading">{t('stories.story.money')}</h2>
      {money.isPending ? <Loading label={t('stories.loading')} /> : null}
      {money.isError ? <ErrorMessage error={money.error} /> : null}
      {money.data === null || (money.data && money.data.sources.length === 0) ? (
        <p className="empty">{t('stories.story.noMoney')}</p>
      ) : null}
      {money.data && money.data.sources.length > 0 ? (
        <>
          <table>
            <caption className="visually-hidden">{t('stories.story.funders')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stories.story.funder')}</th>
                <th scope="col">{t('stories.story.awarded')}</th>
                <th scope="col">{t('stories.story.paid')}</th>
              </tr>
            </thead>
            <tbody>
              {money.data.sources.map((source, index) => (
                <tr key={index} data-testid="funder-row">
                  <th scope="row">
                    {source.funderName}
                    {source.callTitle ? (
                      <span className="field-hint"> · {source.callTitle}</span>
                    ) : null}
                  </th>
                  <td>{formatFen(source.awardedFen)}</td>
                  <td>{formatFen(source.paidFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="money-totals">
            {t('stories.story.totals', {
              awarded: formatFen(sum(money.data.sources.map((source) => source.awardedFen))),
              paid: formatFen(sum(money.data.sources.map((source) => source.paidFen))),
            })}
          </p>
          {money.data.budgetActual.some((line) => line.actualFen != null) ? (
            <p data-testid="money-spent">
              {t('stories.story.spent', {
                spent: formatFen(sum(money.data.budgetActual.map((line) => line.actualFen))),
              })}
            </p>
          ) : (
            <p className="field-hint">{t('stories.story.noReport')}</p>
          )}
          <p>
            <Link to={`/disclosure/projects/${projectId}`}>{t('stories.story.disclosure')}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}

function Story({ story }: { story: PublicStory }) {
  const { t, language } = useTranslation();
  const taxonomies = useTaxonomies();
  const cover = story.photos.find((photo) => photo.id === story.coverPhotoId);
  const others = story.photos.filter((photo) => photo !== cover);
  const region = story.regionPath ?? story.project.regionPath ?? [];
  return (
    <article className="story" data-story-id={story.id}>
      <h1>{story.title}</h1>
      <p className="field-hint">
        {story.publishedAt
          ? t('stories.story.publishedOn', { date: formatDate(story.publishedAt) })
          : null}
      </p>
      {cover ? <Figure photo={cover} cover /> : null}
      {story.summary ? <p className="lead">{story.summary}</p> : null}
      <dl className="facts">
        <dt>{t('stories.story.project')}</dt>
        <dd>
          <Link to={`/projects/${story.project.id}`} data-testid="project-link">
            {story.project.title ?? t('stories.story.theProject')}
          </Link>
        </dd>
        <dt>{t('stories.story.organisation')}</dt>
        <dd>
          <Link to={`/organisations/${story.project.organisationId ?? story.organisationId}`}>
            {story.project.organisationName ?? story.organisationName}
          </Link>
        </dd>
        <dt>{t('stories.form.region')}</dt>
        <dd>
          <ul className="inline-list">
            {region.map((item) => (
              <li key={item.code} data-region-code={item.code}>
                {item.name}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('stories.form.targetGroups')}</dt>
        <dd>
          {story.targetGroups
            .map((code) => taxonomyName(taxonomies.data?.targetGroups, code, language))
            .join('、')}
        </dd>
        {story.serviceCategory ? (
          <>
            <dt>{t('stories.form.category')}</dt>
            <dd>
              {taxonomyName(taxonomies.data?.serviceCategories, story.serviceCategory, language)}
            </dd>
          </>
        ) : null}
        {story.programme ? (
          <>
            <dt>{t('stories.form.programme')}</dt>
            <dd>{taxonomyName(taxonomies.data?.programmes, story.programme, language)}</dd>
          </>
        ) : null}
      </dl>
      <StoryBody html={story.bodyHtml} />
      {others.length > 0 ? (
        <section className="story-gallery" aria-label={t('stories.photos.heading')}>
          {others.map((photo) => (
            <Figure key={photo.id} photo={photo} />
          ))}
        </section>
      ) : null}
      <Money projectId={story.project.id} />
      <section className="story-openings" aria-labelledby="openings-heading">
        <h2 id="openings-heading">{t('stories.story.volunteer')}</h2>
        {story.openings.length === 0 ? (
          <p className="empty">{t('stories.story.noOpenings')}</p>
        ) : (
          <ul role="list">
            {story.openings.map((opening) => (
              <li key={opening.id} data-opening-id={opening.id}>
                <Link to={`/openings/${opening.id}`}>
                  {opening.title ?? t('stories.story.anOpening')}
                </Link>
                {opening.nextShiftStartsAt ? (
                  <span className="field-hint">
                    {' '}
                    {t('stories.story.nextShift', { time: beijingTime(opening.nextShiftStartsAt) })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

/** `/stories/:id`: a published story, its project, organisation, money and openings. */
export function StoryPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const location = useLocation();
  const story = usePublicStory(id);
  const fromSearch = (location.state as { fromSearch?: string } | null)?.fromSearch;
  const notFound = story.error instanceof ApiError && story.error.status === 404;
  return (
    <div className="page story-page">
      <title>{`${story.data?.title ?? t('stories.search.title')} · ${t('app.name')}`}</title>
      <p>
        <Link to={`/stories${fromSearch ?? ''}`}>{t('stories.story.back')}</Link>
      </p>
      {story.isPending ? <Loading label={t('stories.loading')} /> : null}
      {notFound ? <h1>{t('stories.story.notFound')}</h1> : null}
      {story.isError && !notFound ? (
        <ErrorMessage error={story.error} onRetry={() => void story.refetch()} />
      ) : null}
      {story.data ? <Story story={story.data} /> : null}
    </div>
  );
}
