import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';

import { RegionMultiPicker } from '@/components/region-multi-picker';
import { RegionPicker } from '@/components/region-picker';
import { TaxonomyCheckboxes } from '@/components/taxonomy-checkboxes';
import { useFieldError } from '@/lib/forms';
import type { TaxonomyItem } from '@/lib/taxonomies/get-taxonomies';

// The choice widgets bound to a react-hook-form field, each showing the field's error.

type CodesFieldProps<Values extends FieldValues> = {
  control: Control<Values>;
  name: FieldPathByValue<Values, string[]>;
};

/** A field holding a list of codes, given to `render` as value, onChange and error. */
function CodesField<Values extends FieldValues>({
  control,
  name,
  render,
}: CodesFieldProps<Values> & {
  render: (props: {
    value: string[];
    onChange: (codes: string[]) => void;
    error: string | undefined;
  }) => ReactNode;
}) {
  const fieldError = useFieldError();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <>
          {render({
            value: field.value as string[],
            onChange: field.onChange,
            error: fieldError(fieldState.error),
          })}
        </>
      )}
    />
  );
}

/** Checkboxes from one taxonomy for a field holding a list of codes. */
export function TaxonomyCheckboxesField<Values extends FieldValues>({
  id,
  legend,
  items,
  ...field
}: CodesFieldProps<Values> & {
  /** The checkboxes' name, the start of their ids. */
  id: string;
  legend: string;
  items: readonly TaxonomyItem[];
}) {
  return (
    <CodesField
      {...field}
      render={(codes) => <TaxonomyCheckboxes name={id} legend={legend} items={items} {...codes} />}
    />
  );
}

/** Regions picked one by one for a field holding a list of region codes. */
export function RegionMultiPickerField<Values extends FieldValues>({
  idPrefix,
  legend,
  ...field
}: CodesFieldProps<Values> & { idPrefix: string; legend: string }) {
  return (
    <CodesField
      {...field}
      render={(codes) => <RegionMultiPicker idPrefix={idPrefix} legend={legend} {...codes} />}
    />
  );
}

/**
 * One region for a field holding a region code ('' for none), in a box that takes the focus when
 * the field is invalid; `children` stand between the picker and the error.
 */
export function RegionPickerField<Values extends FieldValues>({
  control,
  name,
  id,
  idPrefix,
  legend,
  children,
}: {
  control: Control<Values>;
  name: FieldPathByValue<Values, string>;
  /** The focusable box's id. */
  id: string;
  idPrefix: string;
  legend: string;
  children?: ReactNode;
}) {
  const fieldError = useFieldError();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <div id={id} tabIndex={-1} ref={field.ref}>
          <RegionPicker
            idPrefix={idPrefix}
            legend={legend}
            region={(field.value as string) || undefined}
            onChange={(code) => field.onChange(code ?? '')}
          />
          {children}
          {fieldState.error ? <p className="field-error">{fieldError(fieldState.error)}</p> : null}
        </div>
      )}
    />
  );
}
