import { Link } from 'react-router';
import * as z from 'zod/mini';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert, SelectField, TextField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  NewPasswordField,
} from '@/components/password-field';
import { useSession, type Account } from '@/lib/auth/session';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation, type Language } from '@/lib/i18n/i18n';
import { organisationStatusLabel, roleLabel } from '@/lib/labels';

import { useChangePassword } from '../api/change-password';
import { useInvitations } from '../api/get-invitations';
import { useRespondToInvitation } from '../api/respond-to-invitation';
import { useUpdateAccount } from '../api/update-account';

const profileSchema = z.object({
  displayName: z.string().check(z.trim(), z.minLength(1, 'forms.required')),
  language: z.string(),
});

function ProfileForm({ account }: { account: Account }) {
  const { t, setLanguage } = useTranslation();
  const update = useUpdateAccount();
  const form = useZodForm(profileSchema, {
    defaultValues: { displayName: account.displayName, language: account.language ?? 'zh-CN' },
  });
  const fieldError = useFieldError();
  const messages = useServerErrors(form.setError, update.error, ['displayName', 'language']);
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) =>
    update.mutate(values, { onSuccess: () => setLanguage(values.language as Language) }),
  );

  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('account.profile')}</h2>
      <dl className="detail-list">
        {account.maskedEmail ? (
          <div className="detail-row">
            <dt>{t('account.email')}</dt>
            <dd>{account.maskedEmail}</dd>
          </div>
        ) : null}
        {account.maskedPhone ? (
          <div className="detail-row">
            <dt>{t('account.phone')}</dt>
            <dd>{account.maskedPhone}</dd>
          </div>
        ) : null}
      </dl>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="account-display-name"
          label={t('signup.displayName')}
          required
          maxLength={60}
          error={fieldError(errors.displayName)}
          {...form.register('displayName')}
        />
        <SelectField
          id="account-language"
          label={t('account.language')}
          error={fieldError(errors.language)}
          {...form.register('language')}
        >
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </SelectField>
        <FormAlert messages={messages} />
        {update.isSuccess ? <p role="status">{t('forms.saved')}</p> : null}
        <button type="submit" disabled={update.isPending}>
          {t('forms.save')}
        </button>
      </form>
    </section>
  );
}

const passwordSchema = z.object({
  currentPassword: z.string().check(z.minLength(1, 'forms.required')),
  newPassword: z
    .string()
    .check(
      z.minLength(MIN_PASSWORD_LENGTH, 'password.short'),
      z.maxLength(MAX_PASSWORD_LENGTH, 'password.long'),
    ),
});

function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useZodForm(passwordSchema, {
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const fieldError = useFieldError();
  const messages = useServerErrors(form.setError, change.error, ['currentPassword', 'newPassword']);
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) =>
    change.mutate(values, {
      onSuccess: () => form.reset({ currentPassword: '', newPassword: '' }),
    }),
  );

  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{t('account.changePassword')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="account-current-password"
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          error={fieldError(errors.currentPassword)}
          {...form.register('currentPassword')}
        />
        <NewPasswordField
          id="account-new-password"
          label={t('account.newPassword')}
          value={form.watch('newPassword')}
          error={fieldError(errors.newPassword)}
          {...form.register('newPassword')}
        />
        <FormAlert messages={messages} />
        {change.isSuccess ? <p role="status">{t('account.passwordChanged')}</p> : null}
        <button type="submit" disabled={change.isPending}>
          {t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}

function Invitations() {
  const { t } = useTranslation();
  const invitations = useInvitations();
  const respond = useRespondToInvitation();
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('account.invitations')}</h2>
      {invitations.isPending ? <Loading label={t('search.loading')} /> : null}
      {invitations.isError ? (
        <ErrorMessage error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : null}
      {invitations.data?.length === 0 ? <p>{t('account.noInvitations')}</p> : null}
      {invitations.data && invitations.data.length > 0 ? (
        <ul className="card-list" role="list" aria-label={t('account.invitations')}>
          {invitations.data.map((invitation) => (
            <li key={invitation.id} data-invitation-id={invitation.id}>
              <p>
                {t('account.invitedTo', {
                  organisation: invitation.organisationName,
                  role: roleLabel(t, invitation.role),
                })}
              </p>
              <div className="actions">
                <button
                  type="button"
                  disabled={respond.isPending}
                  aria-label={t('account.acceptLabel', {
                    organisation: invitation.organisationName,
                  })}
                  onClick={() => respond.mutate({ id: invitation.id, answer: 'accept' })}
                >
                  {t('account.accept')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={respond.isPending}
                  aria-label={t('account.declineLabel', {
                    organisation: invitation.organisationName,
                  })}
                  onClick={() => respond.mutate({ id: invitation.id, answer: 'decline' })}
                >
                  {t('account.decline')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {respond.isError ? <ErrorMessage error={respond.error} /> : null}
    </section>
  );
}

function MyOrganisations({ account }: { account: Account }) {
  const { t } = useTranslation();
  const memberships = account.memberships ?? [];
  return (
    <section id="organisations" aria-labelledby="organisations-heading">
      <h2 id="organisations-heading">{t('account.organisations')}</h2>
      {memberships.length === 0 ? <p>{t('account.noOrganisations')}</p> : null}
      {memberships.length > 0 ? (
        <ul className="card-list" role="list" aria-label={t('account.organisations')}>
          {memberships.map((membership) => (
            <li key={membership.organisationId}>
              <Link to={`/my/organisations/${encodeURIComponent(membership.organisationId)}`}>
                {membership.organisationName}
              </Link>{' '}
              <span className={`badge status-${membership.organisationStatus}`}>
                {organisationStatusLabel(t, membership.organisationStatus)}
              </span>{' '}
              <span className="badge">{roleLabel(t, membership.role)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/organisations/new" className="button-link">
          {t('account.createOrganisation')}
        </Link>
      </p>
    </section>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const { account } = useSession();
  if (!account) return null; // RequireAuth guards this page
  return (
    <div className="account-page">
      <title>{`${t('account.title')} · ${t('app.name')}`}</title>
      <h1>{t('account.title')}</h1>
      <Invitations />
      <MyOrganisations account={account} />
      <ProfileForm key={String(account.id)} account={account} />
      <PasswordForm />
    </div>
  );
}

export default AccountPage;
