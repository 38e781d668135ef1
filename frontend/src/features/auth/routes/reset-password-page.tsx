import { Link, useSearchParams } from 'react-router';
import * as z from 'zod/mini';

import { FormAlert, TextField } from '@/components/form-field';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  NewPasswordField,
} from '@/components/password-field';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import { useConfirmPasswordReset } from '../api/confirm-password-reset';

const resetSchema = z
  .object({
    password: z
      .string()
      .check(
        z.minLength(MIN_PASSWORD_LENGTH, 'password.short'),
        z.maxLength(MAX_PASSWORD_LENGTH, 'password.long'),
      ),
    repeat: z.string(),
  })
  .check(
    z.refine((values) => values.repeat === values.password, {
      message: 'reset.mismatch',
      path: ['repeat'],
    }),
  );

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const reset = useConfirmPasswordReset();
  const form = useZodForm(resetSchema, { defaultValues: { password: '', repeat: '' } });
  const fieldError = useFieldError();
  // the token is no field the user can correct: its problem goes to the form's alert
  const messages = useServerErrors(form.setError, reset.error, ['password']);
  const { errors } = form.formState;

  const submit = form.handleSubmit(({ password }) => reset.mutate({ token, password }));

  if (!token) {
    return (
      <div className="auth-page">
        <h1>{t('reset.title')}</h1>
        <p role="alert">{t('reset.noToken')}</p>
        <p>
          <Link to="/forgot-password">{t('reset.again')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="auth-page">
      <title>{`${t('reset.title')} · ${t('app.name')}`}</title>
      <h1>{t('reset.title')}</h1>
      {reset.isSuccess ? (
        <>
          <p role="status">{t('reset.done')}</p>
          <p>
            <Link to="/login">{t('nav.login')}</Link>
          </p>
        </>
      ) : (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <NewPasswordField
            id="reset-password"
            label={t('reset.newPassword')}
            value={form.watch('password')}
            error={fieldError(errors.password)}
            {...form.register('password')}
          />
          <TextField
            id="reset-repeat"
            label={t('reset.repeat')}
            type="password"
            autoComplete="new-password"
            required
            error={fieldError(errors.repeat)}
            {...form.register('repeat')}
          />
          <FormAlert messages={messages} />
          <button type="submit" disabled={reset.isPending}>
            {t('reset.submit')}
          </button>
        </form>
      )}
    </div>
  );
}

export default ResetPasswordPage;
