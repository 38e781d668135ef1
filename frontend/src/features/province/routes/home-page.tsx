import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { formatDate, formatFen } from '@/lib/format';
import { useTranslation, type TranslationKey } from '@/lib/i18n/i18n';
import { useRegionChildren } from '@/lib/regions';

import '../i18n';
import { useCallsNear, useLatestStories, useOpeningsNear } from '../api/near';
import { useHeadline, type Headline } from '../api/statistics';
import { PREFECTURE_FIGURES_ID } from '../utils/anchors';
import { formatValue } from '../utils/measures';

export const HOME_PREFECTURE_KEY = 'qianshou.home.prefecture';

/**
 * Where each headline number leads: a page that lists the rows it counts. Volunteers and their hours
 * are personal data with no public list: they lead to the per-prefecture figures on `/yunnan` (its
 * table) and say under the number what it counts.
 */
const FIGURES: {
  name: keyof Headline;
  kind: 'count' | 'hours' | 'fen';
  to: string;
  note?: boolean;
}[] = [
  { name: 'verifiedOrganisations', kind: 'count', to: '/organisations' },
  { name: 'publishedProjects', kind: 'count', to: '/projects' },
  {
    name: 'volunteers',
    kind: 'count',
    to: `/yunnan?measure=hours#${PREFECTURE_FIGURES_ID}`,
    note: true,
  },
  {
    name: 'confirmedHours',
    kind: 'hours',
    to: `/yunnan?measure=hours#${PREFECTURE_FIGURES_ID}`,
    note: true,
  },
  { name: 'awardedFen', kind: 'fen', to: '/disclosure', note: true },
  { name: 'paidFen', kind: 'fen', to: '/disclosure', note: true },
  { name: 'publishedStories', kind: 'count', to: '/stories' },
];

function storedPrefecture(): string | undefined {
  try {
    const value = window.localStorage.getItem(HOME_PREFECTURE_KEY);
    return value && /^53\d{2}$/.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** `/`: the public home page — headline numbers, the latest stories, openings and calls nearby. */
export default function HomePage() {
  const { t } = useTranslation();
  return (
    <div className="home-page">
      <title>{`${t('province.home.title')} · ${t('app.name')}`}</title>
      <h1>{t('province.home.title')}</h1>
      <p>{t('province.home.intro')}</p>
      <ul className="home-links" role="list">
        <li>
          <Link to="/projects">{t('province.home.toProjects')}</Link>
        </li>
        <li>
          <Link to="/yunnan">{t('province.home.toYunnan')}</Link>
        </li>
        <li>
          <Link to="/stories">{t('province.home.toStories')}</Link>
        </li>
        <li>
          <Link to="/programmes">{t('province.home.toProgrammes')}</Link>
        </li>
      </ul>
      <HeadlineNumbers />
      <LatestStories />
      <NearYou />
    </div>
  );
}

function HeadlineNumbers() {
  const { t } = useTranslation();
  const headline = useHeadline();
  return (
    <section aria-labelledby="headline-title" className="headline">
      <h2 id="headline-title">{t('province.headline.title')}</h2>
      {headline.isPending ? (
        <Loading label={t('province.loading')} />
      ) : headline.isError ? (
        <ErrorMessage error={headline.error} />
      ) : (
        <ul role="list" className="headline-figures">
          {FIGURES.map(({ name, kind, to, note }) => {
            const figure = headline.data[name];
            const value =
              kind === 'fen'
                ? formatFen(figure.value)
                : formatValue(kind === 'hours' ? 'hours' : 'projects', figure.value);
            return (
              <li key={name} data-figure={name} data-value={figure.value}>
                <Link to={to} aria-describedby={note ? `figure-note-${name}` : undefined}>
                  <strong>{value}</strong> {t(`province.headline.${name}` as TranslationKey)}
                </Link>
                {note ? (
                  <p className="hint" id={`figure-note-${name}`}>
                    {t(`province.headline.notes.${name}` as TranslationKey)}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function LatestStories() {
  const { t } = useTranslation();
  const stories = useLatestStories();
  const items = stories.data?.items ?? [];
  return (
    <section aria-labelledby="stories-title" className="home-stories">
      <h2 id="stories-title">{t('province.home.latestStories')}</h2>
      {stories.isPending ? (
        <Loading label={t('province.loading')} />
      ) : items.length === 0 ? (
        <p>{t('province.home.noStories')}</p>
      ) : (
        <ul role="list" className="card-list">
          {items.map((story) => (
            <li key={story.id}>
              <Link to={`/stories/${story.id}`}>{story.title}</Link>
              {story.summary ? <p>{story.summary}</p> : null}
              <p className="meta">
                {[story.organisationName, formatDate(story.publishedAt)]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/stories">{t('province.home.allStories')}</Link>
      </p>
    </section>
  );
}

function NearYou() {
  const { t } = useTranslation();
  const prefectures = useRegionChildren('53');
  const [prefecture, setPrefecture] = useState<string | undefined>(storedPrefecture);
  const choose = (value: string) => {
    const code = value || undefined;
    setPrefecture(code);
    try {
      if (code) window.localStorage.setItem(HOME_PREFECTURE_KEY, code);
      else window.localStorage.removeItem(HOME_PREFECTURE_KEY);
    } catch {
      // storage may be unavailable (private mode): the choice lasts for this visit
    }
  };
  const openings = useOpeningsNear(prefecture);
  const calls = useCallsNear(prefecture);
  const region = prefecture ? `?region=${prefecture}` : '';
  return (
    <section aria-labelledby="near-title" className="near-you">
      <h2 id="near-title">{t('province.home.near')}</h2>
      <label htmlFor="home-prefecture">{t('province.home.prefectureLabel')}</label>{' '}
      <select
        id="home-prefecture"
        value={prefecture ?? ''}
        onChange={(event) => choose(event.target.value)}
        aria-describedby="home-prefecture-hint"
      >
        <option value="">{t('province.home.wholeProvince')}</option>
        {(prefectures.data ?? []).map((p) => (
          <option key={p.code} value={p.code}>
            {p.name}
          </option>
        ))}
      </select>
      <p id="home-prefecture-hint" className="hint">
        {t('province.home.remembered')}
      </p>
      <div className="near-columns">
        <div>
          <h3>{t('province.home.openings')}</h3>
          {openings.isPending ? (
            <Loading label={t('province.loading')} />
          ) : openings.isError || openings.data.items.length === 0 ? (
            <p>{t('province.home.noOpenings')}</p>
          ) : (
            <ul role="list" className="card-list" aria-label={t('province.home.openings')}>
              {openings.data.items.map((o) => (
                <li key={o.id}>
                  <Link to={`/openings/${o.id}`}>{o.title}</Link>
                  <p className="meta">
                    {o.organisationName} · {o.regionPath}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to={`/openings${region}`}>{t('province.home.allOpenings')}</Link>
          </p>
        </div>
        <div>
          <h3>{t('province.home.calls')}</h3>
          {calls.isPending ? (
            <Loading label={t('province.loading')} />
          ) : calls.isError || calls.data.items.length === 0 ? (
            <p>{t('province.home.noCalls')}</p>
          ) : (
            <ul role="list" className="card-list" aria-label={t('province.home.calls')}>
              {calls.data.items.map((c) => (
                <li key={c.id}>
                  <Link to={`/calls/${c.id}`}>{c.title}</Link>
                  <p className="meta">
                    {c.organisationName} ·{' '}
                    {t('province.home.closes', { date: formatDate(c.closesAt.slice(0, 10)) })}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to={`/calls${region}`}>{t('province.home.allCalls')}</Link>
          </p>
        </div>
      </div>
    </section>
  );
}
