import { useState } from 'react';

import { FormAlert } from '@/components/form-field';
import { ReasonForm } from '@/components/reason-form';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { isOwn } from '../utils/own-proposals';
import { isFourEyes } from '../utils/server-errors';

/**
 * Says that the current member proposed (or recorded) this and another member must approve it:
 * before anything is clicked when the API tells who proposed it, or after the server's 403.
 */
export function FourEyesNotice({ kind }: { kind: 'award' | 'payment' | 'match' }) {
  const { t } = useTranslation();
  return (
    <p className="notice four-eyes" data-testid="four-eyes">
      {t(`funder.fourEyes.${kind}`)}
    </p>
  );
}

/**
 * Whether the current account proposed it: from the answer when it names the proposer, else from
 * what this account proposed in this browser.
 */
export function proposedBy(
  kind: 'award' | 'match',
  item: { id: number; proposedByMe?: boolean | null; proposedByAccountId?: number | null },
  accountId: number | undefined,
): boolean {
  if (item.proposedByMe != null) return item.proposedByMe;
  if (item.proposedByAccountId != null) return item.proposedByAccountId === accountId;
  return isOwn(kind, accountId, item.id);
}

/**
 * Approve or refuse what another member proposed or recorded (an award, a payment, a match): the
 * member who did (`own`) is told so and gets no approve button; refusing asks for the reason.
 */
export function FourEyesDecision({
  kind,
  own,
  id,
  approveLabel,
  refuseLabel,
  reasonLabel,
  pending,
  error,
  onApprove,
  onRefuse,
}: {
  kind: 'award' | 'payment' | 'match';
  own: boolean;
  /** The reason form's id. */
  id: string;
  approveLabel: string;
  refuseLabel: string;
  reasonLabel: string;
  pending: boolean;
  error: unknown;
  onApprove: () => void;
  /** Sends the refusal; `done` closes the reason form once it went through. */
  onRefuse: (reason: string, done: () => void) => void;
}) {
  const { t } = useTranslation();
  const [refusing, setRefusing] = useState(false);
  return (
    <>
      {own ? <FourEyesNotice kind={kind} /> : null}
      {refusing ? (
        <ReasonForm
          id={id}
          label={reasonLabel}
          submitLabel={refuseLabel}
          pending={pending}
          error={error}
          onSubmit={(reason) => onRefuse(reason, () => setRefusing(false))}
          onCancel={() => setRefusing(false)}
        />
      ) : (
        <div className="actions">
          {own ? null : (
            <button type="button" disabled={pending} onClick={onApprove}>
              {approveLabel}
            </button>
          )}
          <button type="button" className="danger" onClick={() => setRefusing(true)}>
            {refuseLabel}
          </button>
        </div>
      )}
      {!refusing && !isFourEyes(error) ? (
        <FormAlert messages={formErrors(error, [], t).messages} />
      ) : null}
    </>
  );
}

export { isFourEyes };
