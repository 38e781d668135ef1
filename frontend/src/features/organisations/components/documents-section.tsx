import { useRef, useState, type FormEvent } from 'react';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert, SelectField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { formErrors } from '@/lib/form-errors';
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
  const [kind, setKind] = useState<string>(DOCUMENT_KINDS[0]);
  const [file, setFile] = useState<File | null>(null);
  const [clientError, setClientError] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const tooLarge = t('documents.tooLarge');
  const wrongType = t('documents.wrongType');
  const errors = formErrors(upload.error, ['file', 'kind'], t, { 413: tooLarge, 415: wrongType });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setClientError(t('documents.chooseFile'));
      return;
    }
    // Said before the upload, so nobody waits on a weak line for a refusal; the server checks too.
    if (file.size > MAX_DOCUMENT_BYTES) {
      setClientError(tooLarge);
      return;
    }
    if (file.type && !DOCUMENT_TYPES.includes(file.type)) {
      setClientError(wrongType);
      return;
    }
    setClientError(undefined);
    upload.mutate(
      { id: organisationId, kind, file },
      {
        onSuccess: () => {
          setFile(null);
          if (fileInput.current) fileInput.current.value = '';
        },
      },
    );
  };

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

      <form className="form" onSubmit={submit} noValidate>
        <h3>{t('documents.upload')}</h3>
        <SelectField
          id="document-kind"
          label={t('documents.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value)}
        >
          {DOCUMENT_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`documents.kinds.${value}`)}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label htmlFor="document-file">{t('documents.file')}</label>
          <input
            ref={fileInput}
            id="document-file"
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            aria-describedby="document-file-hint"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <p id="document-file-hint" className="field-hint">
            {t('documents.hint')}
          </p>
        </div>
        <FormAlert messages={clientError ? [clientError] : errors.messages} />
        {upload.isSuccess ? <p role="status">{t('documents.uploaded')}</p> : null}
        <button type="submit" disabled={upload.isPending}>
          {upload.isPending ? t('documents.uploading') : t('documents.upload')}
        </button>
      </form>
    </section>
  );
}
