import { useTranslation } from '@/lib/i18n/i18n';

/**
 * Said above the results when the keywords as typed found nothing and the search shows close matches instead (the
 * answer's `loose`).
 */
export function LooseNote({ loose }: { loose: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (!loose) {
    return null;
  }
  return (
    <p className="loose-note" data-testid="loose-note">
      {t('search.loose')}
    </p>
  );
}
