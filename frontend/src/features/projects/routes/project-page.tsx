import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';

import { PageFailure } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import { useProject } from '../api/get-project';
import { ProjectDetails } from '../components/project-details';

function BackLink() {
  const { t } = useTranslation();
  // Coming from a result list, go back to that exact search (filters and page).
  const state: unknown = useLocation().state;
  const fromSearch =
    state &&
    typeof state === 'object' &&
    'fromSearch' in state &&
    typeof state.fromSearch === 'string'
      ? state.fromSearch
      : '';
  return (
    <p className="back-link">
      <Link to={{ pathname: '/projects', search: fromSearch }}>← {t('project.back')}</Link>
    </p>
  );
}

/** `money` is the funding section (another feature's, composed in src/app), given the project's id. */
export function ProjectPage({ money }: { money?: (projectId: string) => ReactNode } = {}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const project = useProject(id);
  const taxonomies = useTaxonomies();

  let content;
  if (project.isPending) {
    content = <Loading label={t('project.loading')} />;
  } else if (project.isError) {
    content = (
      <PageFailure
        error={project.error}
        fallbackKey="project.error"
        onRetry={() => void project.refetch()}
        notFoundTitle={t('project.notFoundTitle')}
      >
        <p>{t('project.notFound')}</p>
      </PageFailure>
    );
  } else {
    content = (
      <>
        <title>{`${project.data.title} · ${t('app.name')}`}</title>
        <ProjectDetails project={project.data} taxonomies={taxonomies.data} />
        {money?.(String(project.data.id))}
      </>
    );
  }

  return (
    <div className="project-page">
      <BackLink />
      {content}
    </div>
  );
}

export default ProjectPage;
