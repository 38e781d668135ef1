import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { StandingReasonForm } from '@/components/reason-form';
import { ApiError } from '@/lib/api-client';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';

import {
  useCreateStory,
  useMyStory,
  useSaveStory,
  useSubmitStory,
  useUnpublishOwnStory,
} from '../api/agency';
import { myStoryKey } from '../api/keys';
import type { Story } from '../api/schemas';
import { Blockers } from '../components/blockers';
import { ConsentsPanel } from '../components/consents-panel';
import { FlagsPanel } from '../components/flags-panel';
import { statusLabel } from '../components/labels';
import { PhotosPanel } from '../components/photos-panel';
import {
  StoryForm,
  storyFormValues,
  toStoryFields,
  type StoryFormValues,
} from '../components/story-form';
import '../i18n';
import { agencyStoriesPath, agencyStoryPath, publicStoryPath } from './paths';

const EDITABLE = ['draft', 'returned', 'unpublished'];

/** `…/stories/new`: the first save creates the draft, then the editor opens it. */
export function NewStoryPage() {
  const { t } = useTranslation();
  const organisationId = useParams().organisationId ?? '';
  const navigate = useNavigate();
  const create = useCreateStory(organisationId);
  const [values] = useState(() => storyFormValues());
  return (
    <div className="page story-editor">
      <title>{`${t('stories.editor.newTitle')} · ${t('app.name')}`}</title>
      <p>
        <Link to={agencyStoriesPath(organisationId)}>{t('stories.editor.back')}</Link>
      </p>
      <h1>{t('stories.editor.newTitle')}</h1>
      <StoryForm
        organisationId={organisationId}
        values={values}
        pending={create.isPending}
        error={create.error}
        submitLabel={t('stories.editor.create')}
        onSave={(form) =>
          create.mutate(toStoryFields(form), {
            onSuccess: (story) =>
              void navigate(agencyStoryPath(organisationId, story.id), { replace: true }),
          })
        }
      />
    </div>
  );
}

function SubmitSection({ story, dirty }: { story: Story; dirty: boolean }) {
  const { t } = useTranslation();
  const submit = useSubmitStory(String(story.id));
  const problems = formErrors(submit.error, [], t);
  const fieldErrors = submit.error instanceof ApiError ? submit.error.errors : [];
  return (
    <section className="story-submit" aria-labelledby="submit-heading">
      <h2 id="submit-heading">{t('stories.editor.submitHeading')}</h2>
      <Blockers story={story} />
      {dirty ? <p className="field-hint">{t('stories.editor.saveFirst')}</p> : null}
      {submit.error ? (
        <div className="error-message" role="alert" data-testid="submit-error">
          {submit.error instanceof ApiError && submit.error.detail ? (
            <p>{submit.error.detail}</p>
          ) : (
            <FormAlert messages={problems.messages} />
          )}
          {fieldErrors.length > 0 ? (
            <ul>
              {fieldErrors.map((error, index) => (
                <li key={index} data-field={error.field ?? ''}>
                  {error.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <button
        type="button"
        disabled={dirty || submit.isPending}
        onClick={() => submit.mutate(story.version)}
      >
        {t('stories.editor.submit')}
      </button>
    </section>
  );
}

function Editor({ story, organisationId }: { story: Story; organisationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const storyId = String(story.id);
  const save = useSaveStory(storyId);
  const unpublish = useUnpublishOwnStory(storyId);
  // The form's baseline: what the server held when the page opened or a save answered. Other
  // refreshes of the story (a consent, a photo, a 409's reload) bring a new version but leave the
  // text being written alone.
  const [values, setValues] = useState(() => storyFormValues(story));
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((next: boolean) => setDirty(next), []);
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const editable = EDITABLE.includes(story.status);

  const onSave = (form: StoryFormValues) =>
    save.mutate(
      { ...toStoryFields(form), version: story.version },
      {
        onSuccess: (saved) => setValues(storyFormValues(saved)),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            void queryClient.invalidateQueries({ queryKey: myStoryKey(storyId) });
          }
        },
      },
    );

  const loadSaved = () => {
    void queryClient.fetchQuery({ queryKey: myStoryKey(storyId) }).then(() => {
      const latest = queryClient.getQueryData<Story>(myStoryKey(storyId));
      if (latest) setValues(storyFormValues(latest));
      save.reset();
    });
  };

  return (
    <>
      <h1>{t('stories.editor.title', { title: story.title })}</h1>
      <p>
        <span
          className={`badge status-${story.status}`}
          data-testid="story-status"
          data-status={story.status}
        >
          {statusLabel(t, story.status)}
        </span>{' '}
        <span className="field-hint">
          {t('stories.editor.version', { version: story.version })}
        </span>
      </p>
      {story.statusReason && (story.status === 'returned' || story.status === 'unpublished') ? (
        <div className="notice" role="note" data-testid="status-reason">
          <p>
            {story.status === 'returned'
              ? t('stories.editor.returnedReason', { reason: story.statusReason })
              : t('stories.editor.unpublishedReason', { reason: story.statusReason })}
          </p>
        </div>
      ) : null}
      {story.status === 'submitted' ? <p className="notice">{t('stories.editor.locked')}</p> : null}
      {story.status === 'published' ? (
        <p className="notice">
          {t('stories.editor.published')}{' '}
          <Link to={publicStoryPath(story.id)}>{t('stories.editor.viewPublic')}</Link>
        </p>
      ) : null}

      <StoryForm
        organisationId={organisationId}
        values={values}
        pending={save.isPending}
        error={conflict ? undefined : save.error}
        readOnly={!editable}
        onSave={onSave}
        onDirtyChange={onDirtyChange}
        submitLabel={t('stories.editor.save')}
        alert={
          conflict ? (
            <div className="error-message" role="alert" data-testid="save-conflict">
              <p>{t('stories.editor.conflict')}</p>
              <div className="actions">
                <button type="submit">{t('stories.editor.keepMine')}</button>
                <button type="button" className="secondary" onClick={loadSaved}>
                  {t('stories.editor.useSaved')}
                </button>
              </div>
            </div>
          ) : save.isSuccess && !dirty ? (
            <p role="status" className="field-hint" data-testid="save-status">
              {t('stories.editor.saved')}
            </p>
          ) : null
        }
      />

      <FlagsPanel story={story} editable={editable} />
      <PhotosPanel story={story} editable={editable} />
      <ConsentsPanel story={story} editable={editable} />
      {editable ? <SubmitSection story={story} dirty={dirty} /> : null}
      {story.status === 'published' ? (
        <section aria-labelledby="unpublish-heading">
          <h2 id="unpublish-heading">{t('stories.editor.unpublishHeading')}</h2>
          <StandingReasonForm
            id="own-unpublish"
            label={t('stories.editor.unpublishReason')}
            submitLabel={t('stories.editor.unpublish')}
            pending={unpublish.isPending}
            error={unpublish.error}
            onSubmit={(reason) => unpublish.mutate(reason)}
          />
        </section>
      ) : null}
    </>
  );
}

/** `…/stories/:storyId`: the author's editor. */
export function StoryEditorPage() {
  const { t } = useTranslation();
  const { organisationId = '', storyId = '' } = useParams();
  const story = useMyStory(storyId);
  return (
    <div className="page story-editor" data-story-id={storyId}>
      <title>{`${story.data?.title ?? t('stories.editor.newTitle')} · ${t('app.name')}`}</title>
      <p>
        <Link to={agencyStoriesPath(organisationId)}>{t('stories.editor.back')}</Link>
      </p>
      {story.isPending ? <Loading label={t('stories.loading')} /> : null}
      {story.isError ? (
        <ErrorMessage error={story.error} onRetry={() => void story.refetch()} />
      ) : null}
      {story.data ? <Editor story={story.data} organisationId={organisationId} /> : null}
    </div>
  );
}
