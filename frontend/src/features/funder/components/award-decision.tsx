import { useState } from 'react';

import { FormAlert } from '@/components/form-field';
import { useSession } from '@/lib/auth/session';
import { formErrors } from '@/lib/form-errors';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useDecideAward } from '../api/awards';
import type { Award } from '../api/schemas';

import { FourEyesNotice, isFourEyes, proposedBy } from './four-eyes';
import { ReasonForm } from '@/components/reason-form';

/**
 * Approve or decline a proposed award. The member who proposed it cannot approve it: they are
 * told so (from the answer's proposer, or from the server's 403) and get no approve button.
 */
export function AwardDecision({ organisationId, award }: { organisationId: string; award: Award }) {
  const { t } = useTranslation();
  const session = useSession();
  const decide = useDecideAward();
  const [declining, setDeclining] = useState(false);
  const own = proposedBy('award', award, session.account?.id) || isFourEyes(decide.error);
  const name = t('funder.awards.name', {
    organisation: award.organisationName ?? '',
    amount: formatFen(award.amountFen),
  });
  return (
    <div className="award-decision">
      {own ? <FourEyesNotice kind="award" /> : null}
      {!declining ? (
        <div className="actions">
          {own ? null : (
            <button
              type="button"
              disabled={decide.isPending}
              onClick={() =>
                decide.mutate({
                  organisationId,
                  awardId: award.id,
                  decision: { action: 'approve', version: award.version ?? null },
                })
              }
            >
              {t('funder.awards.approve', { name })}
            </button>
          )}
          <button type="button" className="danger" onClick={() => setDeclining(true)}>
            {t('funder.awards.decline', { name })}
          </button>
        </div>
      ) : (
        <ReasonForm
          id={`award-decline-${award.id}`}
          label={t('funder.awards.declineReason')}
          submitLabel={t('funder.awards.decline', { name })}
          pending={decide.isPending}
          error={decide.error}
          onSubmit={(reason) =>
            decide.mutate(
              { organisationId, awardId: award.id, decision: { action: 'decline', reason } },
              { onSuccess: () => setDeclining(false) },
            )
          }
          onCancel={() => setDeclining(false)}
        />
      )}
      {!declining && !isFourEyes(decide.error) ? (
        <FormAlert messages={formErrors(decide.error, [], t).messages} />
      ) : null}
    </div>
  );
}
