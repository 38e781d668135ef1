import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';

import { FormAlert, TextField } from '@/components/form-field';
import { MIN_PASSWORD_LENGTH, NewPasswordField } from '@/components/password-field';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';

import { useConfirmPasswordReset } from '../api/confirm-password-reset';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const reset = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = formErrors(reset.error, ['password', 'token'], t);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (password.length < MIN_PASSWORD_LENGTH) found.password = t('password.short');
    if (repeat !== password) found.repeat = t('reset.mismatch');
    setClientErrors(found);
    if (Object.keys(found).length === 0) reset.mutate({ token, password });
  };

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
        <form className="form" onSubmit={submit} noValidate>
          <NewPasswordField
            id="reset-password"
            label={t('reset.newPassword')}
            value={password}
            onChange={setPassword}
            error={clientErrors.password ?? errors.fields.password}
          />
          <TextField
            id="reset-repeat"
            label={t('reset.repeat')}
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            error={clientErrors.repeat}
            onChange={(event) => setRepeat(event.target.value)}
          />
          <FormAlert
            messages={
              errors.fields.token ? [errors.fields.token, ...errors.messages] : errors.messages
            }
          />
          <button type="submit" disabled={reset.isPending}>
            {t('reset.submit')}
          </button>
        </form>
      )}
    </div>
  );
}

export default ResetPasswordPage;
