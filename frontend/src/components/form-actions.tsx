import { useTranslation } from '@/lib/i18n/i18n';

/**
 * A form's send and cancel buttons. The send button says it is sending while `pending` and is
 * disabled then (or when `disabled`); `danger` marks a send that refuses or removes something.
 */
export function FormActions({
  submitLabel,
  pending,
  disabled = false,
  danger = false,
  onCancel,
}: {
  submitLabel: string;
  pending: boolean;
  disabled?: boolean;
  danger?: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button
        type="submit"
        className={danger ? 'danger' : undefined}
        disabled={pending || disabled}
      >
        {pending ? t('forms.sending') : submitLabel}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('forms.cancel')}
      </button>
    </div>
  );
}
