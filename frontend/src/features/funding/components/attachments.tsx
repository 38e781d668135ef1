import { useRef, useState, type ChangeEvent } from 'react';

import { ErrorMessage } from '@/components/error-message';
import { useTranslation } from '@/lib/i18n/i18n';

import type { Attachment } from '../api/schemas';
import '../i18n';

/** Attached files (PDF, PNG, JPEG; checked by content on the server) with upload and removal. */
export function Attachments({
  idPrefix,
  attachments,
  href,
  upload,
  remove,
  readOnly,
}: {
  idPrefix: string;
  attachments: readonly Attachment[];
  href: (attachment: Attachment) => string;
  upload: (file: File) => Promise<unknown>;
  remove?: ((attachment: Attachment) => Promise<unknown>) | undefined;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    void run(() => upload(file)).then(() => {
      if (input.current) input.current.value = '';
    });
  };
  return (
    <div className="attachments">
      {attachments.length === 0 ? (
        <p className="muted">{t('funding.attachments.none')}</p>
      ) : (
        <ul role="list" aria-label={t('funding.attachments.heading')}>
          {attachments.map((attachment) => (
            <li key={attachment.id} data-attachment-id={attachment.id}>
              <a href={href(attachment)}>{attachment.filename}</a>
              {remove && !readOnly ? (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link-button"
                    disabled={busy}
                    onClick={() => void run(() => remove(attachment))}
                  >
                    {t('funding.attachments.remove', { name: attachment.filename })}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {readOnly ? null : (
        <div className="field">
          <label htmlFor={`${idPrefix}-file`}>{t('funding.attachments.add')}</label>
          <input
            ref={input}
            id={`${idPrefix}-file`}
            type="file"
            accept="application/pdf,image/png,image/jpeg"
            disabled={busy}
            aria-describedby={`${idPrefix}-file-hint`}
            onChange={onFile}
          />
          <p id={`${idPrefix}-file-hint`} className="field-hint">
            {t('funding.attachments.hint')}
          </p>
        </div>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
