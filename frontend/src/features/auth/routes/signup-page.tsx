import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import * as z from 'zod/mini';

import { FormAlert, TextField } from '@/components/form-field';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  NewPasswordField,
} from '@/components/password-field';
import { safeNext } from '@/components/require-auth';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import { useConfirmSignup } from '../api/confirm-signup';
import { useSignup } from '../api/signup';

const detailsSchema = z.object({
  identifier: z.string().check(z.trim(), z.minLength(1, 'forms.required')),
  password: z
    .string()
    .check(
      z.minLength(MIN_PASSWORD_LENGTH, 'password.short'),
      z.maxLength(MAX_PASSWORD_LENGTH, 'password.long'),
    ),
  displayName: z.string().check(z.trim(), z.minLength(1, 'forms.required')),
  volunteer: z.boolean(),
});

const codeSchema = z.object({
  code: z.string().check(z.trim(), z.regex(/^\d{6}$/, 'signup.codeFormat')),
});

const SIGNUP_FIELDS = ['identifier', 'password', 'displayName', 'volunteer'] as const;

/** Two steps on one page: the account details, then the 6-digit code sent to the identifier. */
export function SignupPage() {
  const { t, language } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const signup = useSignup();
  const confirm = useConfirmSignup();
  const fieldError = useFieldError();

  const [sent, setSent] = useState<{ identifier: string; handle: string } | undefined>();

  const details = useZodForm(detailsSchema, {
    defaultValues: { identifier: '', password: '', displayName: '', volunteer: false },
  });
  const detailsMessages = useServerErrors(details.setError, signup.error, SIGNUP_FIELDS);
  const codeForm = useZodForm(codeSchema, { defaultValues: { code: '' } });
  const codeMessages = useServerErrors(codeForm.setError, confirm.error, ['code']);

  const submitDetails = details.handleSubmit((values) =>
    signup.mutate(
      { ...values, language },
      {
        onSuccess: (started) => setSent({ identifier: values.identifier, handle: started.handle }),
      },
    ),
  );

  const submitCode = codeForm.handleSubmit(({ code }) => {
    if (!sent) return;
    confirm.mutate(
      { identifier: sent.identifier, code, handle: sent.handle },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );
  });

  const code = codeForm.watch('code');
  const detailErrors = details.formState.errors;

  return (
    <div className="auth-page">
      <title>{`${t('signup.title')} · ${t('app.name')}`}</title>
      <h1>{t('signup.title')}</h1>
      {!sent ? (
        <form className="form" onSubmit={(event) => void submitDetails(event)} noValidate>
          <TextField
            id="signup-identifier"
            label={t('auth.identifier')}
            hint={t('auth.identifierHint')}
            autoComplete="username"
            required
            maxLength={254}
            error={fieldError(detailErrors.identifier)}
            {...details.register('identifier')}
          />
          <NewPasswordField
            id="signup-password"
            label={t('auth.password')}
            value={details.watch('password')}
            error={fieldError(detailErrors.password)}
            {...details.register('password')}
          />
          <TextField
            id="signup-display-name"
            label={t('signup.displayName')}
            hint={t('signup.displayNameHint')}
            autoComplete="nickname"
            required
            maxLength={60}
            error={fieldError(detailErrors.displayName)}
            {...details.register('displayName')}
          />
          <div className="field checkbox-field">
            <input id="signup-volunteer" type="checkbox" {...details.register('volunteer')} />
            <label htmlFor="signup-volunteer">{t('signup.volunteer')}</label>
          </div>
          <FormAlert messages={detailsMessages} />
          <button type="submit" disabled={signup.isPending}>
            {signup.isPending ? t('forms.sending') : t('signup.sendCode')}
          </button>
          <p>
            {t('signup.haveAccount')} <Link to="/login">{t('nav.login')}</Link>
          </p>
        </form>
      ) : (
        <form className="form" onSubmit={(event) => void submitCode(event)} noValidate>
          <p role="status">{t('signup.codeSent', { identifier: sent.identifier })}</p>
          <TextField
            id="signup-code"
            label={t('signup.code')}
            hint={t('signup.codeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="\d{6}"
            maxLength={6}
            required
            error={fieldError(codeForm.formState.errors.code)}
            {...codeForm.register('code', {
              setValueAs: (value: string) => value.replace(/\D/g, ''),
              onChange: (event: { target: HTMLInputElement }) => {
                event.target.value = event.target.value.replace(/\D/g, '');
              },
            })}
          />
          <FormAlert messages={codeMessages} />
          <button type="submit" disabled={confirm.isPending || code.length !== 6}>
            {t('signup.confirm')}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              confirm.reset();
              codeForm.reset({ code: '' });
              setSent(undefined);
            }}
          >
            {t('signup.back')}
          </button>
        </form>
      )}
    </div>
  );
}

export default SignupPage;
