import { FormActions } from '@/components/form-actions';
import { FormAlert } from '@/components/form-field';
import { useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import { SHIFT_FIELDS } from '../api/save-shift';
import type { ShiftRequest } from '../api/save-opening';
import type { Shift } from '../api/schemas';
import { shanghaiParts } from '../utils/time';

import { emptyShift, ShiftFields, shiftValuesSchema, toShiftRequest } from './shift-fields';

/** Adds a shift to an opening, or changes one; the server's `end`/`capacity` errors at their field. */
export function ShiftForm({
  idPrefix,
  shift,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  shift?: Shift;
  pending: boolean;
  error: unknown;
  onSubmit: (request: ShiftRequest) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useZodForm(shiftValuesSchema, {
    defaultValues: shift
      ? {
          date: shanghaiParts(shift.startsAt).date,
          start: shanghaiParts(shift.startsAt).time,
          end: shanghaiParts(shift.endsAt).time,
          capacity: String(shift.capacity),
        }
      : emptyShift(),
  });
  const messages = useServerErrors(form.setError, error, SHIFT_FIELDS, {
    byStatus: { 409: t('agencyVolunteering.form.conflict') },
  });
  const submit = form.handleSubmit((values) => onSubmit(toShiftRequest(values)));
  return (
    <form className="form shift-form" onSubmit={(event) => void submit(event)} noValidate>
      <ShiftFields
        idPrefix={idPrefix}
        prefix=""
        register={form.register}
        errors={form.formState.errors}
      />
      <FormAlert messages={messages} />
      <FormActions
        submitLabel={
          shift ? t('agencyVolunteering.shift.saveChanges') : t('agencyVolunteering.shift.addThis')
        }
        pending={pending}
        onCancel={onCancel}
      />
    </form>
  );
}
