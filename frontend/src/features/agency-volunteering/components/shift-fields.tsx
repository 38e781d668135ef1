import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import * as z from 'zod/mini';

import { TextField } from '@/components/form-field';
import { useFieldError } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

export const MAX_CAPACITY = 100_000;

/** A shift as typed: date, start and end (Asia/Shanghai, same day) and capacity. */
export const shiftValuesSchema = z
  .object({
    date: z.string().check(z.minLength(1, 'forms.required')),
    start: z.string().check(z.minLength(1, 'forms.required')),
    end: z.string().check(z.minLength(1, 'forms.required')),
    capacity: z.string().check(
      z.trim(),
      z.minLength(1, 'forms.required'),
      z.refine((text) => {
        if (!/^\d+$/.test(text.trim())) return false;
        const value = Number(text);
        return value >= 1 && value <= MAX_CAPACITY;
      }, 'agencyVolunteering.shift.capacityRange'),
    ),
  })
  .check(
    z.refine((shift) => !shift.start || !shift.end || shift.end > shift.start, {
      message: 'agencyVolunteering.shift.endBeforeStart',
      path: ['end'],
    }),
  );
export type ShiftValues = z.infer<typeof shiftValuesSchema>;

export const emptyShift = (): ShiftValues => ({
  date: '',
  start: '09:00',
  end: '12:00',
  capacity: '10',
});

type ShiftErrors = FieldErrors<ShiftValues> | undefined;

/**
 * The four inputs of a shift. `prefix` is the form path of the shift (`shifts.0.` in the opening
 * form, empty in the single shift form); `label` tells shifts apart for screen readers.
 */
export function ShiftFields({
  idPrefix,
  prefix,
  register,
  errors,
  number,
}: {
  idPrefix: string;
  prefix: '' | `shifts.${number}.`;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  register: UseFormRegister<any>;
  errors: ShiftErrors;
  number?: number;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const label = (text: string) =>
    number === undefined ? text : t('agencyVolunteering.shift.numbered', { number, field: text });
  return (
    <div className="shift-fields">
      <TextField
        id={`${idPrefix}-date`}
        label={label(t('agencyVolunteering.shift.date'))}
        type="date"
        required
        error={fieldError(errors?.date)}
        {...register(`${prefix}date`)}
      />
      <TextField
        id={`${idPrefix}-start`}
        label={label(t('agencyVolunteering.shift.start'))}
        type="time"
        required
        error={fieldError(errors?.start)}
        {...register(`${prefix}start`)}
      />
      <TextField
        id={`${idPrefix}-end`}
        label={label(t('agencyVolunteering.shift.end'))}
        type="time"
        required
        error={fieldError(errors?.end)}
        {...register(`${prefix}end`)}
      />
      <TextField
        id={`${idPrefix}-capacity`}
        label={label(t('agencyVolunteering.shift.capacity'))}
        inputMode="numeric"
        required
        maxLength={6}
        error={fieldError(errors?.capacity)}
        {...register(`${prefix}capacity`)}
      />
    </div>
  );
}

export const toShiftRequest = (values: ShiftValues) => ({
  date: values.date,
  start: values.start,
  end: values.end,
  capacity: Number(values.capacity),
});
