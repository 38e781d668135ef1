import { useTranslation } from '@/lib/i18n/i18n';

import type { Eligibility } from '../api/schemas';
import '../i18n';

/** The verdict with each rule: met (✓) or not (✗), in the server's words. */
export function EligibilityList({ verdict, name }: { verdict: Eligibility; name: string }) {
  const { t } = useTranslation();
  return (
    <div className="eligibility" data-eligible={verdict.eligible}>
      <p className={verdict.eligible ? 'notice' : 'notice warning'} role="status">
        {verdict.eligible
          ? t('funding.eligibility.eligible', { name })
          : t('funding.eligibility.notEligible', { name })}
      </p>
      <ul className="checks" role="list" aria-label={t('funding.eligibility.checks', { name })}>
        {verdict.checks.map((check) => (
          <li key={check.rule} data-rule={check.rule} data-ok={check.ok}>
            <span aria-hidden="true">{check.ok ? '✓ ' : '✗ '}</span>
            <span className="visually-hidden">
              {check.ok ? t('funding.eligibility.met') : t('funding.eligibility.notMet')}
            </span>
            {check.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
