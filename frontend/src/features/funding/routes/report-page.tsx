import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import * as z from 'zod/mini';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert, TextAreaField, TextField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { ApiError, apiRequest } from '@/lib/api-client';
import { fenToYuan, formatFen, yuanToFen } from '@/lib/format';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';
import { taxonomyName, useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import {
  REPORT_FIELDS,
  useReport,
  useSaveReport,
  useSubmitReport,
  useUploadReportAttachment,
} from '../api/reports';
import type { ReportDetail } from '../api/schemas';
import { Attachments } from '../components/attachments';
import { reportKindLabel, reportStatusLabel } from '../components/labels';
import '../i18n';
import { deviatesOverTenPercent } from '../utils/money';
import { useDottedFieldNames } from '../utils/server-errors';
import { fundingPaths } from './paths';

const EDITABLE = ['due', 'draft', 'returned'];

const reportFormSchema = z.object({
  narrative: z.string(),
  indicators: z.array(
    z.object({
      indicatorId: z.number(),
      value: z
        .string()
        .check(
          z.refine(
            (value) => /^\s*(\d{1,12}(\.\d{1,4})?)?\s*$/.test(value),
            'funding.editor.badNumber',
          ),
        ),
    }),
  ),
  budget: z.array(
    z.object({
      category: z.string(),
      budgetFen: z.number(),
      actualYuan: z
        .string()
        .check(
          z.refine(
            (value) => value.trim() === '' || yuanToFen(value) !== null,
            'funding.editor.badAmount',
          ),
        ),
      explanation: z.string(),
    }),
  ),
});
type ReportValues = z.infer<typeof reportFormSchema>;

function toValues(report: ReportDetail): ReportValues {
  return {
    narrative: report.narrative ?? '',
    indicators: report.indicators.map((indicator) => ({
      indicatorId: indicator.indicatorId,
      value: indicator.value == null ? '' : String(indicator.value),
    })),
    budget: report.budget.map((row) => ({
      category: row.category,
      budgetFen: row.budgetFen,
      actualYuan: row.actualFen == null ? '' : fenToYuan(row.actualFen),
      explanation: row.explanation ?? '',
    })),
  };
}

function ReportForm({ organisationId, report }: { organisationId: string; report: ReportDetail }) {
  const { t, language } = useTranslation();
  const fieldError = useFieldError();
  const taxonomies = useTaxonomies();
  const reportId = String(report.id);
  const editable = EDITABLE.includes(report.status);
  const initial = useMemo(() => toValues(report), [report]);
  const form = useZodForm(reportFormSchema, { defaultValues: initial, mode: 'onChange' });
  const save = useSaveReport(organisationId, reportId);
  const submit = useSubmitReport(organisationId, reportId);
  const upload = useUploadReportAttachment(organisationId, reportId);
  const [attachments, setAttachments] = useState(report.attachments ?? []);
  const [version, setVersion] = useState(report.version);
  const [saved, setSaved] = useState(false);
  const budget = useWatch({ control: form.control, name: 'budget' });

  const keys = Object.fromEntries(report.budget.map((row, index) => [row.category, index]));
  const error = useDottedFieldNames(submit.error ?? save.error, keys);
  const messages = useServerErrors(
    form.setError,
    error,
    [
      ...REPORT_FIELDS,
      ...report.budget.flatMap((_, index) => [
        `budget.${index}.explanation`,
        `budget.${index}.actualFen`,
      ]),
      ...report.indicators.map((_, index) => `indicators.${index}.value`),
    ],
    {
      rename: Object.fromEntries(
        report.budget.map((_, index) => [
          `budget.${index}.actualFen`,
          `budget.${index}.actualYuan` as const,
        ]),
      ),
    },
  );

  const toBody = (values: ReportValues) => ({
    narrative: values.narrative,
    indicators: values.indicators.map((indicator) => ({
      indicatorId: indicator.indicatorId,
      value: indicator.value.trim() === '' ? null : Number(indicator.value.trim()),
    })),
    budget: values.budget.map((row) => ({
      category: row.category,
      actualFen: row.actualYuan.trim() === '' ? null : yuanToFen(row.actualYuan),
      explanation: row.explanation,
    })),
  });

  const saveNow = form.handleSubmit(async (values) => {
    setSaved(false);
    const detail = await save.mutateAsync({ ...toBody(values), version }).catch(() => undefined);
    if (detail) {
      setVersion(detail.version);
      setSaved(true);
    }
    return detail;
  });

  const submitNow = form.handleSubmit(async (values) => {
    // the explanation where actual and budget differ by more than 10 %, asked before sending
    let missing = false;
    values.budget.forEach((row, index) => {
      const actual = yuanToFen(row.actualYuan);
      if (
        actual !== null &&
        deviatesOverTenPercent(row.budgetFen, actual) &&
        !row.explanation.trim()
      ) {
        form.setError(
          `budget.${index}.explanation`,
          {
            message: 'funding.report.explanationRequired',
          },
          { shouldFocus: !missing },
        );
        missing = true;
      }
    });
    if (missing) return;
    setSaved(false);
    const detail = await save.mutateAsync({ ...toBody(values), version }).catch(() => undefined);
    if (!detail) return;
    setVersion(detail.version);
    submit.mutate({ version: detail.version });
  });

  return (
    <form
      className="form"
      noValidate
      aria-label={t('funding.report.editor')}
      onSubmit={(event) => void submitNow(event)}
    >
      <FormAlert messages={messages} />
      <TextAreaField
        id="report-narrative"
        label={t('funding.report.narrative')}
        rows={8}
        readOnly={!editable}
        error={fieldError(form.formState.errors.narrative)}
        {...form.register('narrative')}
      />
      <section aria-labelledby="report-indicators">
        <h2 id="report-indicators">{t('funding.report.indicators')}</h2>
        {report.indicators.length === 0 ? (
          <p className="muted">{t('funding.report.noIndicators')}</p>
        ) : null}
        {report.indicators.map((indicator, index) => (
          <TextField
            key={indicator.indicatorId}
            id={`report-indicator-${index}`}
            label={t('funding.report.indicatorValue', { name: indicator.name })}
            hint={t('funding.report.target', {
              target: indicator.target == null ? '—' : String(indicator.target),
              unit: indicator.unit ?? '',
            })}
            inputMode="decimal"
            readOnly={!editable}
            error={fieldError(form.formState.errors.indicators?.[index]?.value)}
            {...form.register(`indicators.${index}.value`)}
          />
        ))}
      </section>
      <section aria-labelledby="report-budget">
        <h2 id="report-budget">{t('funding.report.budget')}</h2>
        {report.budget.map((row, index) => {
          const name = taxonomyName(taxonomies.data?.budgetCategories, row.category, language);
          const actual = yuanToFen(budget?.[index]?.actualYuan ?? '');
          const deviates = actual !== null && deviatesOverTenPercent(row.budgetFen, actual);
          return (
            <fieldset
              key={row.category}
              className="budget-row"
              data-category={row.category}
              data-deviates={deviates}
            >
              <legend>
                {name} · {t('funding.report.budgeted', { amount: formatFen(row.budgetFen) })}
              </legend>
              <TextField
                id={`report-budget-${index}-actual`}
                label={t('funding.report.actual', { category: name })}
                inputMode="decimal"
                readOnly={!editable}
                error={fieldError(form.formState.errors.budget?.[index]?.actualYuan)}
                {...form.register(`budget.${index}.actualYuan`)}
              />
              <TextAreaField
                id={`report-budget-${index}-explanation`}
                label={t('funding.report.explanation', { category: name })}
                hint={deviates ? t('funding.report.explanationHint') : undefined}
                rows={2}
                readOnly={!editable}
                error={fieldError(form.formState.errors.budget?.[index]?.explanation)}
                {...form.register(`budget.${index}.explanation`)}
              />
            </fieldset>
          );
        })}
      </section>
      <section aria-labelledby="report-attachments">
        <h2 id="report-attachments">{t('funding.attachments.heading')}</h2>
        <Attachments
          idPrefix="report"
          attachments={attachments}
          readOnly={!editable}
          href={(attachment) =>
            `/api/organisations/${encodeURIComponent(organisationId)}/reports/${reportId}/attachments/${attachment.id}`
          }
          upload={async (file) => {
            const added = await upload.mutateAsync(file);
            setAttachments((list) => [...list, added]);
          }}
          remove={async (attachment) => {
            await apiRequest(
              'DELETE',
              `/api/organisations/${encodeURIComponent(organisationId)}/reports/${reportId}/attachments/${attachment.id}`,
            );
            setAttachments((list) => list.filter((item) => item.id !== attachment.id));
          }}
        />
      </section>
      {editable ? (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            disabled={save.isPending}
            onClick={() => void saveNow()}
          >
            {t('funding.report.save')}
          </button>
          <button type="submit" disabled={save.isPending || submit.isPending}>
            {t('funding.report.submit')}
          </button>
        </div>
      ) : null}
      {saved && !submit.isSuccess ? <p role="status">{t('funding.report.saved')}</p> : null}
      {submit.isSuccess ? <p role="status">{t('funding.report.submitted')}</p> : null}
    </form>
  );
}

/** `/my/organisations/:organisationId/funding/reports/:reportId`: the report editor. */
export function ReportPage() {
  const { t } = useTranslation();
  const { organisationId = '', reportId = '' } = useParams();
  const report = useReport(organisationId, reportId);
  if (report.isPending) return <Loading label={t('funding.loading')} />;
  if (report.isError)
    return report.error instanceof ApiError && report.error.status === 404 ? (
      <h1>{t('funding.report.notFound')}</h1>
    ) : (
      <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
    );
  const data = report.data;
  return (
    <div className="report-page" data-report-id={data.id} data-status={data.status}>
      <title>{`${t('funding.report.name', { kind: reportKindLabel(t, data.kind), seq: data.seq })} · ${t('app.name')}`}</title>
      <p className="back-link">
        <Link to={fundingPaths.home(organisationId)}>← {t('funding.agency.title')}</Link>
      </p>
      <h1>{t('funding.report.name', { kind: reportKindLabel(t, data.kind), seq: data.seq })}</h1>
      <p className="muted">
        {data.callTitle ?? ''}
        {data.projectTitle ? ` · ${data.projectTitle}` : ''}
        {data.funderName ? ` · ${data.funderName}` : ''}
      </p>
      <p className="badges">
        <span className="badge" data-testid="report-status">
          {reportStatusLabel(t, data.status)}
        </span>
        {data.overdue ? <span className="badge warning">{t('funding.report.overdue')}</span> : null}
      </p>
      <dl className="detail-list">
        <div className="detail-row">
          <dt>{t('funding.report.period')}</dt>
          <dd>
            {data.periodFrom ?? ''} – {data.periodTo ?? ''}
          </dd>
        </div>
        {data.dueOn ? (
          <div className="detail-row">
            <dt>{t('funding.report.due')}</dt>
            <dd>{data.dueOn}</dd>
          </div>
        ) : null}
        {data.trancheSeq ? (
          <div className="detail-row">
            <dt>{t('funding.report.tranche')}</dt>
            <dd>{t('funding.tranche.name', { seq: data.trancheSeq })}</dd>
          </div>
        ) : null}
      </dl>
      {data.status === 'returned' && data.returnComment ? (
        <div className="notice warning" role="note" data-testid="return-comment">
          <h2>{t('funding.report.returned')}</h2>
          <p>{data.returnComment}</p>
        </div>
      ) : null}
      <ReportForm
        key={`${data.id}-${EDITABLE.includes(data.status)}`}
        organisationId={organisationId}
        report={data}
      />
    </div>
  );
}
