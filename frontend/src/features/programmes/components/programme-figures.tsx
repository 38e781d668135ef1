import { Link } from 'react-router';

import { useTranslation } from '@/lib/i18n/i18n';

import type { Programme } from '../api/schemas';
import { programmeDefinition, programmeName, programmeTarget } from './labels';

import '../i18n';

/** The target compared with the live figure, in words (none for a programme without a target). */
function Progress({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const target = programme.target;
  if (!target) return null;
  const years = programme.live.byYear;
  const inRange = years.filter(
    (y) => y.year >= (target.fromYear ?? 0) && y.year <= (target.byYear ?? Number.MAX_SAFE_INTEGER),
  );
  const params = {
    value: target.value ?? 0,
    byYear: target.byYear ?? '',
    fromYear: target.fromYear ?? '',
    live: programme.live.towardsTarget ?? programme.live.total,
  };
  switch (target.kind) {
    case 'at-least-by':
      return <p data-testid="progress">{t('programmes.progress.atLeastBy', params)}</p>;
    case 'total-in-period':
      return <p data-testid="progress">{t('programmes.progress.totalInPeriod', params)}</p>;
    case 'per-year':
      return (
        <p data-testid="progress">
          {t('programmes.progress.perYear', {
            ...params,
            met: inRange.filter((y) => y.count >= (target.value ?? 0)).length,
          })}
        </p>
      );
    default:
      return (
        <p data-testid="progress">
          {t('programmes.progress.yearly', {
            ...params,
            met: years.filter((y) => y.count > 0).length,
          })}
        </p>
      );
  }
}

/**
 * A small bar chart of the figures by year, drawn in SVG (no chart library). It is hidden from
 * assistive technology: the table beside it carries the same numbers.
 */
function YearChart({ programme, label }: { programme: Programme; label: string }) {
  const { t } = useTranslation();
  const years = programme.live.byYear;
  const perYear = programme.target?.kind === 'per-year' ? (programme.target.value ?? null) : null;
  const max = Math.max(1, perYear ?? 0, ...years.map((y) => y.count));
  const barWidth = 24;
  const gap = 8;
  const height = 120;
  const width = years.length * (barWidth + gap) + gap;
  return (
    <figure className="programme-chart">
      <svg
        viewBox={`0 0 ${width} ${height + 20}`}
        width="100%"
        role="img"
        aria-label={label}
        preserveAspectRatio="xMinYMin meet"
      >
        {years.map((y, index) => {
          const barHeight = Math.round((y.count / max) * height);
          const x = gap + index * (barWidth + gap);
          return (
            <g key={y.year}>
              <rect
                x={x}
                y={height - barHeight}
                width={barWidth}
                height={barHeight}
                className="programme-bar"
              />
              <text x={x + barWidth / 2} y={height + 14} textAnchor="middle" fontSize="9">
                {String(y.year).slice(2)}
              </text>
            </g>
          );
        })}
        {perYear !== null ? (
          <line
            x1={0}
            x2={width}
            y1={height - Math.round((perYear / max) * height)}
            y2={height - Math.round((perYear / max) * height)}
            className="programme-target-line"
          />
        ) : null}
      </svg>
      {perYear !== null ? (
        <figcaption className="field-hint">
          {t('programmes.targetLine', { value: perYear })}
        </figcaption>
      ) : null}
    </figure>
  );
}

/** One programme: its target, the live figures (total, by year with a chart, by prefecture). */
export function ProgrammeFigures({
  programme,
  headingLevel = 2,
  link = false,
}: {
  programme: Programme;
  headingLevel?: 1 | 2;
  link?: boolean;
}) {
  const { t, language } = useTranslation();
  const name = programmeName(programme, language);
  const target = programmeTarget(programme, language);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const headingId = `programme-${programme.code}`;
  return (
    <section className="programme" aria-labelledby={headingId}>
      <Heading id={headingId}>{name}</Heading>
      <dl className="detail-list">
        <div className="detail-row">
          <dt>{t('programmes.target')}</dt>
          <dd>{target ?? t('programmes.noTarget')}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('programmes.total')}</dt>
          <dd data-testid={`total-${programme.code}`}>{programme.live.total}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('programmes.demoPart')}</dt>
          <dd data-testid={`demo-${programme.code}`}>{programme.live.demo}</dd>
        </div>
        {programme.live.towardsTarget !== null && programme.live.towardsTarget !== undefined ? (
          <div className="detail-row">
            <dt>{t('programmes.towardsTarget')}</dt>
            <dd>{programme.live.towardsTarget}</dd>
          </div>
        ) : null}
      </dl>
      <Progress programme={programme} />
      <p className="field-hint">
        {t('programmes.definition')}：{programmeDefinition(programme, language)}
      </p>
      <div className="programme-year">
        <YearChart programme={programme} label={t('programmes.chartLabel', { name })} />
        <div className="table-scroll">
          <table>
            <caption>{`${name} · ${t('programmes.byYear')}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programmes.year')}</th>
                <th scope="col">{t('programmes.count')}</th>
              </tr>
            </thead>
            <tbody>
              {programme.live.byYear.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td>{y.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <details className="programme-prefectures">
        <summary>{t('programmes.byPrefecture')}</summary>
        <div className="table-scroll">
          <table>
            <caption>{`${name} · ${t('programmes.byPrefecture')}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programmes.prefecture')}</th>
                <th scope="col">{t('programmes.count')}</th>
              </tr>
            </thead>
            <tbody>
              {programme.live.byPrefecture.map((p) => (
                <tr key={p.code}>
                  <th scope="row">{p.name}</th>
                  <td>{p.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {link ? (
        <p>
          <Link to={`/programmes/${encodeURIComponent(programme.code)}`}>
            {`${t('programmes.details')}：${name}`}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
