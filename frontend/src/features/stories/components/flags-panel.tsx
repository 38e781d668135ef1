import { useState, type FormEvent } from 'react';

import { FormAlert } from '@/components/form-field';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';

import { useJustify } from '../api/agency';
import type { Flag, Story } from '../api/schemas';
import '../i18n';
import {
  flagSegments,
  isBodyFlag,
  isProjectTitleFlag,
  mustRemove,
  numberFlags,
  photoField,
} from '../utils/flags';
import { flagExplanation, flagKindLabel } from './labels';

type Numbered = Flag & { number: number };

function Marked({ text, flags }: { text: string; flags: Numbered[] }) {
  const { t } = useTranslation();
  return (
    <>
      {flagSegments(text, flags).map((segment, index) =>
        segment.flag ? (
          <mark
            key={index}
            data-flag-number={segment.flag.number}
            data-flag-kind={segment.flag.kind}
            data-resolved={!segment.flag.blocking || Boolean(segment.flag.justification)}
          >
            {segment.text}
            <sup aria-hidden="true">{segment.flag.number}</sup>
            <span className="visually-hidden">
              {t('stories.flags.markLabel', { number: segment.flag.number })}
            </span>
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

function JustificationForm({ storyId, flag }: { storyId: string; flag: Numbered }) {
  const { t } = useTranslation();
  const justify = useJustify(storyId);
  const [value, setValue] = useState(flag.justification ?? '');
  const id = `flag-${flag.number}-justification`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    justify.mutate({ kind: flag.kind, text: flag.text, justification: value.trim() });
  };
  const problems = formErrors(justify.error, ['justification'], t);
  return (
    <form className="justification-form" noValidate onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>{t('stories.flags.justification', { number: flag.number })}</label>
        <textarea
          id={id}
          rows={2}
          maxLength={1000}
          value={value}
          aria-invalid={problems.fields.justification ? true : undefined}
          aria-describedby={problems.fields.justification ? `${id}-error` : `${id}-hint`}
          onChange={(event) => setValue(event.target.value)}
        />
        <p id={`${id}-hint`} className="field-hint">
          {t('stories.flags.justificationHint')}
        </p>
        {problems.fields.justification ? (
          <p id={`${id}-error`} className="field-error">
            {problems.fields.justification}
          </p>
        ) : null}
      </div>
      <FormAlert messages={problems.messages} />
      <button type="submit" className="secondary" disabled={justify.isPending}>
        {value.trim()
          ? t('stories.flags.saveJustification', { number: flag.number })
          : t('stories.flags.removeJustification', { number: flag.number })}
      </button>
      {justify.isSuccess && !justify.isPending ? (
        <span role="status" className="field-hint">
          {t('forms.saved')}
        </span>
      ) : null}
    </form>
  );
}

/**
 * The protection check's flags in place: the title, summary and body text with each flag marked
 * (numbered), then each flag with its explanation and, for names and villages, a justification.
 */
export function FlagsPanel({ story, editable }: { story: Story; editable: boolean }) {
  const { t } = useTranslation();
  const flags = numberFlags(story.flags);
  const body = flags.filter(isBodyFlag);
  const title = flags.filter((flag) => flag.field === 'title');
  const summary = flags.filter((flag) => flag.field === 'summary');
  // the project's title, not the author's text: a place in it is left out of the public page and search
  const project = flags.filter(isProjectTitleFlag);
  // the photos' captions and alt texts (public too), each field with its own flags
  const photoFields = [
    ...new Set(flags.filter((flag) => photoField(flag.field)).map((flag) => flag.field!)),
  ];
  return (
    <section className="story-flags" aria-labelledby="flags-heading" data-testid="flags">
      <h2 id="flags-heading">{t('stories.flags.heading')}</h2>
      {flags.length === 0 ? (
        <p className="empty">{t('stories.flags.none')}</p>
      ) : (
        <>
          <p className="field-hint">{t('stories.flags.explain.intro')}</p>
          <div
            className="flag-preview"
            role="group"
            aria-label={t('stories.flags.preview')}
            data-testid="flag-preview"
          >
            {title.length > 0 ? (
              <p>
                <strong>{t('stories.form.title')}：</strong>
                <Marked text={story.title} flags={title} />
              </p>
            ) : null}
            {summary.length > 0 ? (
              <p>
                <strong>{t('stories.form.summary')}：</strong>
                <Marked text={story.summary ?? ''} flags={summary} />
              </p>
            ) : null}
            <p className="flag-body">
              <Marked text={story.bodyText} flags={body} />
            </p>
            {project.length > 0 ? (
              <p>
                <strong>{t('stories.flags.projectTitle')}</strong>
                <Marked text={story.projectTitle ?? ''} flags={project} />
              </p>
            ) : null}
            {photoFields.map((field) => {
              const [index, part] = photoField(field)!;
              const photo = story.photos[index];
              return (
                <p key={field}>
                  <strong>
                    {t(
                      part === 'caption' ? 'stories.flags.photoCaption' : 'stories.flags.photoAlt',
                      { number: index + 1 },
                    )}
                  </strong>
                  <Marked
                    text={(part === 'caption' ? photo?.caption : photo?.altText) ?? ''}
                    flags={flags.filter((flag) => flag.field === field)}
                  />
                </p>
              );
            })}
          </div>
          <ol className="flag-list">
            {flags.map((flag) => {
              const resolved = !flag.blocking || (!mustRemove(flag) && Boolean(flag.justification));
              return (
                <li
                  key={`${flag.field ?? 'body'}-${flag.start}-${flag.kind}`}
                  id={`flag-${flag.number}`}
                  data-flag-kind={flag.kind}
                  data-resolved={resolved}
                >
                  <p>
                    <strong>
                      {t('stories.flags.item', {
                        number: flag.number,
                        kind: flagKindLabel(t, flag.kind),
                        text: flag.text,
                      })}
                    </strong>{' '}
                    {resolved ? <span className="badge">{t('stories.flags.resolved')}</span> : null}
                  </p>
                  <p>
                    {isProjectTitleFlag(flag)
                      ? t('stories.flags.explain.projectTitle')
                      : flagExplanation(t, flag.kind)}
                  </p>
                  {isProjectTitleFlag(flag) ? null : mustRemove(flag) ? (
                    <p className="field-error">{t('stories.flags.mustRemove')}</p>
                  ) : editable ? (
                    <JustificationForm storyId={String(story.id)} flag={flag} />
                  ) : flag.justification ? (
                    <p data-testid="justification">
                      {t('stories.flags.justified', { text: flag.justification })}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
