import type { ReactNode } from 'react';

import { formatDateRange, formatFen } from '@/lib/format';
import { useTranslation, type TranslationKey } from '@/lib/i18n/i18n';
import { taxonomyName, type Taxonomies } from '@/lib/taxonomies/get-taxonomies';

import type { ProjectDetail } from '../api/get-project';

const STATUSES = ['draft', 'published', 'closed'] as const;

/** Full path of a region, province › prefecture › county › township › village. */
export function regionPath(region: ProjectDetail['regions'][number]): string {
  const path = region.path?.length ? [...region.path] : [];
  if (path.at(-1)?.code !== region.code) path.push({ code: region.code, name: region.name });
  return path.map((step) => step.name).join(' › ');
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ProjectDetails({
  project,
  taxonomies,
}: {
  project: ProjectDetail;
  taxonomies: Taxonomies | undefined;
}) {
  const { t, language } = useTranslation();
  const none = t('project.none');
  const names = (items: Taxonomies[keyof Taxonomies] | undefined, codes: readonly string[]) =>
    codes.length ? codes.map((code) => taxonomyName(items, code, language)).join('、') : none;
  const status = (STATUSES as readonly string[]).includes(project.status)
    ? t(`status.${project.status}` as TranslationKey)
    : project.status;

  return (
    <article className="project" data-project-id={project.id}>
      <header className="project-header">
        <h1>{project.title}</h1>
        {project.demo ? <span className="badge">{t('project.demo')}</span> : null}
      </header>
      <dl className="project-facts">
        <Row label={t('project.organisation')}>{project.organisation.name}</Row>
        <Row label={t('project.status')}>{status}</Row>
        <Row label={t('project.regions')}>
          {project.regions.length ? (
            <ul className="region-paths">
              {project.regions.map((region) => (
                <li key={region.code} data-region-code={region.code}>
                  {regionPath(region)}
                </li>
              ))}
            </ul>
          ) : (
            none
          )}
        </Row>
        <Row label={t('project.targetGroups')}>
          {names(taxonomies?.targetGroups, project.targetGroups)}
        </Row>
        <Row label={t('project.categories')}>
          {names(taxonomies?.serviceCategories, project.serviceCategories)}
        </Row>
        <Row label={t('project.programme')}>
          {taxonomyName(taxonomies?.programmes, project.programme, language) || none}
        </Row>
        <Row label={t('project.fundingType')}>
          {taxonomyName(taxonomies?.fundingTypes, project.fundingType, language) || none}
        </Row>
        <Row label={t('project.dates')}>
          {formatDateRange(project.startDate, project.endDate) || none}
        </Row>
        <Row label={t('project.budget')}>
          {project.budgetFen != null ? formatFen(project.budgetFen) : none}
        </Row>
      </dl>
      <section aria-labelledby="project-description">
        <h2 id="project-description">{t('project.description')}</h2>
        <p className="description">{project.description || none}</p>
      </section>
    </article>
  );
}
