import { useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';

import { FormAlert } from '@/components/form-field';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';

import { useDeletePhoto, useSetCover, useUpdatePhoto } from '../api/agency';
import { myStoryKey } from '../api/keys';
import type { Photo, Story } from '../api/schemas';
import { uploadPhoto } from '../api/upload';
import '../i18n';
import { smallestUrl } from '../utils/photos';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

function Upload({ storyId }: { storyId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<string | null>(null);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    if (!PHOTO_TYPES.includes(file.type)) {
      setLocal(t('stories.photos.badType'));
      return;
    }
    if (file.size > MAX_PHOTO_BYTES) {
      setLocal(t('stories.photos.tooLarge'));
      return;
    }
    setLocal(null);
    setProgress(0);
    uploadPhoto(storyId, file, setProgress)
      .then(() => queryClient.invalidateQueries({ queryKey: myStoryKey(storyId) }))
      .catch(setError)
      .finally(() => setProgress(null));
  };

  const problems = formErrors(error, ['file'], t);
  const message = local ?? problems.fields.file ?? problems.messages.join(' ');
  return (
    <div className="field">
      <label htmlFor="story-photo-file">{t('stories.photos.upload')}</label>
      <input
        id="story-photo-file"
        type="file"
        accept={PHOTO_TYPES.join(',')}
        aria-invalid={message ? true : undefined}
        aria-describedby={
          message ? 'story-photo-file-hint story-photo-file-error' : 'story-photo-file-hint'
        }
        disabled={progress !== null}
        onChange={choose}
      />
      <p id="story-photo-file-hint" className="field-hint">
        {t('stories.photos.hint')}
      </p>
      {progress !== null ? (
        <progress
          max={100}
          value={Math.round(progress * 100)}
          aria-label={t('stories.photos.progress')}
          data-testid="upload-progress"
        />
      ) : null}
      {message ? (
        <p id="story-photo-file-error" className="field-error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}

function PhotoForm({
  story,
  photo,
  number,
  editable,
}: {
  story: Story;
  photo: Photo;
  number: number;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const storyId = String(story.id);
  const update = useUpdatePhoto(storyId);
  const remove = useDeletePhoto(storyId);
  const cover = useSetCover(storyId);
  const [altText, setAltText] = useState(photo.altText ?? '');
  const [caption, setCaption] = useState(photo.caption ?? '');
  const [showsPeople, setShowsPeople] = useState(photo.showsPeople);
  const [noFace, setNoFace] = useState(Boolean(photo.noIdentifiableFace));
  const children = story.aboutProtectedGroup;
  const id = `photo-${photo.id}`;
  const fields = ['altText', 'caption', 'showsPeople', 'noIdentifiableFace', 'photoId'];
  const problems = formErrors(update.error ?? remove.error ?? cover.error, fields, t);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({
      photoId: photo.id,
      altText: altText.trim(),
      caption: caption.trim(),
      showsPeople,
      noIdentifiableFace: noFace,
      position: photo.position ?? number - 1,
    });
  };
  const src = smallestUrl(photo);
  const isCover = story.coverPhotoId === photo.id;
  return (
    <li className="photo-item" data-photo-id={photo.id}>
      {src ? <img src={src} alt={photo.altText ?? ''} width={160} loading="lazy" /> : null}
      <form className="form" noValidate onSubmit={submit}>
        <fieldset disabled={!editable}>
          <legend>{t('stories.photos.photo', { number })}</legend>
          {(
            [
              ['altText', altText, setAltText, 'stories.photos.altText'],
              ['caption', caption, setCaption, 'stories.photos.caption'],
            ] as const
          ).map(([field, value, set, label]) => (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${field}`}>{t(label, { number })}</label>
              <input
                id={`${id}-${field}`}
                value={value}
                maxLength={300}
                aria-invalid={problems.fields[field] ? true : undefined}
                onChange={(event) => set(event.target.value)}
              />
              {problems.fields[field] ? (
                <p className="field-error">{problems.fields[field]}</p>
              ) : null}
            </div>
          ))}
          <div className="checkbox-field">
            <input
              id={`${id}-showsPeople`}
              type="checkbox"
              checked={showsPeople}
              onChange={(event) => setShowsPeople(event.target.checked)}
            />
            <label htmlFor={`${id}-showsPeople`}>
              {t('stories.photos.showsPeople', { number })}
            </label>
          </div>
          {children ? (
            <div className="checkbox-field">
              <input
                id={`${id}-noIdentifiableFace`}
                type="checkbox"
                checked={noFace}
                aria-describedby={`${id}-face-hint`}
                onChange={(event) => setNoFace(event.target.checked)}
              />
              <label htmlFor={`${id}-noIdentifiableFace`}>
                {t('stories.photos.noFace', { number })}
              </label>
              <p id={`${id}-face-hint`} className="field-hint">
                {t('stories.photos.noFaceHint')}
              </p>
              {problems.fields.noIdentifiableFace ? (
                <p className="field-error">{problems.fields.noIdentifiableFace}</p>
              ) : null}
            </div>
          ) : null}
          <FormAlert messages={problems.messages} />
          <div className="actions">
            <button type="submit" disabled={update.isPending}>
              {t('stories.photos.save', { number })}
            </button>
            {isCover ? (
              <span className="badge" data-testid="cover">
                {t('stories.photos.isCover')}
              </span>
            ) : (
              <button
                type="button"
                className="secondary"
                disabled={cover.isPending}
                onClick={() => cover.mutate(photo.id)}
              >
                {t('stories.photos.makeCover', { number })}
              </button>
            )}
            <button
              type="button"
              className="danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate(photo.id)}
            >
              {t('stories.photos.delete', { number })}
            </button>
          </div>
          {update.isSuccess && !update.isPending ? (
            <p role="status" className="field-hint">
              {t('forms.saved')}
            </p>
          ) : null}
        </fieldset>
      </form>
    </li>
  );
}

/** The story's photos: upload with progress, alt text, caption, statements, cover. */
export function PhotosPanel({ story, editable }: { story: Story; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="story-photos" aria-labelledby="photos-heading">
      <h2 id="photos-heading">{t('stories.photos.heading')}</h2>
      {editable ? <Upload storyId={String(story.id)} /> : null}
      {story.photos.length === 0 ? (
        <p className="empty">{t('stories.photos.none')}</p>
      ) : (
        <ol className="photo-list">
          {story.photos.map((photo, index) => (
            <PhotoForm
              key={photo.id}
              story={story}
              photo={photo}
              number={index + 1}
              editable={editable}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
