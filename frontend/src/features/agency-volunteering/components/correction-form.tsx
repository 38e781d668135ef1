import { useEffect } from 'react';
import * as z from 'zod/mini';

import { FormActions } from '@/components/form-actions';
import { FormAlert, TextAreaField, TextField } from '@/components/form-field';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import { CORRECTION_FIELDS, type Correction } from '../api/disputes';
import type { ServiceRecord } from '../api/schemas';
import { hoursToMinutes, minutesToHours } from '../utils/hours';

const correctionSchema = z.object({
  hours: z.string().check(
    z.trim(),
    z.minLength(1, 'forms.required'),
    z.refine((text) => {
      const minutes = hoursToMinutes(text);
      return minutes !== null && minutes > 0 && minutes <= 24 * 60;
    }, 'agencyVolunteering.hours.format'),
  ),
  content: z.string(),
  evaluation: z.string(),
  reason: z.string().check(z.trim(), z.minLength(1, 'agencyVolunteering.reason.required')),
});

/** A record's new version: hours, content, evaluation, and the reason (required). */
export function CorrectionForm({
  idPrefix,
  record,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  record: ServiceRecord;
  pending: boolean;
  error: unknown;
  onSubmit: (correction: Correction) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useZodForm(correctionSchema, {
    defaultValues: {
      hours: minutesToHours(record.minutes),
      content: record.content ?? '',
      evaluation: record.evaluation ?? '',
      reason: '',
    },
  });
  const errors = form.formState.errors;
  const fieldError = useFieldError();
  const messages = useServerErrors(form.setError, error, CORRECTION_FIELDS, {
    rename: { minutes: 'hours' },
    byStatus: { 409: t('agencyVolunteering.form.conflict') },
  });
  const { setFocus } = form;
  useEffect(() => setFocus('hours'), [setFocus]);
  const submit = form.handleSubmit((values) =>
    onSubmit({
      minutes: hoursToMinutes(values.hours) ?? 0,
      content: values.content,
      evaluation: values.evaluation,
      reason: values.reason,
      version: record.version ?? null,
    }),
  );
  return (
    <form className="form correction-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id={`${idPrefix}-hours`}
        label={t('agencyVolunteering.records.hours')}
        inputMode="decimal"
        maxLength={6}
        required
        error={fieldError(errors.hours)}
        {...form.register('hours')}
      />
      <TextField
        id={`${idPrefix}-content`}
        label={t('agencyVolunteering.records.content')}
        maxLength={500}
        error={fieldError(errors.content)}
        {...form.register('content')}
      />
      <TextField
        id={`${idPrefix}-evaluation`}
        label={t('agencyVolunteering.records.evaluation')}
        maxLength={500}
        error={fieldError(errors.evaluation)}
        {...form.register('evaluation')}
      />
      <TextAreaField
        id={`${idPrefix}-reason`}
        label={t('agencyVolunteering.records.reason')}
        rows={3}
        maxLength={1000}
        required
        error={fieldError(errors.reason)}
        {...form.register('reason')}
      />
      <FormAlert messages={messages} />
      <FormActions
        submitLabel={t('agencyVolunteering.records.saveCorrection')}
        pending={pending}
        onCancel={onCancel}
      />
    </form>
  );
}
