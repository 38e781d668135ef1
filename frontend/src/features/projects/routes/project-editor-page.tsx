import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { ApiError } from '@/lib/api-client';
import { useTranslation } from '@/lib/i18n/i18n';

import { useProject } from '../api/get-project';
import { useCreateProject, useUpdateProject } from '../api/save-project';
import { ProjectForm } from '../components/project-form';

/** /my/organisations/:organisationId/projects/new */
export function NewProjectPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const navigate = useNavigate();
  const create = useCreateProject();
  const back = `/my/organisations/${encodeURIComponent(organisationId)}#projects`;
  return (
    <div className="form-page">
      <title>{`${t('editor.newProject')} · ${t('app.name')}`}</title>
      <p className="back-link">
        <Link to={back}>← {t('editor.backToOrganisation')}</Link>
      </p>
      <h1>{t('editor.newProject')}</h1>
      <ProjectForm
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate({ organisationId, input }, { onSuccess: () => void navigate(back) })
        }
      />
    </div>
  );
}

/** /my/projects/:id/edit; a 409 (someone else saved first) offers to reload their version. */
export function EditProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const project = useProject(id);
  const update = useUpdateProject();
  const [reloads, setReloads] = useState(0);

  if (project.isPending) return <Loading label={t('project.loading')} />;
  if (project.isError) return <ErrorMessage error={project.error} fallbackKey="project.error" />;
  const back = `/my/organisations/${encodeURIComponent(project.data.organisation.id)}#projects`;
  const conflict = update.error instanceof ApiError && update.error.status === 409;

  return (
    <div className="form-page">
      <title>{`${t('editor.editTitle')} · ${t('app.name')}`}</title>
      <p className="back-link">
        <Link to={back}>← {t('editor.backToOrganisation')}</Link>
      </p>
      <h1>{t('editor.editTitle')}</h1>
      <ProjectForm
        // A new version from the server (after a reload) starts the form again from it.
        key={`${project.data.id}-${project.data.version ?? ''}-${reloads}`}
        project={project.data}
        pending={update.isPending}
        error={update.error}
        conflictAction={
          conflict ? (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                update.reset();
                void project.refetch().then(() => setReloads((n) => n + 1));
              }}
            >
              {t('editor.reload')}
            </button>
          ) : null
        }
        onSubmit={(input) => update.mutate({ id, input }, { onSuccess: () => void navigate(back) })}
      />
    </div>
  );
}
