import { useEffect, useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { ApiError } from '@/lib/api-client';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { usePrefectureDetail, usePrefectureMap, type RegionFigures } from '../api/statistics';
import { OpenDataLinks } from '../components/open-data-links';
import { YunnanMap } from '../components/yunnan-map';
import { PREFECTURE_FIGURES_ID } from '../utils/anchors';
import { bins, formatValue, MEASURES, parseMeasure, SHADES, type Measure } from '../utils/measures';

/**
 * `/yunnan`: the 16 prefectures on a map shaded by a chosen measure, the same figures in a table,
 * and the chosen prefecture's counties. The measure and the prefecture are in the address
 * (`?measure=hours&prefecture=5306`), so a view can be shared and the back button works.
 */
export default function ProvincePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const measure = parseMeasure(params.get('measure'));
  const chosen = params.get('prefecture') ?? undefined;
  const map = usePrefectureMap(measure);
  const values = useMemo(
    () => new Map((map.data?.prefectures ?? []).map((p) => [p.code, p.value])),
    [map.data],
  );
  const names = useMemo(
    () => new Map((map.data?.prefectures ?? []).map((p) => [p.code, p.name])),
    [map.data],
  );
  const legend = useMemo(
    () =>
      bins(
        (map.data?.prefectures ?? []).map((p) => p.value),
        measure,
      ),
    [map.data, measure],
  );
  const measureName = t(`province.measures.${measure}`);
  // a link to the table (`#prefecture-figures`, from the headline numbers) arrives before the
  // table does: bring it into view once the figures are there
  const { hash } = useLocation();
  const ready = map.isSuccess;
  useEffect(() => {
    if (!ready || hash !== `#${PREFECTURE_FIGURES_ID}`) return;
    const table = document.getElementById(PREFECTURE_FIGURES_ID);
    table?.scrollIntoView?.();
    table?.focus();
  }, [ready, hash]);

  const update = (patch: { measure?: Measure; prefecture?: string }) => {
    const next = new URLSearchParams(params);
    if (patch.measure) next.set('measure', patch.measure);
    if (patch.prefecture) next.set('prefecture', patch.prefecture);
    setParams(next, { replace: Boolean(patch.measure) });
  };

  return (
    <div className="province-page">
      <title>{`${t('province.province.title')} · ${t('app.name')}`}</title>
      <h1>{t('province.province.title')}</h1>
      <p>{t('province.province.intro')}</p>

      <fieldset className="measure-choice">
        <legend>{t('province.province.measureLegend')}</legend>
        {MEASURES.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="measure"
              value={m}
              checked={m === measure}
              onChange={() => update({ measure: m })}
            />{' '}
            {t(`province.measures.${m}`)}
          </label>
        ))}
      </fieldset>

      {map.isPending ? (
        <Loading label={t('province.loading')} />
      ) : map.isError ? (
        <ErrorMessage error={map.error} />
      ) : (
        <div className="province-layout" data-state="ready" data-measure={measure}>
          <figure className="map-figure">
            <YunnanMap
              measure={measure}
              values={values}
              names={names}
              legend={legend}
              chosen={chosen}
              onChoose={(code) => update({ prefecture: code })}
            />
            <figcaption>
              <p className="hint">{t('province.province.chooseHint')}</p>
              <p className="hint">{t('province.province.schematic')}</p>
            </figcaption>
          </figure>
          <div className="map-side">
            <section aria-labelledby="legend-title" className="map-legend">
              <h2 id="legend-title">
                {t('province.province.legendTitle', { measure: measureName })}
              </h2>
              <ul role="list">
                {legend.map((bin) => (
                  <li key={bin.shade}>
                    <span
                      className="swatch"
                      style={{ background: SHADES[bin.shade] }}
                      aria-hidden="true"
                    />
                    {bin.shade === 0
                      ? t('province.province.legendZero')
                      : bin.from === bin.to
                        ? formatValue(measure, bin.from)
                        : t('province.province.legendRange', {
                            from: formatValue(measure, bin.from),
                            to: formatValue(measure, bin.to),
                          })}
                  </li>
                ))}
              </ul>
              {measure === 'awarded' ? (
                <p className="hint">{t('province.province.awardedNote')}</p>
              ) : null}
            </section>
            <table className="figures-table" id={PREFECTURE_FIGURES_ID} tabIndex={-1}>
              <caption>{t('province.province.tableCaption', { measure: measureName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('province.province.prefecture')}</th>
                  <th scope="col">{measureName}</th>
                </tr>
              </thead>
              <tbody>
                {map.data.prefectures.map((p) => (
                  <tr key={p.code} aria-current={p.code === chosen ? 'true' : undefined}>
                    <th scope="row">
                      <Link
                        to={`?measure=${measure}&prefecture=${p.code}`}
                        aria-current={p.code === chosen ? 'location' : undefined}
                      >
                        {p.name}
                      </Link>
                    </th>
                    <td>{formatValue(measure, p.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}

      {chosen ? <PrefectureCounties code={chosen} /> : null}

      <OpenDataLinks />
    </div>
  );
}

function PrefectureCounties({ code }: { code: string }) {
  const { t } = useTranslation();
  const detail = usePrefectureDetail(code);
  if (detail.isPending) return <Loading label={t('province.loading')} />;
  if (detail.isError) {
    return detail.error instanceof ApiError && detail.error.status === 404 ? (
      <p role="alert">{t('province.province.notFound')}</p>
    ) : (
      <ErrorMessage error={detail.error} />
    );
  }
  const { prefecture, prefectureLevel, counties } = detail.data;
  const name = prefecture.name;
  return (
    <section className="prefecture-detail" aria-labelledby="prefecture-title" data-code={code}>
      <h2 id="prefecture-title" tabIndex={-1}>
        {name}
      </h2>
      <table className="figures-table">
        <caption>{t('province.province.counties', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('province.province.county')}</th>
            {MEASURES.map((m) => (
              <th scope="col" key={m}>
                {t(`province.measures.${m}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {counties.map((county) => (
            <FiguresRow key={county.code} label={county.name} figures={county} />
          ))}
          {prefectureLevel ? (
            <FiguresRow label={t('province.province.prefectureLevel')} figures={prefectureLevel} />
          ) : null}
        </tbody>
        <tfoot>
          <FiguresRow label={t('province.province.figuresOf', { name })} figures={prefecture} />
        </tfoot>
      </table>
      <ul className="prefecture-links" role="list">
        <li>
          <Link to={`/projects?region=${code}`}>
            {t('province.province.projectsLink', { name })}
          </Link>
        </li>
        <li>
          <Link to={`/openings?region=${code}`}>
            {t('province.province.openingsLink', { name })}
          </Link>
        </li>
        <li>
          <Link to={`/stories?region=${code}`}>{t('province.province.storiesLink', { name })}</Link>
        </li>
      </ul>
    </section>
  );
}

function FiguresRow({ label, figures }: { label: string; figures: RegionFigures }) {
  return (
    <tr data-code={figures.code}>
      <th scope="row">{label}</th>
      <td>{formatValue('projects', figures.projects)}</td>
      <td>{formatValue('hours', figures.confirmedHours)}</td>
      <td>{formatValue('awarded', figures.awardedFen)}</td>
      <td>{formatValue('stories', figures.stories)}</td>
    </tr>
  );
}
