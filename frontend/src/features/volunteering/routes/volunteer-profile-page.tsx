import { useEffect } from 'react';
import {
  Controller,
  type Control,
  type FieldError,
  type FieldErrors,
  type Path,
} from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import * as z from 'zod/mini';

import { safeNext } from '@/components/require-auth';
import { ErrorMessage } from '@/components/error-message';
import { FormAlert, SelectField, TextField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { RegionMultiPicker } from '@/components/region-multi-picker';
import { ApiError } from '@/lib/api-client';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation } from '@/lib/i18n/i18n';
import { useRegionName } from '@/lib/regions';
import { useTaxonomies, type Skill } from '@/lib/taxonomies/get-taxonomies';

import {
  GUARDIAN_RELATIONS,
  useGuardianConsent,
  useRegisterVolunteer,
  useUpdateVolunteer,
  useVolunteerProfile,
  type VolunteerProfile,
} from '../api/volunteer-profile';
import { AvailabilityCheckboxes } from '../components/availability-checkboxes';
import { SkillCheckboxes } from '../components/skill-checkboxes';
import '../i18n';
import { carriesBirthDate, gb11643Problem, ID_TYPES, normaliseIdNumber } from '../utils/id-number';
import { formatInstant } from '../utils/shanghai-dates';

const MOBILE = /^1[3-9]\d{9}$/;

const registrationSchema = z
  .object({
    name: z.string().check(z.trim(), z.minLength(1, 'forms.required'), z.maxLength(100)),
    idType: z.string().check(z.minLength(1, 'forms.required')),
    idNumber: z.string().check(z.trim(), z.minLength(1, 'forms.required')),
    birthDate: z.string(),
    gender: z.string(),
    mobile: z.string().check(z.trim(), z.regex(MOBILE, 'volunteering.profile.errors.mobile')),
    skills: z.array(z.string()),
    regionCodes: z.array(z.string()),
    availability: z.array(z.string()),
  })
  .check(
    z.refine(
      (values) => !carriesBirthDate(values.idType) || gb11643Problem(values.idNumber) !== 'format',
      { message: 'volunteering.profile.errors.idFormat', path: ['idNumber'] },
    ),
    z.refine(
      (values) =>
        !carriesBirthDate(values.idType) || gb11643Problem(values.idNumber) !== 'birthDate',
      { message: 'volunteering.profile.errors.idBirthDate', path: ['idNumber'] },
    ),
    z.refine(
      (values) => !carriesBirthDate(values.idType) || gb11643Problem(values.idNumber) !== 'check',
      { message: 'volunteering.profile.errors.idCheck', path: ['idNumber'] },
    ),
    z.refine((values) => carriesBirthDate(values.idType) || values.birthDate !== '', {
      message: 'volunteering.profile.errors.birthDateRequired',
      path: ['birthDate'],
    }),
  );

const REGISTRATION_FIELDS = [
  'name',
  'idType',
  'idNumber',
  'birthDate',
  'gender',
  'mobile',
  'skills',
  'regionCodes',
  'availability',
] as const;

function RegistrationForm() {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const register = useRegisterVolunteer();
  const form = useZodForm(registrationSchema, {
    defaultValues: {
      name: '',
      idType: 'resident-id',
      idNumber: '',
      birthDate: '',
      gender: '',
      mobile: '',
      skills: [],
      regionCodes: [],
      availability: [],
    },
  });
  const { errors } = form.formState;
  const fieldError = useFieldError();
  const idTaken =
    register.error instanceof ApiError && register.error.status === 409 ? register.error : null;
  const messages = useServerErrors(
    form.setError,
    idTaken ? null : register.error,
    REGISTRATION_FIELDS,
  );
  // 409: the number is held by another volunteer. The server's words (which never repeat the
  // number) go to the ID number field, where the user can correct a typo.
  useEffect(() => {
    if (!idTaken) return;
    form.setError(
      'idNumber',
      { type: 'server', message: idTaken.detail ?? t('volunteering.profile.errors.idTaken') },
      { shouldFocus: true },
    );
  }, [idTaken, form, t]);
  const idType = form.watch('idType');

  const submit = form.handleSubmit((values) => {
    const gb = carriesBirthDate(values.idType);
    register.mutate({
      name: values.name,
      idType: values.idType,
      idNumber: normaliseIdNumber(values.idNumber),
      birthDate: gb ? undefined : values.birthDate,
      gender: gb || !values.gender ? undefined : values.gender,
      mobile: values.mobile,
      skills: values.skills,
      regionCodes: values.regionCodes,
      availability: values.availability,
    });
  });

  return (
    <section aria-labelledby="register-heading">
      <h2 id="register-heading">{t('volunteering.profile.details')}</h2>
      <p>{t('volunteering.profile.intro')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="volunteer-name"
          label={t('volunteering.profile.name')}
          required
          maxLength={100}
          autoComplete="name"
          error={fieldError(errors.name)}
          {...form.register('name')}
        />
        <SelectField
          id="volunteer-idType"
          label={t('volunteering.profile.idType')}
          error={fieldError(errors.idType)}
          {...form.register('idType')}
        >
          {ID_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`volunteering.profile.idTypes.${type}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="volunteer-idNumber"
          label={t('volunteering.profile.idNumber')}
          hint={t('volunteering.profile.idNumberHint')}
          required
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          error={fieldError(errors.idNumber)}
          {...form.register('idNumber')}
        />
        {carriesBirthDate(idType) ? null : (
          <>
            <TextField
              id="volunteer-birthDate"
              label={t('volunteering.profile.birthDate')}
              hint={t('volunteering.profile.birthDateHint')}
              type="date"
              required
              error={fieldError(errors.birthDate)}
              {...form.register('birthDate')}
            />
            <SelectField
              id="volunteer-gender"
              label={t('volunteering.profile.gender')}
              error={fieldError(errors.gender)}
              {...form.register('gender')}
            >
              <option value="">{t('volunteering.profile.genderNone')}</option>
              <option value="male">{t('volunteering.profile.genders.male')}</option>
              <option value="female">{t('volunteering.profile.genders.female')}</option>
            </SelectField>
          </>
        )}
        <TextField
          id="volunteer-mobile"
          label={t('volunteering.profile.mobile')}
          type="tel"
          inputMode="numeric"
          autoComplete="tel-national"
          required
          maxLength={11}
          error={fieldError(errors.mobile)}
          {...form.register('mobile')}
        />
        <EditableLists
          idPrefix="volunteer"
          control={form.control}
          errors={errors}
          skills={taxonomies.data?.skills}
        />
        <FormAlert messages={messages} />
        <button type="submit" disabled={register.isPending}>
          {register.isPending ? t('forms.sending') : t('volunteering.profile.register')}
        </button>
      </form>
    </section>
  );
}

type ListValues = { skills: string[]; regionCodes: string[]; availability: string[] };

/** Skills, regions and availability: the part of the profile that may change. */
function EditableLists<Values extends ListValues>({
  idPrefix,
  control,
  errors,
  skills,
}: {
  idPrefix: string;
  control: Control<Values>;
  errors: FieldErrors<Values>;
  skills: readonly Skill[] | undefined;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const name = (field: keyof ListValues) => field as Path<Values>;
  return (
    <>
      {skills ? (
        <Controller
          control={control}
          name={name('skills')}
          render={({ field }) => (
            <SkillCheckboxes
              idPrefix={`${idPrefix}-skill`}
              skills={skills}
              value={field.value as string[]}
              onChange={field.onChange}
              error={fieldError(errors.skills as FieldError | undefined)}
            />
          )}
        />
      ) : null}
      <Controller
        control={control}
        name={name('regionCodes')}
        render={({ field }) => (
          <RegionMultiPicker
            idPrefix={`${idPrefix}-region`}
            legend={t('volunteering.profile.regions')}
            value={field.value as string[]}
            onChange={field.onChange}
            error={fieldError(errors.regionCodes as FieldError | undefined)}
          />
        )}
      />
      <Controller
        control={control}
        name={name('availability')}
        render={({ field }) => (
          <AvailabilityCheckboxes
            idPrefix={`${idPrefix}-availability`}
            value={field.value as string[]}
            onChange={field.onChange}
            error={fieldError(errors.availability as FieldError | undefined)}
          />
        )}
      />
    </>
  );
}

const updateSchema = z.object({
  mobile: z.string().check(z.trim(), z.regex(MOBILE, 'volunteering.profile.errors.mobile')),
  skills: z.array(z.string()),
  regionCodes: z.array(z.string()),
  availability: z.array(z.string()),
});

function UpdateForm({ profile }: { profile: VolunteerProfile }) {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const update = useUpdateVolunteer();
  const initial = {
    mobile: profile.mobile,
    skills: profile.skills,
    regionCodes: profile.regionCodes,
    availability: profile.availability,
  };
  const form = useZodForm(updateSchema, { defaultValues: initial });
  const fieldError = useFieldError();
  const messages = useServerErrors(
    form.setError,
    update.error,
    ['mobile', 'skills', 'regionCodes', 'availability'],
    { byStatus: { 409: t('volunteering.profile.versionConflict') } },
  );
  const submit = form.handleSubmit((values) =>
    update.mutate({ ...values, version: profile.version }),
  );
  return (
    <section aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('volunteering.profile.edit')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="volunteer-edit-mobile"
          label={t('volunteering.profile.mobile')}
          type="tel"
          inputMode="numeric"
          autoComplete="tel-national"
          required
          maxLength={11}
          error={fieldError(form.formState.errors.mobile)}
          {...form.register('mobile')}
        />
        <EditableLists
          idPrefix="volunteer-edit"
          control={form.control}
          errors={form.formState.errors}
          skills={taxonomies.data?.skills}
        />
        <FormAlert messages={messages} />
        {update.isSuccess ? <p role="status">{t('volunteering.profile.saved')}</p> : null}
        <button type="submit" disabled={update.isPending}>
          {update.isPending ? t('forms.sending') : t('volunteering.profile.save')}
        </button>
      </form>
    </section>
  );
}

const consentSchema = z.object({
  guardianName: z.string().check(z.trim(), z.minLength(1, 'forms.required'), z.maxLength(100)),
  relation: z.string().check(z.minLength(1, 'forms.required')),
  guardianPhone: z.string().check(z.trim(), z.regex(MOBILE, 'volunteering.profile.errors.mobile')),
  confirmed: z.boolean().check(z.refine((value) => value, 'volunteering.consent.confirmRequired')),
});

function ConsentSection({ profile }: { profile: VolunteerProfile }) {
  const { t } = useTranslation();
  const consent = useGuardianConsent();
  const form = useZodForm(consentSchema, {
    defaultValues: { guardianName: '', relation: '', guardianPhone: '', confirmed: false },
  });
  const { errors } = form.formState;
  const fieldError = useFieldError();
  const messages = useServerErrors(form.setError, consent.error, [
    'guardianName',
    'relation',
    'guardianPhone',
    'confirmed',
  ]);
  const submit = form.handleSubmit((values) =>
    consent.mutate({
      guardianName: values.guardianName,
      relation: values.relation,
      guardianPhone: values.guardianPhone,
      confirmed: true,
    }),
  );
  const recorded = profile.guardianConsent;
  return (
    <section id="consent" aria-labelledby="consent-heading" tabIndex={-1}>
      <h2 id="consent-heading">{t('volunteering.consent.title')}</h2>
      <p>{t('volunteering.consent.intro')}</p>
      {recorded ? (
        <>
          <p role="status">
            {t('volunteering.consent.recorded', { date: formatInstant(recorded.recordedAt) })}
          </p>
          <dl className="detail-list">
            <div className="detail-row">
              <dt>{t('volunteering.consent.guardianName')}</dt>
              <dd>{recorded.guardianName}</dd>
            </div>
            <div className="detail-row">
              <dt>{t('volunteering.consent.relation')}</dt>
              <dd>
                {(GUARDIAN_RELATIONS as readonly string[]).includes(recorded.relation)
                  ? t(
                      `volunteering.consent.relations.${recorded.relation as (typeof GUARDIAN_RELATIONS)[number]}`,
                    )
                  : recorded.relation}
              </dd>
            </div>
            <div className="detail-row">
              <dt>{t('volunteering.consent.guardianPhone')}</dt>
              <dd>{recorded.guardianPhoneMasked}</dd>
            </div>
          </dl>
        </>
      ) : (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            id="consent-guardianName"
            label={t('volunteering.consent.guardianName')}
            required
            maxLength={100}
            error={fieldError(errors.guardianName)}
            {...form.register('guardianName')}
          />
          <SelectField
            id="consent-relation"
            label={t('volunteering.consent.relation')}
            required
            error={fieldError(errors.relation)}
            {...form.register('relation')}
          >
            <option value="">{t('project.none')}</option>
            {GUARDIAN_RELATIONS.map((relation) => (
              <option key={relation} value={relation}>
                {t(`volunteering.consent.relations.${relation}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="consent-guardianPhone"
            label={t('volunteering.consent.guardianPhone')}
            type="tel"
            inputMode="numeric"
            required
            maxLength={11}
            error={fieldError(errors.guardianPhone)}
            {...form.register('guardianPhone')}
          />
          <div className="checkbox-field">
            <input
              id="consent-confirmed"
              type="checkbox"
              aria-invalid={errors.confirmed ? true : undefined}
              aria-describedby={errors.confirmed ? 'consent-confirmed-error' : undefined}
              {...form.register('confirmed')}
            />
            <label htmlFor="consent-confirmed">{t('volunteering.consent.confirm')}</label>
          </div>
          {errors.confirmed ? (
            <p id="consent-confirmed-error" className="field-error">
              {fieldError(errors.confirmed)}
            </p>
          ) : null}
          <FormAlert messages={messages} />
          <button type="submit" disabled={consent.isPending}>
            {consent.isPending ? t('forms.sending') : t('volunteering.consent.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

function RegionNames({ codes }: { codes: readonly string[] }) {
  return (
    <ul className="chosen-regions" role="list">
      {codes.map((code) => (
        <RegionName key={code} code={code} />
      ))}
    </ul>
  );
}

function RegionName({ code }: { code: string }) {
  const name = useRegionName(code) ?? code;
  return <li data-region-code={code}>{name}</li>;
}

function ProfileView({ profile }: { profile: VolunteerProfile }) {
  const { t } = useTranslation();
  const idTypeLabel = (ID_TYPES as readonly string[]).includes(profile.idType)
    ? t(`volunteering.profile.idTypes.${profile.idType as (typeof ID_TYPES)[number]}`)
    : profile.idType;
  return (
    <section aria-labelledby="identity-heading">
      <h2 id="identity-heading">{t('volunteering.profile.details')}</h2>
      <p className="badges">
        <span className="badge">
          {profile.complete
            ? t('volunteering.profile.complete')
            : t('volunteering.profile.incomplete')}
        </span>
        <span className="badge" data-can-sign-up={profile.canSignUp}>
          {profile.canSignUp
            ? t('volunteering.profile.canSignUp')
            : t('volunteering.profile.cannotSignUp')}
        </span>
      </p>
      <dl className="detail-list">
        <div className="detail-row">
          <dt>{t('volunteering.profile.name')}</dt>
          <dd>{profile.name}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('volunteering.profile.idType')}</dt>
          <dd>{idTypeLabel}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('volunteering.profile.idNumberMasked')}</dt>
          <dd className="monospace" data-testid="id-number-masked">
            {profile.idNumberMasked}
          </dd>
        </div>
        <div className="detail-row">
          <dt>{t('volunteering.profile.birthDate')}</dt>
          <dd>{profile.birthDate}</dd>
        </div>
        <div className="detail-row">
          <dt>{t('volunteering.profile.age')}</dt>
          <dd>{profile.age}</dd>
        </div>
        {profile.regionCodes.length > 0 ? (
          <div className="detail-row">
            <dt>{t('volunteering.profile.regions')}</dt>
            <dd>
              <RegionNames codes={profile.regionCodes} />
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="muted">{t('volunteering.profile.fixed')}</p>
    </section>
  );
}

/** `/me/volunteer`: registration of the real-name profile, then the profile and its changes. */
export function VolunteerProfilePage() {
  const { t } = useTranslation();
  const profile = useVolunteerProfile();
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');
  const continueTo = next ? safeNext(next, '/openings') : undefined;

  let content;
  if (profile.isPending) content = <Loading label={t('search.loading')} />;
  else if (profile.isError)
    content = <ErrorMessage error={profile.error} onRetry={() => void profile.refetch()} />;
  else if (!profile.data) content = <RegistrationForm />;
  else
    content = (
      <>
        {profile.data.canSignUp && continueTo ? (
          <div className="notice" role="status">
            <p>{t('volunteering.profile.registered')}</p>
            <Link className="button-link" to={continueTo}>
              {t('volunteering.profile.continue')}
            </Link>
          </div>
        ) : null}
        <ProfileView profile={profile.data} />
        {profile.data.minor ? <ConsentSection profile={profile.data} /> : null}
        <UpdateForm profile={profile.data} />
      </>
    );

  return (
    <div className="form-page volunteer-profile-page">
      <title>{`${t('volunteering.profile.title')} · ${t('app.name')}`}</title>
      <h1>{t('volunteering.profile.title')}</h1>
      {content}
    </div>
  );
}

export default VolunteerProfilePage;
