import { useTranslation } from '@/lib/i18n/i18n';

import { checkInQrUrl, useCheckIn } from '../api/get-check-in';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';

/**
 * The shift's check-in: the QR code (drawn by the backend) that a volunteer's phone camera opens,
 * and the link and code in large type, for showing on a phone or printing.
 */
export function CheckInPanel({
  organisationId,
  shiftId,
  when,
}: {
  organisationId: string;
  shiftId: string;
  when: string;
}) {
  const { t } = useTranslation();
  const checkIn = useCheckIn(organisationId, shiftId);
  return (
    <section id="check-in" className="check-in-panel" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">{t('agencyVolunteering.checkIn.heading')}</h2>
      <p className="field-hint">{t('agencyVolunteering.checkIn.explain')}</p>
      {checkIn.isPending ? <Loading label={t('search.loading')} /> : null}
      {checkIn.isError ? (
        <ErrorMessage error={checkIn.error} onRetry={() => void checkIn.refetch()} />
      ) : null}
      {checkIn.data ? (
        <>
          <img
            className="check-in-qr"
            src={checkInQrUrl(organisationId, shiftId)}
            alt={t('agencyVolunteering.checkIn.qrAlt', { when })}
            width={240}
            height={240}
          />
          <p className="check-in-code-label">{t('agencyVolunteering.checkIn.code')}</p>
          <p className="check-in-code" data-testid="check-in-code" lang="en">
            {checkIn.data.code}
          </p>
          <p className="check-in-link">
            <a href={checkIn.data.url}>{checkIn.data.url}</a>
          </p>
          <button type="button" className="secondary no-print" onClick={() => window.print()}>
            {t('agencyVolunteering.checkIn.print')}
          </button>
        </>
      ) : null}
    </section>
  );
}
