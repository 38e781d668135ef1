import { useSession } from '@/lib/auth/session';
import { formatFen } from '@/lib/format';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useDecideAward } from '../api/awards';
import type { Award } from '../api/schemas';

import { FourEyesDecision, isFourEyes, proposedBy } from './four-eyes';

/**
 * Approve or decline a proposed award. The member who proposed it cannot approve it: they are
 * told so (from the answer's proposer, or from the server's 403) and get no approve button.
 */
export function AwardDecision({ organisationId, award }: { organisationId: string; award: Award }) {
  const { t } = useTranslation();
  const session = useSession();
  const decide = useDecideAward();
  const own = proposedBy('award', award, session.account?.id) || isFourEyes(decide.error);
  const name = t('funder.awards.name', {
    organisation: award.organisationName ?? '',
    amount: formatFen(award.amountFen),
  });
  return (
    <div className="award-decision">
      <FourEyesDecision
        kind="award"
        own={own}
        id={`award-decline-${award.id}`}
        approveLabel={t('funder.awards.approve', { name })}
        refuseLabel={t('funder.awards.decline', { name })}
        reasonLabel={t('funder.awards.declineReason')}
        pending={decide.isPending}
        error={decide.error}
        onApprove={() =>
          decide.mutate({
            organisationId,
            awardId: award.id,
            decision: { action: 'approve', version: award.version ?? null },
          })
        }
        onRefuse={(reason, done) =>
          decide.mutate(
            { organisationId, awardId: award.id, decision: { action: 'decline', reason } },
            { onSuccess: done },
          )
        }
      />
    </div>
  );
}
