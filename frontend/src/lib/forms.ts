import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import {
  useForm,
  type FieldValues,
  type Path,
  type UseFormProps,
  type UseFormReturn,
  type UseFormSetError,
} from 'react-hook-form';
import type * as z from 'zod/mini';

import { formErrors } from '@/lib/form-errors';
import { useTranslation, type TranslationKey } from '@/lib/i18n/i18n';

/**
 * Every form of the SPA: react-hook-form with a zod schema. The schema's messages are i18n keys
 * (`forms.required`, `password.short`…), shown in the user's language by {@link useFieldError}.
 */
export function useZodForm<Schema extends z.ZodMiniType<FieldValues, FieldValues>>(
  schema: Schema,
  options: Omit<UseFormProps<z.input<Schema>, unknown, z.output<Schema>>, 'resolver'> = {},
): UseFormReturn<z.input<Schema>, unknown, z.output<Schema>> {
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({
    ...options,
    resolver: zodResolver(schema),
  });
}

/** A field's message: a key from the schema, translated; a server message as the server wrote it. */
export function useFieldError() {
  const { t } = useTranslation();
  return (error: { type?: unknown; message?: unknown } | undefined): string | undefined => {
    if (typeof error?.message !== 'string' || !error.message) return undefined;
    return error.type === 'server' ? error.message : t(error.message as TranslationKey);
  };
}

/**
 * Shows a failed request's problem+json on the form: each `errors[{field, message}]` at its field
 * (`setError`, the first one focused), the rest (and the problem's detail, a 429's wait…) returned
 * for the form-level alert. `fields` are the field names as the server calls them; `rename` maps
 * a server name to the form's where they differ (`budgetFen` → `budgetYuan`); `byStatus` replaces
 * the server's words for statuses the page explains itself (409…).
 */
export function useServerErrors<Values extends FieldValues>(
  setError: UseFormSetError<Values>,
  error: unknown,
  fields: readonly string[],
  {
    byStatus = {},
    rename = {},
  }: {
    byStatus?: Partial<Record<number, string>>;
    rename?: Partial<Record<string, Path<Values>>>;
  } = {},
): string[] {
  const { t } = useTranslation();
  const result = formErrors(error, fields, t, byStatus);
  useEffect(() => {
    if (!error) return;
    const mapped = formErrors(error, fields, t, byStatus).fields;
    Object.entries(mapped).forEach(([field, message], index) => {
      const name = rename[field] ?? (field as Path<Values>);
      setError(name, { type: 'server', message }, { shouldFocus: index === 0 });
    });
    // only a new error sets the fields again; the user's corrections clear them
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, setError]);
  return result.messages;
}
