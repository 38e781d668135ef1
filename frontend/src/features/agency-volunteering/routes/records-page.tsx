import { useState } from 'react';
import { useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { recordsCsvUrl, useCorrectRecord, useDisputes } from '../api/disputes';
import { BackLink, paths } from '../components/back-link';
import { CorrectionForm } from '../components/correction-form';
import { minutesToHours } from '../utils/hours';
import { formatInstant, shanghaiToday } from '../utils/time';

/** /my/organisations/:organisationId/volunteer-records — disputes and corrections, CSV export. */
export default function RecordsPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const [page, setPage] = useState(1);
  const disputes = useDisputes(organisationId, page - 1);
  const correct = useCorrectRecord();
  const [correcting, setCorrecting] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const today = shanghaiToday();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const periodValid =
    /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const pages =
    disputes.data && disputes.data.size > 0
      ? Math.max(1, Math.ceil(disputes.data.total / disputes.data.size))
      : 1;

  return (
    <div className="records-page">
      <title>{`${t('agencyVolunteering.records.title')} · ${t('app.name')}`}</title>
      <BackLink
        to={paths.openings(organisationId)}
        label={t('agencyVolunteering.backToOpenings')}
      />
      <h1>{t('agencyVolunteering.records.title')}</h1>

      <section aria-labelledby="disputes-heading">
        <h2 id="disputes-heading">{t('agencyVolunteering.records.disputes')}</h2>
        {done ? <p role="status">{t('agencyVolunteering.records.corrected')}</p> : null}
        {disputes.isPending ? <Loading label={t('search.loading')} /> : null}
        {disputes.isError ? (
          <ErrorMessage error={disputes.error} onRetry={() => void disputes.refetch()} />
        ) : null}
        {disputes.data?.items.length === 0 ? (
          <p>{t('agencyVolunteering.records.noDisputes')}</p>
        ) : null}
        {disputes.data && disputes.data.items.length > 0 ? (
          <ul
            className="card-list"
            role="list"
            aria-label={t('agencyVolunteering.records.disputes')}
          >
            {disputes.data.items.map((dispute) => (
              <li key={dispute.id} data-dispute-id={dispute.id} data-record-id={dispute.record.id}>
                <p>
                  <strong>{dispute.volunteerName}</strong>{' '}
                  {dispute.idNumberMasked ? (
                    <span className="monospace muted">{dispute.idNumberMasked}</span>
                  ) : null}
                </p>
                <p>
                  {[dispute.activity, formatInstant(dispute.startsAt)].filter(Boolean).join(' · ')}
                </p>
                <p>
                  {t('agencyVolunteering.hours.recorded', {
                    hours: minutesToHours(dispute.record.minutes),
                  })}
                </p>
                <blockquote className="dispute-reason">
                  <p className="muted">{t('agencyVolunteering.records.volunteerSays')}</p>
                  <p>{dispute.reason}</p>
                </blockquote>
                {correcting === dispute.id ? (
                  <CorrectionForm
                    idPrefix={`correct-${dispute.id}`}
                    record={dispute.record}
                    pending={correct.isPending}
                    error={correct.error}
                    onCancel={() => setCorrecting(null)}
                    onSubmit={(correction) =>
                      correct.mutate(
                        { organisationId, recordId: dispute.record.id, correction },
                        {
                          onSuccess: () => {
                            setCorrecting(null);
                            setDone(true);
                          },
                        },
                      )
                    }
                  />
                ) : (
                  <button
                    type="button"
                    aria-label={t('agencyVolunteering.records.correctLabel', {
                      name: dispute.volunteerName ?? '',
                    })}
                    onClick={() => {
                      correct.reset();
                      setDone(false);
                      setCorrecting(dispute.id);
                    }}
                  >
                    {t('agencyVolunteering.records.correct')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : null}
        <Pagination page={page} pages={pages} onPage={setPage} />
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('agencyVolunteering.records.export')}</h2>
        <p className="field-hint">{t('agencyVolunteering.records.exportHint')}</p>
        <div className="filters-row">
          <div className="field">
            <label htmlFor="export-from">{t('agencyVolunteering.records.from')}</label>
            <input
              id="export-from"
              type="date"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="export-to">{t('agencyVolunteering.records.to')}</label>
            <input id="export-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
        {periodValid ? (
          <p>
            <a className="button-link" href={recordsCsvUrl(organisationId, from, to)} download>
              {t('agencyVolunteering.records.download')}
            </a>
          </p>
        ) : (
          <p className="field-error">{t('agencyVolunteering.records.periodInvalid')}</p>
        )}
      </section>
    </div>
  );
}
