import { Link } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { formatDateRange, formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';
import { projectStatusLabel } from '@/lib/labels';

import { useChangeProjectStatus } from '../api/change-project-status';
import { useOrganisationProjects } from '../api/get-organisation-projects';

/** An organisation's projects with drafts, for its members: edit, publish, close. */
export function OrganisationProjects({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const projects = useOrganisationProjects(organisationId);
  const change = useChangeProjectStatus();

  return (
    <div className="organisation-projects">
      <p>
        <Link
          className="button-link"
          to={`/my/organisations/${encodeURIComponent(organisationId)}/projects/new`}
        >
          {t('editor.newProject')}
        </Link>
      </p>
      {projects.isPending ? <Loading label={t('search.loading')} /> : null}
      {projects.isError ? (
        <ErrorMessage error={projects.error} onRetry={() => void projects.refetch()} />
      ) : null}
      {projects.data?.length === 0 ? <p>{t('editor.noProjects')}</p> : null}
      {change.isError ? <ErrorMessage error={change.error} /> : null}
      {projects.data && projects.data.length > 0 ? (
        <ul className="card-list" role="list" aria-label={t('myOrg.projects')}>
          {projects.data.map((project) => (
            <li key={project.id} data-project-id={project.id} data-status={project.status}>
              <p>
                {project.status === 'draft' ? (
                  <span>{project.title}</span>
                ) : (
                  <Link to={`/projects/${encodeURIComponent(project.id)}`}>{project.title}</Link>
                )}{' '}
                <span className={`badge status-${project.status}`}>
                  {projectStatusLabel(t, project.status)}
                </span>
              </p>
              <p className="muted">
                {[
                  project.budgetFen != null ? formatFen(project.budgetFen) : '',
                  formatDateRange(project.startDate, project.endDate),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <div className="actions">
                {project.status !== 'closed' ? (
                  <Link to={`/my/projects/${encodeURIComponent(project.id)}/edit`}>
                    {t('editor.edit')}
                  </Link>
                ) : null}
                {project.status === 'draft' ? (
                  <button
                    type="button"
                    disabled={change.isPending}
                    aria-label={t('editor.publishLabel', { title: project.title })}
                    onClick={() =>
                      change.mutate({ id: project.id, action: 'publish', organisationId })
                    }
                  >
                    {t('editor.publish')}
                  </button>
                ) : null}
                {project.status === 'published' ? (
                  <button
                    type="button"
                    className="secondary"
                    disabled={change.isPending}
                    aria-label={t('editor.closeLabel', { title: project.title })}
                    onClick={() => {
                      if (window.confirm(t('editor.closeConfirm', { title: project.title })))
                        change.mutate({ id: project.id, action: 'close', organisationId });
                    }}
                  >
                    {t('editor.close')}
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
