import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
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

/** Whether the current account proposed it, as far as the API's answer tells. */
export function proposedBy(
  item: { proposedByMe?: boolean | null; proposedByAccountId?: number | null },
  accountId: number | undefined,
): boolean {
  if (item.proposedByMe != null) return item.proposedByMe;
  return item.proposedByAccountId != null && item.proposedByAccountId === accountId;
}

export { isFourEyes };
