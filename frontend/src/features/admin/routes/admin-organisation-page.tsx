import { Link, useParams } from 'react-router';
import * as z from 'zod/mini';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert, TextAreaField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';
import { kindLabel, organisationStatusLabel, subtypeLabel } from '@/lib/labels';

import { useAdminOrganisation } from '../api/get-admin-organisation';
import { documentUrl, useOrganisationDocuments } from '../api/get-organisation-documents';
import {
  DECISIONS,
  NEEDS_REASON,
  useDecideOrganisation,
  type Decision,
} from '../api/decide-organisation';

/** Which decisions make sense from each status; the server has the last word. */
const DECISIONS_BY_STATUS: Record<string, Decision[]> = {
  submitted: ['verify', 'reject'],
  verified: ['suspend'],
  suspended: ['reinstate'],
  rejected: ['verify'],
};

const decisionSchema = z
  .object({
    decision: z.enum(DECISIONS),
    reason: z.string().check(z.trim(), z.maxLength(2000, 'forms.tooLong')),
  })
  .check(
    z.refine((values) => !NEEDS_REASON.includes(values.decision) || values.reason !== '', {
      message: 'admin.reasonRequired',
      path: ['reason'],
    }),
  );

function DecisionForm({ id, status }: { id: string; status: string }) {
  const { t } = useTranslation();
  const decide = useDecideOrganisation();
  const form = useZodForm(decisionSchema, { defaultValues: { decision: 'verify', reason: '' } });
  const fieldError = useFieldError();
  const messages = useServerErrors(form.setError, decide.error, ['reason', 'decision']);
  const decisions = DECISIONS_BY_STATUS[status] ?? [];
  if (decisions.length === 0) return null;

  const submit = form.handleSubmit((values) =>
    decide.mutate({ id, ...values }, { onSuccess: () => form.reset({ ...values, reason: '' }) }),
  );

  return (
    <section aria-labelledby="decision-heading" className="decision">
      <h2 id="decision-heading">{t('admin.decision')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextAreaField
          id="decision-reason"
          label={t('admin.reason')}
          hint={t('admin.reasonHint')}
          rows={3}
          maxLength={2000}
          error={fieldError(form.formState.errors.reason)}
          {...form.register('reason')}
        />
        <FormAlert messages={messages} />
        {decide.isSuccess ? <p role="status">{t('admin.decided')}</p> : null}
        <div className="actions">
          {decisions.map((decision) => (
            <button
              key={decision}
              type="submit"
              className={decision === 'reject' || decision === 'suspend' ? 'danger' : undefined}
              disabled={decide.isPending}
              onClick={() => form.setValue('decision', decision)}
            >
              {t(`admin.decisions.${decision}`)}
            </button>
          ))}
        </div>
      </form>
    </section>
  );
}

export function AdminOrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const organisation = useAdminOrganisation(id);
  const documents = useOrganisationDocuments(id);

  if (organisation.isPending) return <Loading label={t('search.loading')} />;
  if (organisation.isError) return <ErrorMessage error={organisation.error} />;
  const data = organisation.data;
  const status = data.status ?? 'draft';
  const region = data.registeredRegionCode ?? data.registeredRegion?.name;
  const rows: [string, string | null | undefined][] = [
    [
      t('orgForm.kind'),
      `${kindLabel(t, data.kind)}${data.subtype ? ` · ${subtypeLabel(t, data.subtype)}` : ''}`,
    ],
    [t('orgForm.creditCode'), data.creditCode],
    [t('orgForm.legalRepresentative'), data.legalRepresentative],
    [t('orgForm.registeredRegion'), region],
    [t('orgForm.address'), data.address],
    [t('orgForm.contactPhone'), data.contactPhone],
    [t('orgForm.contactEmail'), data.contactEmail],
    [t('orgForm.description'), data.description],
  ];

  return (
    <div className="admin-page" data-organisation-id={data.id} data-status={status}>
      <title>{`${data.name} · ${t('app.name')}`}</title>
      <p className="back-link">
        <Link to="/admin/organisations">← {t('admin.queueTitle')}</Link>
      </p>
      <h1>{data.name}</h1>
      <p>
        <span className={`badge status-${status}`}>{organisationStatusLabel(t, status)}</span>
      </p>
      {data.rejectionReason ? (
        <p>
          {t('myOrg.reason')}: <q>{data.rejectionReason}</q>
        </p>
      ) : null}
      <dl className="detail-list">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div className="detail-row" key={label}>
              <dt>{label}</dt>
              <dd className="description">{value}</dd>
            </div>
          ))}
      </dl>
      <section aria-labelledby="admin-documents-heading">
        <h2 id="admin-documents-heading">{t('documents.heading')}</h2>
        {documents.isError ? <ErrorMessage error={documents.error} /> : null}
        {documents.data?.length === 0 ? <p>{t('documents.none')}</p> : null}
        {documents.data && documents.data.length > 0 ? (
          <ul className="card-list" role="list" aria-label={t('documents.heading')}>
            {documents.data.map((document) => (
              <li key={document.id}>
                <a href={documentUrl(id, document.id)} download={document.filename}>
                  {document.filename}
                </a>{' '}
                <span className="badge">
                  {document.kind === 'registration-certificate' || document.kind === 'other'
                    ? t(`documents.kinds.${document.kind}`)
                    : document.kind}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <DecisionForm id={id} status={status} />
    </div>
  );
}

export default AdminOrganisationPage;
