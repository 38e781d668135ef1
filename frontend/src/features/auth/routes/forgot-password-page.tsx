import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { FormAlert, TextField } from '@/components/form-field';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';

import { useRequestPasswordReset } from '../api/request-password-reset';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const reset = useRequestPasswordReset();
  const [identifier, setIdentifier] = useState('');
  const errors = formErrors(reset.error, ['identifier'], t);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset.mutate({ identifier: identifier.trim() });
  };

  return (
    <div className="auth-page">
      <title>{`${t('forgot.title')} · ${t('app.name')}`}</title>
      <h1>{t('forgot.title')}</h1>
      {reset.isSuccess ? (
        // The same words whether or not the account exists: nobody learns who has one.
        <p role="status">{t('forgot.sent')}</p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            id="forgot-identifier"
            label={t('auth.identifier')}
            hint={t('auth.identifierHint')}
            autoComplete="username"
            required
            value={identifier}
            error={errors.fields.identifier}
            onChange={(event) => setIdentifier(event.target.value)}
          />
          <FormAlert messages={errors.messages} />
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
