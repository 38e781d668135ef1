import { useMemo, useState, type FormEvent } from 'react';
import * as z from 'zod/mini';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert, SelectField, TextAreaField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { formErrors } from '@/lib/form-errors';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import {
  certificatePdfUrl,
  useDisputeRecord,
  useMyCertificates,
  useMyRecords,
  useRecordHistory,
  useRequestCertificate,
  type ServiceRecord,
} from '../api/records';
import { statusLabel } from '../components/labels';
import '../i18n';
import { formatHours } from '../utils/hours';
import { formatInstant, formatShift } from '../utils/shanghai-dates';

function History({ record }: { record: ServiceRecord }) {
  const { t } = useTranslation();
  const history = useRecordHistory(record.id, true);
  if (history.isPending) return <Loading label={t('search.loading')} />;
  if (history.isError)
    return <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <ol
      className="record-history"
      aria-label={t('volunteering.hours.historyOf', { activity: record.activity })}
    >
      {history.data.map((version) => (
        <li key={version.version}>
          <p>
            <strong>{t('volunteering.hours.version', { version: version.version })}</strong>
            {version.recordedAt ? ` · ${formatInstant(version.recordedAt)}` : null}
            {version.status ? ` · ${statusLabel(t, version.status)}` : null}
          </p>
          <p>
            {t('volunteering.hours.hoursLabel')}: {formatHours(version.minutes)}
            {version.content ? ` · ${version.content}` : null}
          </p>
          {version.reason ? (
            <p>
              {t('volunteering.hours.reason')}: {version.reason}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

const disputeSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(1, 'forms.required'), z.maxLength(2000)),
});

function DisputeForm({
  record,
  onSent,
  onCancel,
}: {
  record: ServiceRecord;
  onSent: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dispute = useDisputeRecord();
  const form = useZodForm(disputeSchema, { defaultValues: { reason: '' } });
  const fieldError = useFieldError();
  const messages = useServerErrors(form.setError, dispute.error, ['reason']);
  const submit = form.handleSubmit((values) =>
    dispute.mutate({ recordId: record.id, reason: values.reason }, { onSuccess: onSent }),
  );
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextAreaField
        id={`dispute-reason-${record.id}`}
        label={t('volunteering.hours.disputeReason')}
        hint={t('volunteering.hours.disputeHint')}
        rows={3}
        maxLength={2000}
        required
        error={fieldError(form.formState.errors.reason)}
        {...form.register('reason')}
      />
      <FormAlert messages={messages} />
      <div className="actions">
        <button type="submit" disabled={dispute.isPending}>
          {t('volunteering.hours.sendDispute')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('volunteering.hours.cancel')}
        </button>
      </div>
    </form>
  );
}

function RecordItem({ record }: { record: ServiceRecord }) {
  const { t, language } = useTranslation();
  const [showHistory, setShowHistory] = useState(false);
  const [disputing, setDisputing] = useState(false);
  const [disputed, setDisputed] = useState(false);
  return (
    <li data-record-id={record.id} data-status={record.status} data-minutes={record.minutes}>
      <h3>{record.activity}</h3>
      <dl className="detail-list">
        <div className="detail-row">
          <dt>{t('volunteering.hours.hoursLabel')}</dt>
          <dd>{t('volunteering.hours.totalHours', { hours: formatHours(record.minutes) })}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('volunteering.hours.time')}</dt>
          <dd>{formatShift(record.startsAt, record.endsAt, language)}</dd>
        </div>
        {record.place ? (
          <div className="detail-row">
            <dt>{t('volunteering.hours.place')}</dt>
            <dd>{record.place}</dd>
          </div>
        ) : null}
        <div className="detail-row">
          <dt>{t('volunteering.hours.organisation')}</dt>
          <dd>{record.organisationName}</dd>
        </div>
        {record.content ? (
          <div className="detail-row">
            <dt>{t('volunteering.hours.content')}</dt>
            <dd>{record.content}</dd>
          </div>
        ) : null}
        {record.evaluation ? (
          <div className="detail-row">
            <dt>{t('volunteering.hours.evaluation')}</dt>
            <dd>{record.evaluation}</dd>
          </div>
        ) : null}
        <div className="detail-row">
          <dt>{t('volunteering.hours.status')}</dt>
          <dd>{statusLabel(t, record.status)}</dd>
        </div>
        {record.recordedAt ? (
          <div className="detail-row">
            <dt>{t('volunteering.hours.recordedAt')}</dt>
            <dd>{formatInstant(record.recordedAt).slice(0, 10)}</dd>
          </div>
        ) : null}
      </dl>
      <div className="actions">
        <button
          type="button"
          className="link-button"
          aria-expanded={showHistory}
          onClick={() => setShowHistory((open) => !open)}
        >
          {showHistory ? t('volunteering.hours.hideHistory') : t('volunteering.hours.history')}
        </button>
        {record.status === 'confirmed' && !disputing && !disputed ? (
          <button type="button" className="link-button" onClick={() => setDisputing(true)}>
            {t('volunteering.hours.dispute')}
          </button>
        ) : null}
      </div>
      {showHistory ? <History record={record} /> : null}
      {disputing ? (
        <DisputeForm
          record={record}
          onSent={() => {
            setDisputing(false);
            setDisputed(true);
          }}
          onCancel={() => setDisputing(false)}
        />
      ) : null}
      {disputed ? <p role="status">{t('volunteering.hours.disputeSent')}</p> : null}
    </li>
  );
}

function CertificateRequest({ records }: { records: readonly ServiceRecord[] }) {
  const { t } = useTranslation();
  const request = useRequestCertificate();
  const confirmed = records.filter((record) => record.status === 'confirmed');
  const organisations = useMemo(() => {
    const byId = new Map<number, string>();
    for (const record of confirmed) byId.set(record.organisationId, record.organisationName);
    return [...byId];
  }, [confirmed]);
  const [organisationId, setOrganisationId] = useState<number | undefined>(undefined);
  const [scope, setScope] = useState<'all' | 'chosen'>('all');
  const [chosen, setChosen] = useState<number[]>([]);
  const [missing, setMissing] = useState(false);
  const current = organisationId ?? organisations[0]?.[0];
  const ofOrganisation = confirmed.filter((record) => record.organisationId === current);
  const messages = formErrors(request.error, [], t).messages;

  if (organisations.length === 0) {
    return <p className="muted">{t('volunteering.certificates.noConfirmed')}</p>;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (current === undefined) return;
    const recordIds =
      scope === 'all' ? null : chosen.filter((id) => ofOrganisation.some((r) => r.id === id));
    if (recordIds !== null && recordIds.length === 0) {
      setMissing(true);
      return;
    }
    setMissing(false);
    request.mutate({ organisationId: current, recordIds });
  };

  return (
    <form
      className="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="certificate-request-heading"
    >
      <h3 id="certificate-request-heading">{t('volunteering.certificates.request')}</h3>
      <SelectField
        id="certificate-organisation"
        label={t('volunteering.certificates.organisation')}
        value={String(current)}
        onChange={(event) => {
          setOrganisationId(Number(event.target.value));
          setChosen([]);
        }}
      >
        {organisations.map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </SelectField>
      <fieldset>
        <legend>{t('volunteering.certificates.scope')}</legend>
        <div className="checkbox-field">
          <input
            id="certificate-scope-all"
            type="radio"
            name="certificate-scope"
            checked={scope === 'all'}
            onChange={() => setScope('all')}
          />
          <label htmlFor="certificate-scope-all">{t('volunteering.certificates.all')}</label>
        </div>
        <div className="checkbox-field">
          <input
            id="certificate-scope-chosen"
            type="radio"
            name="certificate-scope"
            checked={scope === 'chosen'}
            onChange={() => setScope('chosen')}
          />
          <label htmlFor="certificate-scope-chosen">{t('volunteering.certificates.chosen')}</label>
        </div>
      </fieldset>
      {scope === 'chosen' ? (
        <fieldset>
          <legend>{t('volunteering.certificates.chooseRecords')}</legend>
          <ul className="facet-options" role="list">
            {ofOrganisation.map((record) => {
              const id = `certificate-record-${record.id}`;
              return (
                <li key={record.id}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={chosen.includes(record.id)}
                    onChange={(event) =>
                      setChosen((list) =>
                        event.target.checked
                          ? [...list, record.id]
                          : list.filter((other) => other !== record.id),
                      )
                    }
                  />
                  <label htmlFor={id}>
                    {record.activity} · {formatInstant(record.startsAt).slice(0, 10)} ·{' '}
                    {formatHours(record.minutes)}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}
      {missing ? (
        <p className="field-error" role="alert">
          {t('volunteering.certificates.chooseOne')}
        </p>
      ) : null}
      <FormAlert messages={messages} />
      {request.isSuccess ? <p role="status">{t('volunteering.certificates.issued')}</p> : null}
      <button type="submit" disabled={request.isPending}>
        {request.isPending ? t('forms.sending') : t('volunteering.certificates.submit')}
      </button>
    </form>
  );
}

function Certificates({ records }: { records: readonly ServiceRecord[] }) {
  const { t } = useTranslation();
  const certificates = useMyCertificates();
  return (
    <section aria-labelledby="certificates-heading">
      <h2 id="certificates-heading">{t('volunteering.certificates.title')}</h2>
      <CertificateRequest records={records} />
      <h3 id="certificate-list-heading">{t('volunteering.certificates.list')}</h3>
      {certificates.isPending ? <Loading label={t('search.loading')} /> : null}
      {certificates.isError ? (
        <ErrorMessage error={certificates.error} onRetry={() => void certificates.refetch()} />
      ) : null}
      {certificates.data?.length === 0 ? (
        <p className="empty">{t('volunteering.certificates.none')}</p>
      ) : null}
      {certificates.data && certificates.data.length > 0 ? (
        <ul className="card-list" role="list" aria-labelledby="certificate-list-heading">
          {certificates.data.map((certificate) => (
            <li
              key={certificate.code}
              data-code={certificate.code}
              data-status={certificate.status}
            >
              <dl className="detail-list">
                <div className="detail-row">
                  <dt>{t('volunteering.certificates.organisation')}</dt>
                  <dd>{certificate.organisationName}</dd>
                </div>
                <div className="detail-row">
                  <dt>{t('volunteering.certificates.code')}</dt>
                  <dd className="monospace">{certificate.code}</dd>
                </div>
                <div className="detail-row">
                  <dt>{t('volunteering.certificates.issuedAt')}</dt>
                  <dd>{formatInstant(certificate.issuedAt).slice(0, 10)}</dd>
                </div>
                <div className="detail-row">
                  <dt>{t('volunteering.certificates.totalHours')}</dt>
                  <dd>
                    {t('volunteering.hours.totalHours', {
                      hours: formatHours(certificate.totalMinutes),
                    })}
                  </dd>
                </div>
                <div className="detail-row">
                  <dt>{t('volunteering.certificates.status')}</dt>
                  <dd>
                    {statusLabel(t, certificate.status)}
                    {certificate.revokedAt
                      ? ` · ${t('volunteering.certificates.revokedAt')} ${formatInstant(certificate.revokedAt).slice(0, 10)}`
                      : null}
                  </dd>
                </div>
              </dl>
              <div className="actions">
                <a
                  className="button-link"
                  href={certificatePdfUrl(certificate.code)}
                  download
                  aria-label={t('volunteering.certificates.downloadFor', {
                    organisation: certificate.organisationName,
                  })}
                >
                  {t('volunteering.certificates.download')}
                </a>
                <a href={`/verify/${encodeURIComponent(certificate.code)}`}>
                  {t('volunteering.certificates.verifyLink')}
                </a>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** `/me/hours`: every service record, the total, history and disputes; certificates. */
export function MyHoursPage() {
  const { t } = useTranslation();
  const records = useMyRecords();
  return (
    <div className="my-hours-page">
      <title>{`${t('volunteering.hours.title')} · ${t('app.name')}`}</title>
      <h1>{t('volunteering.hours.title')}</h1>
      {records.isPending ? <Loading label={t('search.loading')} /> : null}
      {records.isError ? (
        <ErrorMessage error={records.error} onRetry={() => void records.refetch()} />
      ) : null}
      {records.data ? (
        <>
          <p className="total-hours">
            {t('volunteering.hours.total')}:{' '}
            <strong data-testid="total-hours" data-minutes={records.data.totalMinutes}>
              {t('volunteering.hours.totalHours', {
                hours: formatHours(records.data.totalMinutes),
              })}
            </strong>
          </p>
          <section aria-labelledby="records-heading">
            <h2 id="records-heading">{t('volunteering.hours.records')}</h2>
            {records.data.items.length === 0 ? (
              <p className="empty">{t('volunteering.hours.none')}</p>
            ) : (
              <ul className="card-list" role="list" aria-labelledby="records-heading">
                {records.data.items.map((record) => (
                  <RecordItem key={record.id} record={record} />
                ))}
              </ul>
            )}
          </section>
          <Certificates records={records.data.items} />
        </>
      ) : null}
    </div>
  );
}

export default MyHoursPage;
