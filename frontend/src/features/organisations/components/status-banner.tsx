import { ErrorMessage } from '@/components/error-message';
import { useTranslation, type TranslationKey } from '@/lib/i18n/i18n';
import { ORGANISATION_STATUSES, organisationStatusLabel } from '@/lib/labels';

import { useSubmitOrganisation } from '../api/submit-organisation';
import type { OrganisationDetail } from '../api/schemas';

/** Where the organisation stands in verification, and the owner's next step. */
export function StatusBanner({
  organisation,
  isOwner,
}: {
  organisation: OrganisationDetail;
  isOwner: boolean;
}) {
  const { t } = useTranslation();
  const submit = useSubmitOrganisation();
  const status = organisation.status ?? 'draft';
  const known = (ORGANISATION_STATUSES as readonly string[]).includes(status);
  const canSubmit = isOwner && (status === 'draft' || status === 'rejected');
  return (
    <section
      className={`status-banner status-${status}`}
      aria-labelledby="status-heading"
      data-status={status}
    >
      <h2 id="status-heading">
        {t('myOrg.statusHeading')}: {organisationStatusLabel(t, status)}
      </h2>
      {known ? <p>{t(`myOrg.statusHelp.${status}` as TranslationKey)}</p> : null}
      {status === 'rejected' || status === 'suspended' ? (
        organisation.rejectionReason ? (
          <p>
            {t('myOrg.reason')}: <q>{organisation.rejectionReason}</q>
          </p>
        ) : null
      ) : null}
      {canSubmit ? (
        <button
          type="button"
          disabled={submit.isPending}
          onClick={() => submit.mutate(String(organisation.id))}
        >
          {t('myOrg.submit')}
        </button>
      ) : null}
      {submit.isError ? <ErrorMessage error={submit.error} /> : null}
      {submit.isSuccess ? <p role="status">{t('myOrg.submitted')}</p> : null}
    </section>
  );
}
