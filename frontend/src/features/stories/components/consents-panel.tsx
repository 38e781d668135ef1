import { useState } from 'react';
import * as z from 'zod/mini';

import { FormAlert, SelectField, TextField } from '@/components/form-field';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import { useAddConsent, useDeleteConsent, useUpdateConsent } from '../api/agency';
import type { Consent, Story } from '../api/schemas';
import '../i18n';
import { CONSENT_METHODS, methodLabel } from './labels';

const consentFormSchema = z
  .object({
    personLabel: z
      .string()
      .check(z.trim(), z.minLength(1, 'forms.required'), z.maxLength(100, 'forms.tooLong')),
    minor: z.boolean(),
    givenBy: z.enum(['self', 'guardian']),
    givenByRelation: z.string().check(z.trim(), z.maxLength(50, 'forms.tooLong')),
    method: z.string().check(z.minLength(1, 'forms.required')),
    givenOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'forms.required')),
    scopeText: z.boolean(),
    scopePhotos: z.boolean(),
    scopeNote: z.string().check(z.trim(), z.maxLength(500, 'forms.tooLong')),
  })
  .check(
    z.refine((values) => !values.minor || values.givenBy === 'guardian', {
      message: 'stories.consents.minorNeedsGuardian',
      path: ['givenBy'],
    }),
    z.refine((values) => values.givenBy === 'self' || values.givenByRelation.length > 0, {
      message: 'stories.consents.relationRequired',
      path: ['givenByRelation'],
    }),
    z.refine((values) => values.scopeText || values.scopePhotos, {
      message: 'stories.consents.scopeRequired',
      path: ['scopeText'],
    }),
  );

const CONSENT_FIELDS = [
  'personLabel',
  'minor',
  'givenBy',
  'givenByRelation',
  'method',
  'givenOn',
  'scopeText',
  'scopePhotos',
  'scopeNote',
] as const;

const EMPTY = {
  personLabel: '',
  minor: false,
  givenBy: 'self' as const,
  givenByRelation: '',
  method: '',
  givenOn: '',
  scopeText: true,
  scopePhotos: false,
  scopeNote: '',
};

/** The form's values from a record as the server keeps it (for editing). */
function valuesOf(consent: Consent) {
  return {
    personLabel: consent.personLabel,
    minor: consent.minor,
    givenBy: consent.givenBy === 'guardian' ? ('guardian' as const) : ('self' as const),
    givenByRelation: consent.givenByRelation ?? '',
    method: consent.method,
    givenOn: consent.givenOn,
    scopeText: consent.scopeText,
    scopePhotos: consent.scopePhotos,
    scopeNote: consent.scopeNote ?? '',
  };
}

/**
 * Adds a consent record, or (given `consent`) edits that one: the same fields, prefilled. Both are
 * refused before sending when the table's checks are broken; the server's field errors land at
 * their fields.
 */
function ConsentForm({
  storyId,
  consent,
  onDone,
}: {
  storyId: string;
  consent?: Consent;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const add = useAddConsent(storyId);
  const update = useUpdateConsent(storyId);
  const mutation = consent ? update : add;
  const form = useZodForm(consentFormSchema, {
    defaultValues: consent ? valuesOf(consent) : EMPTY,
  });
  const {
    register,
    handleSubmit,
    reset,
    setError,
    watch,
    formState: { errors },
  } = form;
  const messages = useServerErrors(setError, mutation.error, CONSENT_FIELDS, {
    byStatus: {
      409: t('stories.consents.conflict'),
      404: t('stories.consents.gone'),
    },
  });
  const givenBy = watch('givenBy');
  const save = handleSubmit((values) => {
    const fields = {
      ...values,
      givenByRelation: values.givenBy === 'guardian' ? values.givenByRelation : null,
    };
    if (consent) {
      update.mutate({ ...fields, consentId: consent.id }, { onSuccess: () => onDone?.() });
    } else {
      add.mutate(fields, { onSuccess: () => reset(EMPTY) });
    }
  });
  // the add form and an edited record's form may be on the page together
  const id = (field: string) => (consent ? `consent-${consent.id}-${field}` : `consent-${field}`);
  return (
    <form
      className="form consent-form"
      noValidate
      onSubmit={save}
      data-testid={consent ? `consent-edit-${consent.id}` : undefined}
    >
      <fieldset>
        <legend>
          {consent
            ? t('stories.consents.editLegend', { name: consent.personLabel })
            : t('stories.consents.add')}
        </legend>
        <TextField
          id={id('personLabel')}
          label={t('stories.consents.personLabel')}
          hint={t('stories.consents.personLabelHint')}
          maxLength={100}
          error={fieldError(errors.personLabel)}
          {...register('personLabel')}
        />
        <div className="checkbox-field">
          <input id={id('minor')} type="checkbox" {...register('minor')} />
          <label htmlFor={id('minor')}>{t('stories.consents.minor')}</label>
        </div>
        <fieldset className="radio-group" aria-invalid={errors.givenBy ? true : undefined}>
          <legend>{t('stories.consents.givenBy')}</legend>
          {(['self', 'guardian'] as const).map((value) => (
            <div className="radio-field" key={value}>
              <input
                id={id(`givenBy-${value}`)}
                type="radio"
                value={value}
                {...register('givenBy')}
              />
              <label htmlFor={id(`givenBy-${value}`)}>
                {t(`stories.consents.givenByOptions.${value}`)}
              </label>
            </div>
          ))}
          {errors.givenBy ? <p className="field-error">{fieldError(errors.givenBy)}</p> : null}
        </fieldset>
        {givenBy === 'guardian' ? (
          <TextField
            id={id('givenByRelation')}
            label={t('stories.consents.relation')}
            hint={t('stories.consents.relationHint')}
            maxLength={50}
            error={fieldError(errors.givenByRelation)}
            {...register('givenByRelation')}
          />
        ) : null}
        <SelectField
          id={id('method')}
          label={t('stories.consents.method')}
          error={fieldError(errors.method)}
          {...register('method')}
        >
          <option value="">{t('stories.consents.chooseMethod')}</option>
          {CONSENT_METHODS.map((method) => (
            <option key={method} value={method}>
              {methodLabel(t, method)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={id('givenOn')}
          type="date"
          label={t('stories.consents.givenOn')}
          error={fieldError(errors.givenOn)}
          {...register('givenOn')}
        />
        <fieldset className="checkbox-group">
          <legend>{t('stories.consents.scope')}</legend>
          <div className="checkbox-field">
            <input id={id('scopeText')} type="checkbox" {...register('scopeText')} />
            <label htmlFor={id('scopeText')}>{t('stories.consents.scopeText')}</label>
          </div>
          <div className="checkbox-field">
            <input id={id('scopePhotos')} type="checkbox" {...register('scopePhotos')} />
            <label htmlFor={id('scopePhotos')}>{t('stories.consents.scopePhotos')}</label>
          </div>
          {errors.scopeText ? <p className="field-error">{fieldError(errors.scopeText)}</p> : null}
        </fieldset>
        <TextField
          id={id('scopeNote')}
          label={t('stories.consents.scopeNote')}
          maxLength={500}
          error={fieldError(errors.scopeNote)}
          {...register('scopeNote')}
        />
      </fieldset>
      <FormAlert messages={messages} />
      <div className="actions">
        <button type="submit" disabled={mutation.isPending}>
          {consent
            ? t('stories.consents.saveChanges', { name: consent.personLabel })
            : t('stories.consents.save')}
        </button>
        {consent ? (
          <button type="button" className="secondary" onClick={() => onDone?.()}>
            {t('stories.consents.cancelEdit')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function ConsentItem({
  consent,
  storyId,
  editable,
}: {
  consent: Consent;
  storyId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const remove = useDeleteConsent(storyId);
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li data-consent-id={consent.id}>
        <ConsentForm storyId={storyId} consent={consent} onDone={() => setEditing(false)} />
      </li>
    );
  }
  const scopes = [
    consent.scopeText ? t('stories.consents.scopeText') : null,
    consent.scopePhotos ? t('stories.consents.scopePhotos') : null,
  ].filter(Boolean);
  return (
    <li data-consent-id={consent.id}>
      <p>
        <strong>{consent.personLabel}</strong>
        {consent.minor ? ` · ${t('stories.consents.minorShort')}` : ''}
      </p>
      <dl className="facts">
        <dt>{t('stories.consents.givenBy')}</dt>
        <dd>
          {consent.givenBy === 'guardian'
            ? t('stories.consents.byGuardian', { relation: consent.givenByRelation ?? '' })
            : t('stories.consents.givenByOptions.self')}
        </dd>
        <dt>{t('stories.consents.method')}</dt>
        <dd>{methodLabel(t, consent.method)}</dd>
        <dt>{t('stories.consents.givenOn')}</dt>
        <dd>{consent.givenOn}</dd>
        <dt>{t('stories.consents.scope')}</dt>
        <dd>
          {scopes.join('、')}
          {consent.scopeNote ? `（${consent.scopeNote}）` : ''}
        </dd>
      </dl>
      {editable ? (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('stories.consents.edit', { name: consent.personLabel })}
          </button>
          <button
            type="button"
            className="danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate(consent.id)}
          >
            {t('stories.consents.delete', { name: consent.personLabel })}
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** Consent records: every person the story names or shows (never shown to the public). */
export function ConsentsPanel({ story, editable }: { story: Story; editable: boolean }) {
  const { t } = useTranslation();
  const storyId = String(story.id);
  return (
    <section className="story-consents" aria-labelledby="consents-heading">
      <h2 id="consents-heading">{t('stories.consents.heading')}</h2>
      <p className="field-hint">{t('stories.consents.explain')}</p>
      {story.consents.length === 0 ? (
        <p className="empty">{t('stories.consents.none')}</p>
      ) : (
        <ul className="consent-list" role="list">
          {story.consents.map((consent) => (
            <ConsentItem key={consent.id} consent={consent} storyId={storyId} editable={editable} />
          ))}
        </ul>
      )}
      {editable ? <ConsentForm storyId={storyId} /> : null}
    </section>
  );
}
