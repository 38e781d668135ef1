import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { FormAlert, TextField } from '@/components/form-field';
import { MIN_PASSWORD_LENGTH, NewPasswordField } from '@/components/password-field';
import { safeNext } from '@/components/require-auth';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';

import { useConfirmSignup } from '../api/confirm-signup';
import { useSignup } from '../api/signup';

const SIGNUP_FIELDS = ['identifier', 'password', 'displayName', 'volunteer'] as const;

/** Two steps on one page: the account details, then the 6-digit code sent to the identifier. */
export function SignupPage() {
  const { t, language } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const signup = useSignup();
  const confirm = useConfirmSignup();

  const [identifier, setIdentifier] = useState('');
  const [handle, setHandle] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [volunteer, setVolunteer] = useState(false);
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'details' | 'code'>('details');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const signupErrors = formErrors(signup.error, SIGNUP_FIELDS, t);
  const confirmErrors = formErrors(confirm.error, ['code', 'identifier'], t);

  const submitDetails = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (password.length < MIN_PASSWORD_LENGTH) errors.password = t('password.short');
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    signup.mutate(
      {
        identifier: identifier.trim(),
        password,
        displayName: displayName.trim(),
        language,
        volunteer,
      },
      {
        onSuccess: (started) => {
          setHandle(started.handle);
          setStep('code');
        },
      },
    );
  };

  const submitCode = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    confirm.mutate(
      { identifier: identifier.trim(), code: code.trim(), handle },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );
  };

  return (
    <div className="auth-page">
      <title>{`${t('signup.title')} · ${t('app.name')}`}</title>
      <h1>{t('signup.title')}</h1>
      {step === 'details' ? (
        <form className="form" onSubmit={submitDetails} noValidate>
          <TextField
            id="signup-identifier"
            label={t('auth.identifier')}
            hint={t('auth.identifierHint')}
            autoComplete="username"
            required
            maxLength={254}
            value={identifier}
            error={signupErrors.fields.identifier}
            onChange={(event) => setIdentifier(event.target.value)}
          />
          <NewPasswordField
            id="signup-password"
            label={t('auth.password')}
            value={password}
            onChange={setPassword}
            error={clientErrors.password ?? signupErrors.fields.password}
          />
          <TextField
            id="signup-display-name"
            label={t('signup.displayName')}
            hint={t('signup.displayNameHint')}
            autoComplete="nickname"
            required
            maxLength={60}
            value={displayName}
            error={signupErrors.fields.displayName}
            onChange={(event) => setDisplayName(event.target.value)}
          />
          <div className="field checkbox-field">
            <input
              id="signup-volunteer"
              type="checkbox"
              checked={volunteer}
              onChange={(event) => setVolunteer(event.target.checked)}
            />
            <label htmlFor="signup-volunteer">{t('signup.volunteer')}</label>
          </div>
          <FormAlert messages={signupErrors.messages} />
          <button type="submit" disabled={signup.isPending}>
            {signup.isPending ? t('forms.sending') : t('signup.sendCode')}
          </button>
          <p>
            {t('signup.haveAccount')} <Link to="/login">{t('nav.login')}</Link>
          </p>
        </form>
      ) : (
        <form className="form" onSubmit={submitCode} noValidate>
          <p role="status">{t('signup.codeSent', { identifier: identifier.trim() })}</p>
          <TextField
            id="signup-code"
            label={t('signup.code')}
            hint={t('signup.codeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="\d{6}"
            maxLength={6}
            required
            value={code}
            error={confirmErrors.fields.code}
            onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
          />
          <FormAlert messages={confirmErrors.messages} />
          <button type="submit" disabled={confirm.isPending || code.length !== 6}>
            {t('signup.confirm')}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              confirm.reset();
              setCode('');
              setStep('details');
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
