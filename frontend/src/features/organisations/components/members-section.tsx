import * as z from 'zod/mini';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert, TextField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { formatDate } from '@/lib/format';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';
import { roleLabel } from '@/lib/labels';

import { useMembers } from '../api/get-members';
import {
  useCancelInvitation,
  useInviteMember,
  useRemoveMember,
  useTransferOwnership,
} from '../api/manage-members';

const inviteSchema = z.object({
  identifier: z.string().check(z.trim(), z.minLength(1, 'forms.required')),
});

/** Everyone sees who is in; only the owner invites, removes and hands over ownership. */
export function MembersSection({
  organisationId,
  isOwner,
}: {
  organisationId: string;
  isOwner: boolean;
}) {
  const { t } = useTranslation();
  const members = useMembers(organisationId);
  const invite = useInviteMember();
  const cancel = useCancelInvitation();
  const remove = useRemoveMember();
  const transfer = useTransferOwnership();
  const form = useZodForm(inviteSchema, { defaultValues: { identifier: '' } });
  const fieldError = useFieldError();
  const messages = useServerErrors(form.setError, invite.error, ['identifier']);
  const identifier = form.watch('identifier');
  const actionError = cancel.error ?? remove.error ?? transfer.error;

  const submit = form.handleSubmit(({ identifier: invited }) =>
    invite.mutate(
      { id: organisationId, identifier: invited },
      { onSuccess: () => form.reset({ identifier: '' }) },
    ),
  );

  return (
    <section id="members" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.heading')}</h2>
      {members.isPending ? <Loading label={t('search.loading')} /> : null}
      {members.isError ? (
        <ErrorMessage error={members.error} onRetry={() => void members.refetch()} />
      ) : null}
      {members.data ? (
        <>
          <ul className="card-list" role="list" aria-label={t('members.heading')}>
            {members.data.members.map((member) => (
              <li key={member.accountId}>
                <span>{member.displayName}</span>{' '}
                <span className="badge">{roleLabel(t, member.role)}</span>{' '}
                <span className="muted">{formatDate(member.joinedAt)}</span>
                {isOwner && member.role !== 'owner' ? (
                  <span className="actions">
                    <button
                      type="button"
                      className="link-button"
                      disabled={transfer.isPending}
                      onClick={() => {
                        if (
                          window.confirm(t('members.transferConfirm', { name: member.displayName }))
                        )
                          transfer.mutate({ id: organisationId, accountId: member.accountId });
                      }}
                    >
                      {t('members.transfer')}
                    </button>
                    <button
                      type="button"
                      className="link-button danger"
                      disabled={remove.isPending}
                      aria-label={t('members.removeLabel', { name: member.displayName })}
                      onClick={() => {
                        if (
                          window.confirm(t('members.removeConfirm', { name: member.displayName }))
                        )
                          remove.mutate({ id: organisationId, accountId: member.accountId });
                      }}
                    >
                      {t('members.remove')}
                    </button>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          {members.data.invitations.length > 0 ? (
            <>
              <h3>{t('members.pending')}</h3>
              <ul className="card-list" role="list" aria-label={t('members.pending')}>
                {members.data.invitations.map((invitation) => (
                  <li key={invitation.id}>
                    <span>{invitation.maskedIdentifier}</span>{' '}
                    <span className="muted">{formatDate(invitation.createdAt)}</span>
                    {isOwner ? (
                      <button
                        type="button"
                        className="link-button"
                        disabled={cancel.isPending}
                        onClick={() =>
                          cancel.mutate({ id: organisationId, invitationId: invitation.id })
                        }
                      >
                        {t('members.cancelInvitation')}
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      {actionError ? <ErrorMessage error={actionError} /> : null}

      {isOwner ? (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <h3>{t('members.invite')}</h3>
          <TextField
            id="invite-identifier"
            label={t('members.identifier')}
            hint={t('members.identifierHint')}
            required
            maxLength={254}
            error={fieldError(form.formState.errors.identifier)}
            {...form.register('identifier')}
          />
          <FormAlert messages={messages} />
          {invite.isSuccess ? <p role="status">{t('members.invited')}</p> : null}
          <button type="submit" disabled={invite.isPending || !identifier.trim()}>
            {t('members.sendInvitation')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
