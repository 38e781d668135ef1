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

export { isFourEyes };
