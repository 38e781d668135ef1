import type { ComponentProps } from 'react';

import { TextField } from '@/components/form-field';
import { useTranslation, type TranslationKey } from '@/lib/i18n/i18n';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/** A rough guide for the user, not a rule: the server decides what it accepts. */
export function passwordStrength(password: string): 'short' | 'weak' | 'fair' | 'strong' {
  if (password.length < MIN_PASSWORD_LENGTH) return 'short';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  if (classes >= 3 || password.length >= 14) return 'strong';
  if (classes === 2 || password.length >= 11) return 'fair';
  return 'weak';
}

/**
 * A new password with a live strength hint (≥ 8 characters). `value` is the current text (the
 * form's `watch`); the rest is the field's registration.
 */
export function NewPasswordField({
  id,
  label,
  value,
  error,
  ...input
}: {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
} & Omit<ComponentProps<'input'>, 'id' | 'value' | 'type'>) {
  const { t } = useTranslation();
  const strength = passwordStrength(value);
  return (
    <TextField
      id={id}
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD_LENGTH}
      maxLength={MAX_PASSWORD_LENGTH}
      error={error}
      {...input}
      hint={
        <span aria-live="polite">
          {value ? t(`password.${strength}` as TranslationKey) : t('password.rule')}
        </span>
      }
    />
  );
}
