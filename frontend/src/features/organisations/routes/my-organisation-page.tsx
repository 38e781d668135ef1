import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { ApiError } from '@/lib/api-client';
import { membershipRole, useSession } from '@/lib/auth/session';
import { useTranslation } from '@/lib/i18n/i18n';
import { kindLabel, subtypeLabel } from '@/lib/labels';

import { useOrganisation } from '../api/get-organisation';
import { useUpdateOrganisation } from '../api/update-organisation';
import { DocumentsSection } from '../components/documents-section';
import { MembersSection } from '../components/members-section';
import { OrganisationForm } from '../components/organisation-form';
import { StatusBanner } from '../components/status-banner';

/**
 * A member's workspace for one organisation. The projects, volunteering and funding sections belong
 * to other features, so src/app passes them in (`projects`, `volunteering`, `funder`), given the
 * organisation's id.
 */
export function MyOrganisationPage({
  projects,
  volunteering,
  funding,
  funder,
  stories,
}: {
  projects?: (organisationId: string) => ReactNode;
  volunteering?: (organisationId: string) => ReactNode;
  /** The agency's funding section (applications, awards, reports); shown to agencies only. */
  funding?: (organisationId: string) => ReactNode;
  /** The funding section, shown to members of a funder. */
  funder?: (organisationId: string) => ReactNode;
  /** The case stories section (典型案例, a whole <section>); shown to agencies and universities. */
  stories?: (organisationId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const organisation = useOrganisation(id);
  const update = useUpdateOrganisation();
  const [editing, setEditing] = useState(false);
  const role = membershipRole(session.account, id);
  const isOwner = role === 'owner';

  if (organisation.isPending) return <Loading label={t('search.loading')} />;
  if (organisation.isError) {
    if (organisation.error instanceof ApiError && organisation.error.status === 404) {
      return (
        <>
          <h1>{t('myOrg.notFound')}</h1>
          <p>
            <Link to="/account#organisations">{t('nav.myOrganisations')}</Link>
          </p>
        </>
      );
    }
    return <ErrorMessage error={organisation.error} onRetry={() => void organisation.refetch()} />;
  }
  const data = organisation.data;
  const applies = Boolean(funding) && (data.kind === 'agency' || data.kind === 'university');
  const showFunder = funder !== undefined && data.kind === 'funder';
  const writesStories = Boolean(stories) && (data.kind === 'agency' || data.kind === 'university');

  return (
    <div className="my-organisation-page" data-organisation-id={data.id}>
      <title>{`${data.name} · ${t('app.name')}`}</title>
      <h1>{data.name}</h1>
      <p className="muted">
        {kindLabel(t, data.kind)}
        {data.subtype ? ` · ${subtypeLabel(t, data.subtype)}` : ''}
        {role ? ` · ${t(`roles.${role === 'owner' ? 'owner' : 'staff'}`)}` : ''}
      </p>
      <nav className="section-nav" aria-label={t('myOrg.sections')}>
        <a href="#profile">{t('myOrg.profile')}</a>
        <a href="#documents">{t('documents.heading')}</a>
        <a href="#members">{t('members.heading')}</a>
        <a href="#projects">{t('myOrg.projects')}</a>
        {volunteering ? <a href="#volunteering">{t('myOrg.volunteering')}</a> : null}
        {applies ? <a href="#funding">{t('myOrg.funding')}</a> : null}
        {showFunder ? <a href="#funder">{t('myOrg.funder')}</a> : null}
      </nav>
      <StatusBanner organisation={data} isOwner={isOwner} />

      <section id="profile" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('myOrg.profile')}</h2>
        {editing ? (
          <>
            <p className="field-hint">{t('myOrg.editWarning')}</p>
            <OrganisationForm
              detail={data}
              submitLabel={t('forms.save')}
              pending={update.isPending}
              error={update.error}
              onSubmit={(input) =>
                update.mutate({ id, input }, { onSuccess: () => setEditing(false) })
              }
            />
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t('forms.cancel')}
            </button>
          </>
        ) : (
          <>
            <dl className="detail-list">
              <div className="detail-row">
                <dt>{t('orgForm.creditCode')}</dt>
                <dd className="monospace">{data.creditCode}</dd>
              </div>
              <div className="detail-row">
                <dt>{t('orgForm.legalRepresentative')}</dt>
                <dd>{data.legalRepresentative}</dd>
              </div>
              <div className="detail-row">
                <dt>{t('orgForm.address')}</dt>
                <dd>{data.address}</dd>
              </div>
            </dl>
            {update.isSuccess ? <p role="status">{t('forms.saved')}</p> : null}
            <button type="button" onClick={() => setEditing(true)}>
              {t('myOrg.edit')}
            </button>
          </>
        )}
      </section>

      <DocumentsSection organisationId={id} canDelete={data.status !== 'verified'} />
      <MembersSection organisationId={id} isOwner={isOwner} />
      <section id="projects" aria-labelledby="projects-heading">
        <h2 id="projects-heading">{t('myOrg.projects')}</h2>
        {projects?.(id)}
      </section>
      {volunteering ? (
        <section id="volunteering" aria-labelledby="volunteering-heading">
          <h2 id="volunteering-heading">{t('myOrg.volunteering')}</h2>
          {volunteering(id)}
        </section>
      ) : null}
      {applies ? (
        <section id="funding" aria-labelledby="funding-heading">
          <h2 id="funding-heading">{t('myOrg.funding')}</h2>
          {funding?.(id)}
        </section>
      ) : null}
      {showFunder ? (
        <section id="funder" aria-labelledby="funder-heading">
          <h2 id="funder-heading">{t('myOrg.funder')}</h2>
          {funder(id)}
        </section>
      ) : null}
      {writesStories ? stories?.(id) : null}
    </div>
  );
}
