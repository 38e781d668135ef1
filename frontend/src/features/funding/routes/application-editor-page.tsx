import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert, TextAreaField, TextField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { StandingReasonForm } from '@/components/reason-form';
import { ApiError } from '@/lib/api-client';
import { useSession } from '@/lib/auth/session';
import { formatFen } from '@/lib/format';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import {
  APPLICATION_FIELDS,
  attachmentUrl,
  fetchApplication,
  useApplication,
  useDeleteAttachment,
  useOwnProjects,
  useSubmitApplication,
  useUploadAttachment,
  useWithdrawApplication,
} from '../api/applications';
import { useCall, useEligibility } from '../api/calls';
import { applicationKey } from '../api/keys';
import type { ApplicationDetail, CallDetail, CallSection } from '../api/schemas';
import { Attachments } from '../components/attachments';
import { EligibilityList } from '../components/eligibility-list';
import { applicationStatusLabel, sectionLabel, stageLabel } from '../components/labels';
import '../i18n';
import {
  applicationFormSchema,
  budgetTotals,
  toBody,
  toValues,
  type ApplicationValues,
} from '../utils/application-form';
import { clearLocalDraft, draftId, readLocalDraft, type LocalDraft } from '../utils/local-draft';
import { bpToPercent, overCap } from '../utils/money';
import { useDottedFieldNames } from '../utils/server-errors';
import { beijingTime } from '../utils/time';
import { useAutosave, type AutosaveStatus } from '../utils/use-autosave';
import { fundingPaths } from './paths';

const TEXT_SECTIONS = ['need', 'objectives', 'activities', 'beneficiaries'] as const;
type TextSection = (typeof TEXT_SECTIONS)[number];
const DEFAULT_SECTIONS: CallSection[] = [
  ...TEXT_SECTIONS.map((code) => ({ code, required: true, guidance: '', maxChars: 5000 })),
  { code: 'budget', required: true, guidance: '', maxChars: 5000 },
  { code: 'indicators', required: true, guidance: '', maxChars: 5000 },
];

function clock(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(11, 19);
}

function SaveStatus({ status, savedAt }: { status: AutosaveStatus; savedAt: Date | undefined }) {
  const { t } = useTranslation();
  const text: Record<AutosaveStatus, string> = {
    saved: savedAt
      ? t('funding.autosave.savedAt', { time: clock(savedAt) })
      : t('funding.autosave.upToDate'),
    pending: t('funding.autosave.pending'),
    saving: t('funding.autosave.saving'),
    invalid: t('funding.autosave.invalid'),
    error: t('funding.autosave.error'),
    offline: t('funding.autosave.offline'),
    conflict: t('funding.autosave.conflict'),
  };
  return (
    <p className="save-status" role="status" data-testid="save-status" data-status={status}>
      {text[status]}
    </p>
  );
}

function Editor({
  organisationId,
  detail,
  call,
}: {
  organisationId: string;
  detail: ApplicationDetail;
  call: CallDetail | undefined;
}) {
  const { t, language } = useTranslation();
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const taxonomies = useTaxonomies();
  const projects = useOwnProjects(organisationId);
  const applicationId = String(detail.id);
  const readOnly = detail.status !== 'draft';
  const initial = useMemo(() => toValues(detail), [detail.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const form = useZodForm(applicationFormSchema, { defaultValues: initial, mode: 'onChange' });
  const budgetLines = useFieldArray({ control: form.control, name: 'budgetLines' });
  const indicators = useFieldArray({ control: form.control, name: 'indicators' });
  const [server, setServer] = useState(detail);
  const session = useSession();
  const localId = draftId(session.account?.id, applicationId);
  const [local, setLocal] = useState<LocalDraft<ApplicationValues> | undefined>(() => {
    const draft = readLocalDraft<ApplicationValues>(localId);
    return draft && JSON.stringify(draft.values) !== JSON.stringify(initial) ? draft : undefined;
  });
  const [conflictWith, setConflictWith] = useState<ApplicationDetail | undefined>(undefined);

  const { saver, state: autosave } = useAutosave<ApplicationValues>({
    organisationId,
    applicationId,
    draftId: localId,
    version: detail.version,
    toBody,
    onSaved: (saved) => {
      setServer(saved);
      queryClient.setQueryData(applicationKey(organisationId, applicationId), saved);
    },
  });

  useEffect(() => {
    saver.reset(initial, detail.version, { keepLocal: true });
    if (readOnly) return;
    const subscription = form.watch((values) => saver.change(values as ApplicationValues));
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, saver, readOnly]);

  // a stale version: show the server's current one beside the user's text, which stays
  useEffect(() => {
    if (autosave.status !== 'conflict') return;
    let cancelled = false;
    void fetchApplication(organisationId, applicationId).then(
      (current) => !cancelled && setConflictWith(current),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [autosave.status, organisationId, applicationId]);

  const submit = useSubmitApplication(organisationId, applicationId);
  const withdraw = useWithdrawApplication(organisationId, applicationId);
  const upload = useUploadAttachment(organisationId, applicationId);
  const removeAttachment = useDeleteAttachment(organisationId, applicationId);
  const [attachments, setAttachments] = useState(detail.attachments ?? []);
  const [submitted, setSubmitted] = useState(false);

  const categoryKeys = {};
  const saveError = useDottedFieldNames(
    submit.error ?? (autosave.status === 'error' ? autosave.error : undefined),
    categoryKeys,
  );
  const formFields = APPLICATION_FIELDS.filter(
    (field) => field !== 'organisationId' && field !== 'closesAt',
  );
  const messages = useServerErrors(
    form.setError,
    saveError,
    [
      ...formFields,
      ...form
        .getValues('budgetLines')
        .flatMap((_, index) => [
          `budgetLines.${index}.amountFen`,
          `budgetLines.${index}.category`,
          `budgetLines.${index}.description`,
        ]),
      ...form
        .getValues('indicators')
        .flatMap((_, index) => [`indicators.${index}.name`, `indicators.${index}.target`]),
    ],
    {
      rename: Object.fromEntries(
        form
          .getValues('budgetLines')
          .map((_, index) => [
            `budgetLines.${index}.amountFen`,
            `budgetLines.${index}.amountYuan` as const,
          ]),
      ),
    },
  );

  const eligibility = useEligibility(String(detail.callId), detail.organisationId);
  const lines = useWatch({ control: form.control, name: 'budgetLines' });
  const categories = taxonomies.data?.budgetCategories ?? [];
  const isFee = (code: string) =>
    categories.find((category) => category.code === code)?.managementFee ??
    code === 'management-fee';
  const totals = budgetTotals(lines ?? [], isFee);
  const capBp = call?.managementFeeCapBp ?? detail.managementFeeCapBp ?? 10000;
  const feeOver = overCap(totals.managementFeeFen, totals.totalFen, capBp);
  const maxOver = call ? totals.totalFen > call.maxAwardFen : false;
  const sections = call?.sections.length ? call.sections : DEFAULT_SECTIONS;
  const section = (code: string) => sections.find((item) => item.code === code);
  const texts = useWatch({ control: form.control, name: [...TEXT_SECTIONS] });

  const onSubmit = async () => {
    setSubmitted(false);
    if (!(await saver.flush())) return;
    submit.mutate({ version: saver.version() }, { onSuccess: () => setSubmitted(true) });
  };

  const restoreLocal = () => {
    if (!local) return;
    form.reset(local.values);
    saver.change(local.values);
    setLocal(undefined);
  };

  const textField = (code: TextSection) => {
    const rule = section(code);
    if (!rule) return null;
    const length = texts[TEXT_SECTIONS.indexOf(code)]?.length ?? 0;
    return (
      <section key={code} aria-labelledby={`section-${code}`} className="application-section">
        <h2 id={`section-${code}`}>{sectionLabel(t, code)}</h2>
        <TextAreaField
          id={`application-${code}`}
          label={`${sectionLabel(t, code)}${rule.required ? ` (${t('funding.call.required')})` : ''}`}
          rows={6}
          maxLength={rule.maxChars}
          hint={
            <>
              {rule.guidance ? <>{rule.guidance} </> : null}
              {t('funding.editor.chars', { count: length, max: rule.maxChars })}
            </>
          }
          error={fieldError(form.formState.errors[code])}
          readOnly={readOnly}
          {...form.register(code)}
        />
        {code === 'beneficiaries' ? (
          <TextField
            id="application-beneficiaryCount"
            label={t('funding.editor.beneficiaryCount')}
            inputMode="numeric"
            readOnly={readOnly}
            error={fieldError(form.formState.errors.beneficiaryCount)}
            {...form.register('beneficiaryCount')}
          />
        ) : null}
      </section>
    );
  };

  return (
    <div className="application-editor" data-application-id={detail.id} data-status={server.status}>
      <title>{`${detail.title || detail.callTitle} · ${t('app.name')}`}</title>
      <p className="back-link">
        <Link to={fundingPaths.home(organisationId)}>← {t('funding.agency.title')}</Link>
      </p>
      <h1>{t('funding.editor.title')}</h1>
      <p>
        <Link to={`/calls/${detail.callId}`}>{detail.callTitle}</Link>
      </p>
      <p className="badges">
        <span className="badge" data-testid="application-status">
          {applicationStatusLabel(t, server.status)}
        </span>
        <span className="badge">{stageLabel(t, server.stage)}</span>
        {call ? (
          <span className="badge">
            {t('funding.call.closesAt')}{' '}
            {t('funding.beijing', { time: beijingTime(call.closesAt) })}
          </span>
        ) : null}
      </p>
      {server.statusReason ? <p className="notice">{server.statusReason}</p> : null}
      {server.submittedAt ? (
        <p className="notice" role={submitted ? 'status' : undefined}>
          {t('funding.editor.submittedAt', { time: beijingTime(server.submittedAt) })}
        </p>
      ) : null}

      {readOnly ? null : <SaveStatus status={autosave.status} savedAt={autosave.savedAt} />}

      {local && !readOnly ? (
        <div className="notice warning" role="alert" data-testid="local-draft">
          <p>
            {t('funding.autosave.localFound', { time: beijingTime(local.savedAt) })}
            {local.version !== server.version
              ? ` ${t('funding.autosave.localOlder', { version: local.version })}`
              : ''}
          </p>
          <div className="actions">
            <button type="button" onClick={restoreLocal}>
              {t('funding.autosave.restore')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                clearLocalDraft(localId);
                setLocal(undefined);
              }}
            >
              {t('funding.autosave.discard')}
            </button>
          </div>
        </div>
      ) : null}

      {autosave.status === 'conflict' ? (
        <div className="notice warning" role="alert" data-testid="save-conflict">
          <p>{t('funding.autosave.conflictExplain')}</p>
          <div className="actions">
            <button
              type="button"
              disabled={!conflictWith}
              onClick={() => conflictWith && void saver.overwrite(conflictWith.version)}
            >
              {t('funding.autosave.keepMine')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={!conflictWith}
              onClick={() => {
                if (!conflictWith) return;
                const values = toValues(conflictWith);
                form.reset(values);
                saver.reset(values, conflictWith.version);
                setServer(conflictWith);
                setConflictWith(undefined);
              }}
            >
              {t('funding.autosave.takeTheirs')}
            </button>
          </div>
        </div>
      ) : null}

      <section aria-labelledby="eligibility-heading">
        <h2 id="eligibility-heading">{t('funding.eligibility.heading')}</h2>
        {eligibility.data ? (
          <EligibilityList verdict={eligibility.data} name={detail.organisationName ?? ''} />
        ) : eligibility.isError ? (
          <ErrorMessage error={eligibility.error} />
        ) : (
          <Loading label={t('funding.loading')} />
        )}
      </section>

      <form
        className="form"
        noValidate
        aria-label={t('funding.editor.title')}
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <FormAlert messages={messages} />
        <TextField
          id="application-title"
          label={t('funding.editor.applicationTitle')}
          maxLength={200}
          readOnly={readOnly}
          error={fieldError(form.formState.errors.title)}
          {...form.register('title')}
        />
        <Controller
          control={form.control}
          name="projectId"
          render={({ field, fieldState }) => (
            <div className="field">
              <label htmlFor="application-project">{t('funding.editor.project')}</label>
              <select
                id="application-project"
                disabled={readOnly}
                aria-invalid={fieldState.error ? true : undefined}
                aria-describedby={fieldState.error ? 'application-project-error' : undefined}
                name={field.name}
                ref={field.ref}
                value={field.value}
                onBlur={field.onBlur}
                onChange={(event) => field.onChange(event.target.value)}
              >
                <option value="">{t('funding.editor.noProject')}</option>
                {(projects.data ?? []).map((project) => (
                  <option key={project.id} value={String(project.id)}>
                    {project.title}
                  </option>
                ))}
                {server.projectId &&
                !projects.data?.some((project) => project.id === server.projectId) ? (
                  <option value={String(server.projectId)}>
                    {server.projectTitle ?? server.projectId}
                  </option>
                ) : null}
              </select>
              {fieldState.error ? (
                <p id="application-project-error" className="field-error">
                  {fieldError(fieldState.error)}
                </p>
              ) : null}
            </div>
          )}
        />
        <div className="date-range">
          <TextField
            id="application-periodFrom"
            type="date"
            label={t('funding.editor.periodFrom')}
            readOnly={readOnly}
            error={fieldError(form.formState.errors.periodFrom)}
            {...form.register('periodFrom')}
          />
          <TextField
            id="application-periodTo"
            type="date"
            label={t('funding.editor.periodTo')}
            readOnly={readOnly}
            error={fieldError(form.formState.errors.periodTo)}
            {...form.register('periodTo')}
          />
        </div>

        {TEXT_SECTIONS.map((code) => textField(code))}

        <section aria-labelledby="section-budget" className="application-section">
          <h2 id="section-budget">{sectionLabel(t, 'budget')}</h2>
          {section('budget')?.guidance ? (
            <p className="field-hint">{section('budget')?.guidance}</p>
          ) : null}
          {form.formState.errors.budgetLines?.message || form.formState.errors.budgetLines?.root ? (
            <p className="field-error" role="alert">
              {fieldError(
                form.formState.errors.budgetLines.root ?? form.formState.errors.budgetLines,
              )}
            </p>
          ) : null}
          <ol className="budget-lines">
            {budgetLines.fields.map((line, index) => {
              const n = index + 1;
              const errors = form.formState.errors.budgetLines?.[index];
              return (
                <li key={line.id} className="budget-line" data-line={n}>
                  <div className="field">
                    <label htmlFor={`budget-${index}-category`}>
                      {t('funding.budget.lineCategory', { n })}
                    </label>
                    <select
                      id={`budget-${index}-category`}
                      disabled={readOnly}
                      {...form.register(`budgetLines.${index}.category`)}
                    >
                      {categories.map((category) => (
                        <option key={category.code} value={category.code}>
                          {language === 'en' ? category.nameEn : category.nameZh}
                        </option>
                      ))}
                    </select>
                  </div>
                  <TextField
                    id={`budget-${index}-description`}
                    label={t('funding.budget.lineDescription', { n })}
                    readOnly={readOnly}
                    error={fieldError(errors?.description)}
                    {...form.register(`budgetLines.${index}.description`)}
                  />
                  <TextField
                    id={`budget-${index}-amount`}
                    label={t('funding.budget.lineAmount', { n })}
                    inputMode="decimal"
                    readOnly={readOnly}
                    error={fieldError(errors?.amountYuan)}
                    {...form.register(`budgetLines.${index}.amountYuan`)}
                  />
                  {readOnly ? null : (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => budgetLines.remove(index)}
                    >
                      {t('funding.budget.removeLine', { n })}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          {readOnly ? null : (
            <button
              type="button"
              className="secondary"
              onClick={() =>
                budgetLines.append({
                  category:
                    categories.find((category) => !category.managementFee)?.code ?? 'activities',
                  description: '',
                  amountYuan: '',
                })
              }
            >
              {t('funding.budget.addLine')}
            </button>
          )}
          <dl className="detail-list budget-totals" aria-live="polite">
            <div className="detail-row">
              <dt>{t('funding.budget.total')}</dt>
              <dd data-testid="budget-total" data-fen={totals.totalFen}>
                {formatFen(totals.totalFen)}
              </dd>
            </div>
            <div className="detail-row">
              <dt>{t('funding.budget.managementFee')}</dt>
              <dd data-testid="management-fee" data-over={feeOver}>
                {t('funding.budget.feeShare', {
                  amount: formatFen(totals.managementFeeFen),
                  share: bpToPercent(
                    totals.totalFen > 0
                      ? Math.round((totals.managementFeeFen * 10000) / totals.totalFen)
                      : 0,
                  ),
                  cap: bpToPercent(capBp),
                })}
              </dd>
            </div>
            {call ? (
              <div className="detail-row">
                <dt>{t('funding.call.maxAward')}</dt>
                <dd>{formatFen(call.maxAwardFen)}</dd>
              </div>
            ) : null}
          </dl>
          {feeOver ? (
            <p className="field-error">
              {t('funding.budget.feeOverCap', { cap: bpToPercent(capBp) })}
            </p>
          ) : null}
          {maxOver ? <p className="field-error">{t('funding.budget.overMax')}</p> : null}
          <p className="muted">
            {t('funding.budget.serverTotals', {
              requested: formatFen(server.requestedFen),
              fee: formatFen(server.managementFeeFen),
            })}
          </p>
        </section>

        <section aria-labelledby="section-indicators" className="application-section">
          <h2 id="section-indicators">{sectionLabel(t, 'indicators')}</h2>
          {section('indicators')?.guidance ? (
            <p className="field-hint">{section('indicators')?.guidance}</p>
          ) : null}
          <ol className="indicators">
            {indicators.fields.map((indicator, index) => {
              const n = index + 1;
              const errors = form.formState.errors.indicators?.[index];
              return (
                <li key={indicator.id} data-indicator={n}>
                  <TextField
                    id={`indicator-${index}-name`}
                    label={t('funding.indicator.name', { n })}
                    readOnly={readOnly}
                    error={fieldError(errors?.name)}
                    {...form.register(`indicators.${index}.name`)}
                  />
                  <TextField
                    id={`indicator-${index}-unit`}
                    label={t('funding.indicator.unit', { n })}
                    readOnly={readOnly}
                    {...form.register(`indicators.${index}.unit`)}
                  />
                  <TextField
                    id={`indicator-${index}-target`}
                    label={t('funding.indicator.target', { n })}
                    inputMode="decimal"
                    readOnly={readOnly}
                    error={fieldError(errors?.target)}
                    {...form.register(`indicators.${index}.target`)}
                  />
                  {readOnly ? null : (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => indicators.remove(index)}
                    >
                      {t('funding.indicator.remove', { n })}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          {readOnly ? null : (
            <button
              type="button"
              className="secondary"
              onClick={() => indicators.append({ id: null, name: '', unit: '', target: '' })}
            >
              {t('funding.indicator.add')}
            </button>
          )}
        </section>

        <section aria-labelledby="section-attachments" className="application-section">
          <h2 id="section-attachments">{t('funding.attachments.heading')}</h2>
          <Attachments
            idPrefix="application"
            attachments={attachments}
            readOnly={readOnly}
            href={(attachment) => attachmentUrl(organisationId, applicationId, attachment.id)}
            upload={async (file) => {
              const added = await upload.mutateAsync(file);
              setAttachments((list) => [...list, added]);
            }}
            remove={async (attachment) => {
              await removeAttachment.mutateAsync(attachment.id);
              setAttachments((list) => list.filter((item) => item.id !== attachment.id));
            }}
          />
        </section>

        {readOnly ? null : (
          <div className="actions">
            <button type="submit" disabled={submit.isPending || autosave.status === 'conflict'}>
              {t('funding.editor.submit')}
            </button>
          </div>
        )}
      </form>

      {submitted ? (
        <p className="notice" role="status">
          {t('funding.editor.submitted')}
        </p>
      ) : null}

      {['draft', 'submitted'].includes(server.status) ? (
        <section aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">{t('funding.editor.withdraw')}</h2>
          <StandingReasonForm
            id="withdraw"
            label={t('funding.editor.withdrawReason')}
            submitLabel={t('funding.editor.withdraw')}
            required={false}
            pending={withdraw.isPending}
            error={withdraw.error}
            onSubmit={(reason) =>
              withdraw.mutate(
                { reason },
                {
                  onSuccess: (detail) => {
                    setServer(detail);
                  },
                },
              )
            }
          />
        </section>
      ) : null}
    </div>
  );
}

/** `/my/organisations/:organisationId/funding/applications/:applicationId`: the application editor. */
export function ApplicationEditorPage() {
  const { t } = useTranslation();
  const { organisationId = '', applicationId = '' } = useParams();
  const application = useApplication(organisationId, applicationId);
  const call = useCall(application.data ? String(application.data.callId) : '');
  if (application.isPending) return <Loading label={t('funding.loading')} />;
  if (application.isError) {
    if (application.error instanceof ApiError && application.error.status === 404)
      return <h1>{t('funding.editor.notFound')}</h1>;
    return <ErrorMessage error={application.error} onRetry={() => void application.refetch()} />;
  }
  if (call.isPending && call.fetchStatus !== 'idle')
    return <Loading label={t('funding.loading')} />;
  return (
    <Editor
      key={`${application.data.id}-${application.data.status}`}
      organisationId={organisationId}
      detail={application.data}
      call={call.data}
    />
  );
}
