import { useState } from 'react';
import { Controller } from 'react-hook-form';
import * as z from 'zod/mini';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert, SelectField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import { useDeleteDocument } from '../api/delete-document';
import { documentUrl, useDocuments } from '../api/get-documents';
import {
  DOCUMENT_KINDS,
  DOCUMENT_TYPES,
  MAX_DOCUMENT_BYTES,
  useUploadDocument,
} from '../api/upload-document';

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Said before the upload, so nobody waits on a weak line for a refusal; the server checks too.
 * A file the browser types as none of ours is refused; one it cannot type goes to the server.
 */
const documentFormSchema = z.object({
  kind: z.string(),
  file: z
    .custom<File>((value) => value instanceof File, 'documents.chooseFile')
    .check(
      z.refine((file) => file.size <= MAX_DOCUMENT_BYTES, 'documents.tooLarge'),
      z.refine((file) => !file.type || DOCUMENT_TYPES.includes(file.type), 'documents.wrongType'),
    ),
});

/** Registration certificate and other proof; members upload, the administrator reads. */
export function DocumentsSection({
  organisationId,
  canDelete,
}: {
  organisationId: string;
  canDelete: boolean;
}) {
  const { t } = useTranslation();
  const documents = useDocuments(organisationId);
  const upload = useUploadDocument();
  const remove = useDeleteDocument();
  // a new key gives a fresh, empty file input after an upload
  const [fileInputKey, setFileInputKey] = useState(0);
  const tooLarge = t('documents.tooLarge');
  const wrongType = t('documents.wrongType');
  const form = useZodForm(documentFormSchema, {
    defaultValues: { kind: DOCUMENT_KINDS[0], file: undefined },
  });
  const fieldError = useFieldError();
  const messages = useServerErrors(form.setError, upload.error, ['file', 'kind'], {
    byStatus: { 413: tooLarge, 415: wrongType },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(({ kind, file }) =>
    upload.mutate(
      { id: organisationId, kind, file },
      {
        onSuccess: () => {
          form.reset({ kind, file: undefined });
          setFileInputKey((key) => key + 1);
        },
      },
    ),
  );

  return (
    <section id="documents" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('documents.heading')}</h2>
      {documents.isPending ? <Loading label={t('search.loading')} /> : null}
      {documents.isError ? (
        <ErrorMessage error={documents.error} onRetry={() => void documents.refetch()} />
      ) : null}
      {documents.data?.length === 0 ? <p>{t('documents.none')}</p> : null}
      {documents.data && documents.data.length > 0 ? (
        <ul className="card-list" role="list" aria-label={t('documents.heading')}>
          {documents.data.map((document) => (
            <li key={document.id}>
              <a href={documentUrl(organisationId, document.id)} download={document.filename}>
                {document.filename}
              </a>{' '}
              <span className="badge">
                {document.kind === 'registration-certificate' || document.kind === 'other'
                  ? t(`documents.kinds.${document.kind}`)
                  : document.kind}
              </span>{' '}
              <span className="muted">{formatBytes(document.size)}</span>
              {canDelete ? (
                <button
                  type="button"
                  className="link-button danger"
                  disabled={remove.isPending}
                  aria-label={t('documents.deleteLabel', { name: document.filename })}
                  onClick={() => remove.mutate({ id: organisationId, documentId: document.id })}
                >
                  {t('documents.delete')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}

      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <h3>{t('documents.upload')}</h3>
        <SelectField
          id="document-kind"
          label={t('documents.kind')}
          error={fieldError(errors.kind)}
          {...form.register('kind')}
        >
          {DOCUMENT_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`documents.kinds.${value}`)}
            </option>
          ))}
        </SelectField>
        <Controller
          control={form.control}
          name="file"
          render={({ field }) => (
            <div className="field">
              <label htmlFor="document-file">{t('documents.file')}</label>
              <input
                key={fileInputKey}
                ref={field.ref}
                id="document-file"
                name={field.name}
                type="file"
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                aria-invalid={errors.file ? true : undefined}
                aria-describedby={
                  errors.file ? 'document-file-hint document-file-error' : 'document-file-hint'
                }
                onBlur={field.onBlur}
                onChange={(event) => field.onChange(event.target.files?.[0])}
              />
              <p id="document-file-hint" className="field-hint">
                {t('documents.hint')}
              </p>
              {errors.file ? (
                <p id="document-file-error" className="field-error">
                  {fieldError(errors.file)}
                </p>
              ) : null}
            </div>
          )}
        />
        <FormAlert messages={messages} />
        {upload.isSuccess ? <p role="status">{t('documents.uploaded')}</p> : null}
        <button type="submit" disabled={upload.isPending}>
          {upload.isPending ? t('documents.uploading') : t('documents.upload')}
        </button>
      </form>
    </section>
  );
}
