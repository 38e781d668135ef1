import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { ReasonForm } from '@/components/reason-form';
import { ApiError } from '@/lib/api-client';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useChangeOpeningStatus } from '../api/change-opening-status';
import { useOpening } from '../api/get-opening';
import { useCreateOpening, useUpdateOpening } from '../api/save-opening';
import { BackLink, paths } from '../components/back-link';
import { OpeningForm } from '../components/opening-form';
import { ShiftList } from '../components/shift-list';
import { openingStatusLabel } from '../utils/labels';

/** /my/organisations/:organisationId/openings/new — a draft opening with its first shifts. */
export function NewOpeningPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const navigate = useNavigate();
  const create = useCreateOpening();
  return (
    <div className="form-page">
      <title>{`${t('agencyVolunteering.openings.new')} · ${t('app.name')}`}</title>
      <BackLink
        to={paths.openings(organisationId)}
        label={t('agencyVolunteering.backToOpenings')}
      />
      <h1>{t('agencyVolunteering.openings.new')}</h1>
      <OpeningForm
        organisationId={organisationId}
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(
            { organisationId, input: { ...input, shifts: input.shifts ?? [] } },
            { onSuccess: (opening) => void navigate(paths.opening(organisationId, opening.id)) },
          )
        }
      />
    </div>
  );
}

/**
 * /my/organisations/:organisationId/openings/:openingId — status (publish, close, cancel with a
 * reason), the opening's fields and its shifts.
 */
export function EditOpeningPage() {
  const { t } = useTranslation();
  const { organisationId = '', openingId = '' } = useParams();
  const opening = useOpening(organisationId, openingId);
  const update = useUpdateOpening();
  const change = useChangeOpeningStatus();
  const [cancelling, setCancelling] = useState(false);
  const [reloads, setReloads] = useState(0);

  if (opening.isPending) return <Loading label={t('search.loading')} />;
  if (opening.isError)
    return <ErrorMessage error={opening.error} onRetry={() => void opening.refetch()} />;
  const data = opening.data;
  const conflict = update.error instanceof ApiError && update.error.status === 409;
  const editable = data.status === 'draft' || data.status === 'published';
  const act = (action: 'publish' | 'close') =>
    change.mutate({ organisationId, openingId: data.id, action });

  return (
    <div className="form-page opening-editor" data-opening-id={data.id} data-status={data.status}>
      <title>{`${data.title} · ${t('app.name')}`}</title>
      <BackLink
        to={paths.openings(organisationId)}
        label={t('agencyVolunteering.backToOpenings')}
      />
      <h1>{data.title}</h1>
      <p>
        <span className={`badge status-${data.status}`} data-testid="opening-status">
          {openingStatusLabel(t, data.status)}
        </span>
        {data.projectTitle ? <span className="muted"> · {data.projectTitle}</span> : null}
      </p>
      {data.regionPath ? <p className="muted">{data.regionPath}</p> : null}

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('agencyVolunteering.status.heading')}</h2>
        <p className="field-hint">
          {t(
            `agencyVolunteering.status.explain.${editable ? data.status : 'final'}` as 'agencyVolunteering.status.explain.final',
          )}
        </p>
        {change.isError && !cancelling ? <ErrorMessage error={change.error} /> : null}
        {change.isSuccess ? <p role="status">{t('agencyVolunteering.status.changed')}</p> : null}
        <div className="actions">
          {data.status === 'draft' ? (
            <button type="button" disabled={change.isPending} onClick={() => act('publish')}>
              {t('agencyVolunteering.status.publish')}
            </button>
          ) : null}
          {data.status === 'published' ? (
            <button
              type="button"
              className="secondary"
              disabled={change.isPending}
              onClick={() => {
                if (window.confirm(t('agencyVolunteering.status.closeConfirm'))) act('close');
              }}
            >
              {t('agencyVolunteering.status.close')}
            </button>
          ) : null}
          {editable && !cancelling ? (
            <button
              type="button"
              className="secondary danger"
              onClick={() => {
                change.reset();
                setCancelling(true);
              }}
            >
              {t('agencyVolunteering.status.cancel')}
            </button>
          ) : null}
        </div>
        {cancelling ? (
          <ReasonForm
            id="opening-cancel-reason"
            maxLength={1000}
            label={t('agencyVolunteering.status.cancelReason')}
            submitLabel={t('agencyVolunteering.status.cancelConfirm')}
            pending={change.isPending}
            error={change.error}
            onCancel={() => {
              change.reset();
              setCancelling(false);
            }}
            onSubmit={(reason) =>
              change.mutate(
                { organisationId, openingId: data.id, action: 'cancel', reason },
                { onSuccess: () => setCancelling(false) },
              )
            }
          />
        ) : null}
      </section>

      <ShiftList organisationId={organisationId} opening={data} />

      {editable ? (
        <section aria-labelledby="details-heading">
          <h2 id="details-heading">{t('agencyVolunteering.form.details')}</h2>
          {update.isSuccess ? <p role="status">{t('forms.saved')}</p> : null}
          <OpeningForm
            // a new version from the server (after a reload) starts the form again from it
            key={`${data.id}-${data.version ?? ''}-${reloads}`}
            organisationId={organisationId}
            opening={data}
            pending={update.isPending}
            error={update.error}
            conflictAction={
              conflict ? (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    update.reset();
                    void opening.refetch().then(() => setReloads((n) => n + 1));
                  }}
                >
                  {t('agencyVolunteering.form.reload')}
                </button>
              ) : null
            }
            onSubmit={(input) =>
              update.mutate({
                organisationId,
                openingId,
                input: { ...input, version: data.version ?? null },
              })
            }
          />
        </section>
      ) : null}
    </div>
  );
}
