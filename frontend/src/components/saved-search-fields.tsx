import { FormAlert, SelectField, TextField } from '@/components/form-field';
import { ApiError } from '@/lib/api-client';
import { useTranslation } from '@/lib/i18n/i18n';
import { FREQUENCIES, type Frequency } from '@/lib/saved-searches';

/**
 * A saved search's name and alert frequency, as saving one and editing one both ask for them, with
 * the server's refusal: a field's error at that field, anything else above the buttons.
 */
export function SavedSearchFields({
  id,
  name,
  onName,
  frequency,
  onFrequency,
  error,
}: {
  id: string;
  name: string;
  onName: (name: string) => void;
  frequency: Frequency;
  onFrequency: (frequency: Frequency) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const errors = error instanceof ApiError ? error.errors : [];
  const fieldError = (field: string) => errors.find((e) => e.field === field)?.message;
  const other = error
    ? errors.length > 0
      ? errors.filter((e) => e.field !== 'name' && e.field !== 'frequency').map((e) => e.message)
      : [error instanceof ApiError && error.detail ? error.detail : t('errors.generic')]
    : [];
  return (
    <>
      <TextField
        id={`${id}-name`}
        label={t('savedSearch.name')}
        value={name}
        maxLength={100}
        required
        error={fieldError('name')}
        onChange={(event) => onName(event.target.value)}
      />
      <SelectField
        id={`${id}-frequency`}
        label={t('savedSearch.frequency')}
        value={frequency}
        error={fieldError('frequency')}
        onChange={(event) => onFrequency(event.target.value as Frequency)}
      >
        {FREQUENCIES.map((f) => (
          <option key={f} value={f}>
            {t(`savedSearch.${f}`)}
          </option>
        ))}
      </SelectField>
      <FormAlert messages={other} />
    </>
  );
}
