import { useNavigate, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import { useCall, useSaveCall } from '../api/calls';
import { BackLink, paths } from '../components/back-link';
import { CallForm } from '../components/call-form';

/** …/funder/calls/new — a new call, saved as a draft, then its page. */
export function NewCallPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const navigate = useNavigate();
  const save = useSaveCall();
  return (
    <div className="form-page call-editor-page">
      <title>{`${t('funder.calls.new')} · ${t('app.name')}`}</title>
      <BackLink to={paths.calls(organisationId)} label={t('funder.calls.title')} />
      <h1>{t('funder.calls.new')}</h1>
      <CallForm
        pending={save.isPending}
        error={save.error}
        onSubmit={(input) =>
          save.mutate(
            { organisationId, input },
            { onSuccess: (call) => void navigate(paths.call(organisationId, call.id)) },
          )
        }
      />
    </div>
  );
}

/** …/funder/calls/:callId/edit — a draft's every field; a published call's description, close and pool. */
export function EditCallPage() {
  const { t } = useTranslation();
  const { organisationId = '', callId = '' } = useParams();
  const navigate = useNavigate();
  const call = useCall(organisationId, callId);
  const save = useSaveCall();
  if (call.isPending) return <Loading label={t('search.loading')} />;
  if (call.isError) return <ErrorMessage error={call.error} onRetry={() => void call.refetch()} />;
  return (
    <div className="form-page call-editor-page">
      <title>{`${t('funder.call.edit')} · ${call.data.title} · ${t('app.name')}`}</title>
      <BackLink to={paths.call(organisationId, callId)} label={call.data.title} />
      <h1>{t('funder.call.edit')}</h1>
      {call.data.status !== 'draft' ? (
        <p className="notice">{t('funder.call.publishedEditHint')}</p>
      ) : null}
      <CallForm
        key={call.data.version ?? 0}
        call={call.data}
        pending={save.isPending}
        error={save.error}
        conflictAction={
          <button type="button" className="secondary" onClick={() => void call.refetch()}>
            {t('funder.form.reload')}
          </button>
        }
        onSubmit={(input) =>
          save.mutate(
            { organisationId, callId, input: { ...input, version: call.data.version ?? null } },
            { onSuccess: () => void navigate(paths.call(organisationId, callId)) },
          )
        }
      />
    </div>
  );
}
