import { Link, useNavigate, useSearchParams } from 'react-router';
import * as z from 'zod/mini';

import { FormAlert, TextField } from '@/components/form-field';
import { safeNext } from '@/components/require-auth';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import { useLogin } from '../api/login';

const loginSchema = z.object({
  identifier: z.string().check(z.trim(), z.minLength(1, 'forms.required')),
  password: z.string().check(z.minLength(1, 'forms.required')),
});

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const login = useLogin();
  const form = useZodForm(loginSchema, { defaultValues: { identifier: '', password: '' } });
  const fieldError = useFieldError();
  const messages = useServerErrors(form.setError, login.error, ['identifier', 'password']);
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) =>
    login.mutate(values, { onSuccess: () => void navigate(next, { replace: true }) }),
  );

  return (
    <div className="auth-page">
      <title>{`${t('login.title')} · ${t('app.name')}`}</title>
      <h1>{t('login.title')}</h1>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="login-identifier"
          label={t('auth.identifier')}
          autoComplete="username"
          required
          error={fieldError(errors.identifier)}
          {...form.register('identifier')}
        />
        <TextField
          id="login-password"
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          required
          error={fieldError(errors.password)}
          {...form.register('password')}
        />
        <FormAlert messages={messages} />
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
