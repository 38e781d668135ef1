import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert, SelectField, TextField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { MIN_PASSWORD_LENGTH, NewPasswordField } from '@/components/password-field';
import { useSession, type Account } from '@/lib/auth/session';
import { formErrors } from '@/lib/form-errors';
import { useTranslation, type Language } from '@/lib/i18n/i18n';
import { organisationStatusLabel, roleLabel } from '@/lib/labels';

import { useChangePassword } from '../api/change-password';
import { useInvitations } from '../api/get-invitations';
import { useRespondToInvitation } from '../api/respond-to-invitation';
import { useUpdateAccount } from '../api/update-account';

function ProfileForm({ account }: { account: Account }) {
  const { t, setLanguage } = useTranslation();
  const update = useUpdateAccount();
  const [displayName, setDisplayName] = useState(account.displayName);
  const [language, setAccountLanguage] = useState(account.language ?? 'zh-CN');
  const errors = formErrors(update.error, ['displayName', 'language'], t);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(
      { displayName: displayName.trim(), language },
      { onSuccess: () => setLanguage(language as Language) },
    );
  };

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
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="account-display-name"
          label={t('signup.displayName')}
          required
          maxLength={60}
          value={displayName}
          error={errors.fields.displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <SelectField
          id="account-language"
          label={t('account.language')}
          value={language}
          error={errors.fields.language}
          onChange={(event) => setAccountLanguage(event.target.value)}
        >
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </SelectField>
        <FormAlert messages={errors.messages} />
        {update.isSuccess ? <p role="status">{t('forms.saved')}</p> : null}
        <button type="submit" disabled={update.isPending}>
          {t('forms.save')}
        </button>
      </form>
    </section>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();
  const errors = formErrors(change.error, ['currentPassword', 'newPassword'], t);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (newPassword.length < MIN_PASSWORD_LENGTH) {
      setClientError(t('password.short'));
      return;
    }
    setClientError(undefined);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrent('');
          setNew('');
        },
      },
    );
  };

  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{t('account.changePassword')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="account-current-password"
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          error={errors.fields.currentPassword}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <NewPasswordField
          id="account-new-password"
          label={t('account.newPassword')}
          value={newPassword}
          onChange={setNew}
          error={clientError ?? errors.fields.newPassword}
        />
        <FormAlert messages={errors.messages} />
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
