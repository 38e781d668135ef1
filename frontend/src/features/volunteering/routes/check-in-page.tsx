import { Link, useParams, useSearchParams } from 'react-router';

import { FormAlert } from '@/components/form-field';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';

import { useCheckIn } from '../api/sign-ups';
import '../i18n';

/**
 * `/check-in/:shiftId?code=…`: what a phone opens from the shift's QR code. The route asks the
 * visitor to sign in first; here they confirm, so that opening the link alone records nothing.
 */
export function CheckInPage() {
  const { t } = useTranslation();
  const { shiftId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const code = (searchParams.get('code') ?? '').trim().toUpperCase();
  const checkIn = useCheckIn();
  const validShift = /^\d{1,18}$/.test(shiftId);
  const messages = formErrors(checkIn.error, [], t).messages;

  return (
    <div className="form-page check-in-page">
      <title>{`${t('volunteering.checkIn.title')} · ${t('app.name')}`}</title>
      <h1>{t('volunteering.checkIn.title')}</h1>
      {!validShift || !code ? (
        <p role="alert">{t('volunteering.checkIn.noCode')}</p>
      ) : checkIn.isSuccess ? (
        <div className="notice" role="status">
          <p>{t('volunteering.checkIn.done')}</p>
          <Link to="/me/shifts">{t('volunteering.checkIn.myShifts')}</Link>
        </div>
      ) : (
        <>
          <p>{t('volunteering.checkIn.intro')}</p>
          <p>
            {t('volunteering.checkIn.code')}: <span className="monospace">{code}</span>
          </p>
          <FormAlert messages={messages} />
          <button
            type="button"
            disabled={checkIn.isPending}
            onClick={() => checkIn.mutate({ shiftId: Number(shiftId), code })}
          >
            {t('volunteering.checkIn.confirm')}
          </button>
        </>
      )}
    </div>
  );
}

export default CheckInPage;
