import { useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { ApiError } from '@/lib/api-client';
import { useTranslation } from '@/lib/i18n/i18n';

import { useVerifiedCertificate, type VerifiedCertificate } from '../api/verify-certificate';
import '../i18n';
import { formatHours } from '../utils/hours';
import { formatInstant } from '../utils/shanghai-dates';

function CertificateFacts({ certificate }: { certificate: VerifiedCertificate }) {
  const { t } = useTranslation();
  const valid = certificate.status === 'valid';
  const period = [certificate.periodFrom, certificate.periodTo]
    .filter(Boolean)
    .map((day) => day!.slice(0, 10))
    .join(' – ');
  return (
    <article className="certificate" data-status={certificate.status}>
      <p className={valid ? 'status-banner' : 'status-banner status-rejected'} role="status">
        {valid
          ? t('volunteering.verify.valid')
          : t('volunteering.verify.revoked', {
              date: formatInstant(certificate.revokedAt).slice(0, 10),
            })}
      </p>
      <dl className="detail-list">
        <div className="detail-row">
          <dt>{t('volunteering.verify.code')}</dt>
          <dd className="monospace">{certificate.code}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('volunteering.verify.volunteer')}</dt>
          <dd>{certificate.volunteerName}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('volunteering.verify.idNumber')}</dt>
          <dd className="monospace" data-testid="id-number-masked">
            {certificate.idNumberMasked}
          </dd>
        </div>
        <div className="detail-row">
          <dt>{t('volunteering.verify.organisation')}</dt>
          <dd>{certificate.organisationName}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('volunteering.verify.issuedAt')}</dt>
          <dd>{formatInstant(certificate.issuedAt).slice(0, 10)}</dd>
        </div>
        {period ? (
          <div className="detail-row">
            <dt>{t('volunteering.verify.period')}</dt>
            <dd>{period}</dd>
          </div>
        ) : null}
        <div className="detail-row">
          <dt>{t('volunteering.verify.totalHours')}</dt>
          <dd data-minutes={certificate.totalMinutes}>
            {t('volunteering.hours.totalHours', { hours: formatHours(certificate.totalMinutes) })}
          </dd>
        </div>
      </dl>
      {certificate.records.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption>{t('volunteering.verify.records')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('volunteering.verify.date')}</th>
                <th scope="col">{t('volunteering.verify.activity')}</th>
                <th scope="col">{t('volunteering.verify.hours')}</th>
              </tr>
            </thead>
            <tbody>
              {certificate.records.map((record, index) => (
                <tr key={index}>
                  <td>{record.date.slice(0, 10)}</td>
                  <td>{record.activity}</td>
                  <td>{formatHours(record.minutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </article>
  );
}

/** `/verify/:code`: anyone holding a certificate checks what it says (no sign-in). */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const certificate = useVerifiedCertificate(code);

  let content;
  if (certificate.isPending) content = <Loading label={t('volunteering.verify.loading')} />;
  else if (certificate.isError)
    content =
      certificate.error instanceof ApiError && certificate.error.status === 404 ? (
        <div role="alert" data-status="unknown">
          <h2>{t('volunteering.verify.unknownTitle')}</h2>
          <p>{t('volunteering.verify.unknown', { code })}</p>
        </div>
      ) : (
        <ErrorMessage
          error={certificate.error}
          fallbackKey="volunteering.verify.error"
          onRetry={() => void certificate.refetch()}
        />
      );
  else content = <CertificateFacts certificate={certificate.data} />;

  return (
    <div className="verify-page">
      <title>{`${t('volunteering.verify.title')} · ${t('app.name')}`}</title>
      <h1>{t('volunteering.verify.title')}</h1>
      {content}
    </div>
  );
}

export default VerifyPage;
