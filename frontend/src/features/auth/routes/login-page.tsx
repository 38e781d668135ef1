import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { FormAlert, TextField } from '@/components/form-field';
import { safeNext } from '@/components/require-auth';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';

import { useLogin } from '../api/login';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const login = useLogin();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const errors = formErrors(login.error, ['identifier', 'password'], t);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(
      { identifier: identifier.trim(), password },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );
  };

  return (
    <div className="auth-page">
      <title>{`${t('login.title')} · ${t('app.name')}`}</title>
      <h1>{t('login.title')}</h1>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="login-identifier"
          label={t('auth.identifier')}
          autoComplete="username"
          required
          value={identifier}
          error={errors.fields.identifier}
          onChange={(event) => setIdentifier(event.target.value)}
        />
        <TextField
          id="login-password"
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={errors.fields.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <FormAlert messages={errors.messages} />
        <button type="submit" disabled={login.isPending}>
          {t('login.submit')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('login.forgot')}</Link>
      </p>
      <p>
        {t('login.noAccount')} <Link to="/signup">{t('nav.signup')}</Link>
      </p>
    </div>
  );
}

export default LoginPage;
