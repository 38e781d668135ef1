import { useMemo, useState } from 'react';
import * as z from 'zod/mini';

import { FormAlert, TextAreaField, TextField } from '@/components/form-field';
import { ApiError } from '@/lib/api-client';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';

import '../i18n';
import {
  useSaveScores,
  useSubmitReview,
  type ReviewerApplication,
  type ScoresRequest,
} from '../api/assignments';
import { formatInstant } from '../utils/time';

/** The server names list elements with brackets (`scores[1].score`); the form with dots. */
function dotted(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.problem?.errors) return error;
  return new ApiError(
    error.status,
    {
      ...error.problem,
      errors: error.problem.errors.map((item) => ({
        ...item,
        field: item.field?.replace(/\[(\d+)\]/g, '.$1') ?? null,
      })),
    },
    error.message,
    error.retryAfter,
  );
}

function scoringSchema(min: number, max: number) {
  const score = z.string().check(
    z.refine((value) => {
      const trimmed = value.trim();
      if (!trimmed) return true;
      if (!/^-?\d+$/.test(trimmed)) return false;
      const number = Number(trimmed);
      return number >= min && number <= max;
    }, 'review.scoring.outOfRange'),
  );
  return z.object({
    scores: z.array(z.object({ score, comment: z.string() })),
    comment: z.string(),
  });
}

/**
 * Scores against the rubric (integers in the call's range) with a comment per criterion and one
 * overall; "save draft" keeps them, "submit" saves and submits (a submitted review is final).
 */
export function ScoringForm({ data }: { data: ReviewerApplication }) {
  const { t } = useTranslation();
  const { scoreMin, scoreMax, criteria } = data.rubric;
  const ordered = useMemo(() => [...criteria].sort((a, b) => a.seq - b.seq), [criteria]);
  const schema = useMemo(() => scoringSchema(scoreMin, scoreMax), [scoreMin, scoreMax]);
  const form = useZodForm(schema, {
    defaultValues: {
      scores: ordered.map((criterion) => {
        const own = data.scores.find((score) => score.criterionId === criterion.id);
        return { score: own ? String(own.score) : '', comment: own?.comment ?? '' };
      }),
      comment: data.comment ?? '',
    },
  });
  const [version, setVersion] = useState(data.version);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const save = useSaveScores();
  const submitReview = useSubmitReview();
  // drafts leave open criteria out: the server's index → the form's
  const [sent, setSent] = useState<number[]>([]);
  const fieldError = useFieldError();
  const errors = form.formState.errors;
  const error = submitReview.error ?? save.error;
  const rename: Record<string, string> = {};
  sent.forEach((formIndex, sentIndex) => {
    rename[`scores.${sentIndex}.score`] = `scores.${formIndex}.score`;
    rename[`scores.${sentIndex}.comment`] = `scores.${formIndex}.comment`;
  });
  const messages = useServerErrors(
    form.setError,
    useMemo(() => dotted(error), [error]),
    [
      'comment',
      'version',
      ...ordered.flatMap((_, index) => [`scores.${index}.score`, `scores.${index}.comment`]),
    ],
    { byStatus: { 409: t('review.scoring.conflict') }, rename: rename as never },
  );

  const request = (values: z.output<ReturnType<typeof scoringSchema>>): ScoresRequest => {
    const filled = values.scores
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => entry.score.trim() !== '');
    setSent(filled.map(({ index }) => index));
    return {
      scores: filled.map(({ entry, index }) => ({
        criterionId: ordered[index]!.id,
        score: Number(entry.score.trim()),
        comment: entry.comment,
      })),
      comment: values.comment,
      version,
    };
  };

  const onDraft = () => {
    void form.handleSubmit((values) =>
      save.mutate(
        { assignmentId: String(data.assignmentId), input: request(values) },
        {
          onSuccess: (review) => {
            setVersion(review.version);
            setSavedAt(new Date().toISOString());
          },
        },
      ),
    )();
  };
  const onSubmit = form.handleSubmit((values) => {
    // a draft may leave a criterion open; a submission scores every one
    const missing = values.scores
      .map((entry, index) => (entry.score.trim() === '' ? index : -1))
      .filter((index) => index >= 0);
    missing.forEach((index, position) =>
      form.setError(
        `scores.${index}.score`,
        { type: 'validate', message: 'review.scoring.required' },
        { shouldFocus: position === 0 },
      ),
    );
    if (missing.length > 0) return;
    submitReview.mutate({ assignmentId: String(data.assignmentId), input: request(values) });
  });

  return (
    <form
      className="form scoring-form"
      aria-labelledby="scoring-heading"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <h2 id="scoring-heading">{t('review.scoring.title')}</h2>
      <p className="field-hint">{t('review.scoring.explain', { min: scoreMin, max: scoreMax })}</p>
      {ordered.map((criterion, index) => (
        <fieldset key={criterion.id} data-criterion-id={criterion.id}>
          <legend>
            {t('review.scoring.criterion', { name: criterion.name, weight: criterion.weight })}
          </legend>
          {criterion.description ? <p className="field-hint">{criterion.description}</p> : null}
          <TextField
            id={`score-${criterion.id}`}
            label={t('review.scoring.score', {
              name: criterion.name,
              min: scoreMin,
              max: scoreMax,
            })}
            inputMode="numeric"
            required
            error={fieldError(errors.scores?.[index]?.score)}
            {...form.register(`scores.${index}.score`)}
          />
          <TextAreaField
            id={`score-${criterion.id}-comment`}
            label={t('review.scoring.criterionComment', { name: criterion.name })}
            rows={2}
            maxLength={5000}
            error={fieldError(errors.scores?.[index]?.comment)}
            {...form.register(`scores.${index}.comment`)}
          />
        </fieldset>
      ))}
      <TextAreaField
        id="review-comment"
        label={t('review.scoring.comment')}
        rows={4}
        maxLength={10000}
        error={fieldError(errors.comment)}
        {...form.register('comment')}
      />
      <FormAlert messages={messages} />
      {savedAt && !save.isPending ? (
        <p role="status" data-testid="review-saved">
          {t('review.scoring.saved', { time: formatInstant(savedAt) })}
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={save.isPending || submitReview.isPending}
          onClick={onDraft}
        >
          {save.isPending ? t('forms.sending') : t('review.scoring.saveDraft')}
        </button>
        <button type="submit" disabled={save.isPending || submitReview.isPending}>
          {submitReview.isPending ? t('forms.sending') : t('review.scoring.submit')}
        </button>
      </div>
    </form>
  );
}
