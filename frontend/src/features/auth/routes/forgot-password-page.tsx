import { Link } from 'react-router';
import * as z from 'zod/mini';

import { FormAlert, TextField } from '@/components/form-field';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import { useRequestPasswordReset } from '../api/request-password-reset';

const forgotSchema = z.object({
  identifier: z.string().check(z.trim(), z.minLength(1, 'forms.required')),
});

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const reset = useRequestPasswordReset();
  const form = useZodForm(forgotSchema, { defaultValues: { identifier: '' } });
  const fieldError = useFieldError();
  const messages = useServerErrors(form.setError, reset.error, ['identifier']);
  const identifier = form.watch('identifier');

  const submit = form.handleSubmit((values) => reset.mutate(values));

  return (
    <div className="auth-page">
      <title>{`${t('forgot.title')} · ${t('app.name')}`}</title>
      <h1>{t('forgot.title')}</h1>
      {reset.isSuccess ? (
        // The same words whether or not the account exists: nobody learns who has one.
        <p role="status">{t('forgot.sent')}</p>
      ) : (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            id="forgot-identifier"
            label={t('auth.identifier')}
            hint={t('auth.identifierHint')}
            autoComplete="username"
            required
            error={fieldError(form.formState.errors.identifier)}
            {...form.register('identifier')}
          />
          <FormAlert messages={messages} />
          <button type="submit" disabled={reset.isPending || !identifier.trim()}>
            {t('forgot.submit')}
          </button>
        </form>
      )}
      <p>
        <Link to="/login">{t('forgot.backToLogin')}</Link>
      </p>
    </div>
  );
}

export default ForgotPasswordPage;
