import { useState, type ReactNode } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import * as z from 'zod/mini';

import { ErrorMessage } from '@/components/error-message';
import { FormAlert, SelectField, TextField } from '@/components/form-field';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { useFieldError, useServerErrors, useZodForm } from '@/lib/forms';
import { useTranslation, type TranslationKey } from '@/lib/i18n/i18n';

import { PAGE_SIZE, useAdminWrite, useProgramme, useProgrammes } from '../api/programmes';
import type { ProgrammeDetail } from '../api/schemas';
import { EntryForm } from '../components/entry-form';
import { dates, programmeName } from '../components/labels';

import '../i18n';

type FieldKind = 'text' | 'number' | 'date' | 'select';
type FieldDef = { name: string; kind: FieldKind; required?: boolean; options?: readonly string[] };
type Kind = { path: string; fields: readonly FieldDef[]; end: 'end' | 'withdraw' };

const LEVELS = ['assistant', 'intermediate', 'senior', 'none'] as const;
const CATEGORIES = ['a', 'b', 'c'] as const;
const ACTIVITY_KINDS = ['internship-base', 'students-placed', 'teacher-practice'] as const;
const DATES: readonly FieldDef[] = [
  { name: 'startDate', kind: 'date', required: true },
  { name: 'endDate', kind: 'date' },
];

/** What each programme's form asks (the request records of `/api/admin/programmes/…`). */
const KINDS: Record<string, Kind> = {
  twinning: {
    path: 'twinning-pairs',
    end: 'end',
    fields: [
      { name: 'partnerName', kind: 'text', required: true },
      { name: 'partnerProvince', kind: 'text', required: true },
      { name: 'partnerCity', kind: 'text', required: true },
      { name: 'partnerOrganisationId', kind: 'number' },
      { name: 'agencyOrganisationId', kind: 'number', required: true },
      ...DATES,
    ],
  },
  'university-partnership': {
    path: 'partnerships',
    end: 'end',
    fields: [
      { name: 'universityOrganisationId', kind: 'number' },
      { name: 'universityName', kind: 'text' },
      { name: 'countyCode', kind: 'text', required: true },
      ...DATES,
    ],
  },
  'talent-dispatch': {
    path: 'dispatches',
    end: 'end',
    fields: [
      { name: 'regionCode', kind: 'text', required: true },
      { name: 'qualificationLevel', kind: 'select', required: true, options: LEVELS },
      { name: 'workers', kind: 'number', required: true },
      { name: 'sendingOrganisationId', kind: 'number' },
      ...DATES,
    ],
  },
  demonstration: {
    path: 'designations',
    end: 'withdraw',
    fields: [
      { name: 'projectId', kind: 'number', required: true },
      { name: 'year', kind: 'number', required: true },
      { name: 'category', kind: 'select', required: true, options: CATEGORIES },
    ],
  },
};

const REQUIRED = 'programmes.admin.required';
const WHOLE = 'programmes.admin.wholeNumber';
const FIELD_SCHEMAS = {
  optional: z.string().check(z.trim()),
  required: z.string().check(z.trim(), z.minLength(1, REQUIRED)),
  optionalNumber: z.string().check(z.trim(), z.regex(/^(\d{1,12})?$/, WHOLE)),
  requiredNumber: z
    .string()
    .check(z.trim(), z.minLength(1, REQUIRED), z.regex(/^\d{1,12}$/, WHOLE)),
};

/** A kind's form as a zod schema: every field a string as typed; numbers whole, required ones filled. */
function recordSchema(fields: readonly FieldDef[]) {
  return z.object(
    Object.fromEntries(
      fields.map((f) => [
        f.name,
        f.kind === 'number'
          ? f.required
            ? FIELD_SCHEMAS.requiredNumber
            : FIELD_SCHEMAS.optionalNumber
          : f.required
            ? FIELD_SCHEMAS.required
            : FIELD_SCHEMAS.optional,
      ]),
    ),
  );
}

type Values = Record<string, string>;
type AnyRecord = { id: number; version: number; label: string; values: Values; ended: boolean };

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** The programme's records as the admin page lists and edits them. */
function records(detail: ProgrammeDetail, ongoing: string): AnyRecord[] {
  const of = (fields: readonly FieldDef[], record: Record<string, unknown>) =>
    Object.fromEntries(fields.map((f) => [f.name, text(record[f.name])]));
  if (detail.twinningPairs) {
    return detail.twinningPairs.items.map((p) => ({
      id: p.id,
      version: p.version,
      label: `${p.partnerName} → ${p.agencyOrganisationName}（${dates(p.startDate, p.endDate, ongoing)}）`,
      values: of(KINDS.twinning!.fields, p),
      ended: p.endDate !== null && p.endDate !== undefined,
    }));
  }
  if (detail.partnerships) {
    return detail.partnerships.items.map((p) => ({
      id: p.id,
      version: p.version,
      label: `${p.universityName} · ${p.countyName}（${dates(p.startDate, p.endDate, ongoing)}）`,
      values: of(KINDS['university-partnership']!.fields, p),
      ended: p.endDate !== null && p.endDate !== undefined,
    }));
  }
  if (detail.dispatches) {
    return detail.dispatches.items.map((d) => ({
      id: d.id,
      version: d.version,
      label: `${d.regionName} · ${d.workers}（${dates(d.startDate, d.endDate, ongoing)}）`,
      values: of(KINDS['talent-dispatch']!.fields, d),
      ended: d.endDate !== null && d.endDate !== undefined,
    }));
  }
  return (detail.designations?.items ?? []).map((d) => ({
    id: d.id,
    version: d.version,
    label: `${d.projectTitle} · ${d.year} · ${d.category.toUpperCase()}`,
    values: of(KINDS.demonstration!.fields, d),
    ended: d.withdrawn,
  }));
}

/** The JSON body of a form: numbers as numbers, empty optional fields left out. */
function body(fields: readonly FieldDef[], values: Values, version?: number) {
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    const value = (values[field.name] ?? '').trim();
    if (value === '') continue;
    result[field.name] = field.kind === 'number' ? Number(value) : value;
  }
  if (version !== undefined) result.version = version;
  return result;
}

function RecordForm({
  kind,
  editing,
  onDone,
}: {
  kind: Kind;
  editing: AnyRecord | null;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const write = useAdminWrite();
  const [schema] = useState(() => recordSchema(kind.fields));
  const names = kind.fields.map((f) => f.name);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useZodForm(schema, {
    defaultValues: Object.fromEntries(names.map((name) => [name, editing?.values[name] ?? ''])),
  });
  // a stale `version` (or anything the form has no field for) is said above the fields
  const messages = useServerErrors(setError, write.error, names);
  const submit = handleSubmit((values) =>
    write.mutate(
      editing
        ? {
            method: 'PUT',
            path: `${kind.path}/${editing.id}`,
            body: body(kind.fields, values, editing.version),
          }
        : { method: 'POST', path: kind.path, body: body(kind.fields, values) },
      { onSuccess: () => onDone(true) },
    ),
  );
  const label = (name: string) => t(`programmes.admin.fields.${name}` as TranslationKey);
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="record-form-title">
      <h2 id="record-form-title">
        {editing ? `${t('programmes.admin.edit')}：${editing.label}` : t('programmes.admin.create')}
      </h2>
      <FormAlert messages={messages} />
      {kind.fields.map((field) => {
        const common = {
          id: `record-${field.name}`,
          label: label(field.name),
          error: fieldError(errors[field.name]),
          required: field.required,
          ...register(field.name),
        };
        if (field.kind === 'select') {
          return (
            <SelectField key={field.name} {...common}>
              <option value="" />
              {field.options?.map((option) => (
                <option key={option} value={option}>
                  {field.name === 'category'
                    ? t(`programmes.categories.${option as 'a'}`)
                    : t(`programmes.levels.${option as 'none'}`)}
                </option>
              ))}
            </SelectField>
          );
        }
        return (
          <TextField
            key={field.name}
            {...common}
            type={field.kind === 'date' ? 'date' : 'text'}
            inputMode={field.kind === 'number' ? 'numeric' : undefined}
          />
        );
      })}
      <div className="actions">
        <button type="submit" disabled={write.isPending}>
          {t('programmes.admin.save')}
        </button>
        {editing ? (
          <button type="button" className="secondary" onClick={() => onDone(false)}>
            {t('programmes.admin.cancelEdit')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

const endSchema = z.object({ endDate: z.string() });

function EndForm({ kind, record }: { kind: Kind; record: AnyRecord }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const write = useAdminWrite();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useZodForm(endSchema, { defaultValues: { endDate: '' } });
  const messages = useServerErrors(setError, write.error, ['endDate']);
  const id = `end-${record.id}`;
  if (kind.end === 'withdraw') {
    return (
      <>
        <FormAlert messages={messages} />
        <button
          type="button"
          className="danger"
          disabled={write.isPending}
          onClick={() =>
            write.mutate({
              method: 'POST',
              path: `${kind.path}/${record.id}/withdraw`,
              body: { version: record.version },
            })
          }
        >
          {t('programmes.admin.withdraw')}
        </button>
      </>
    );
  }
  return (
    <form
      className="form"
      noValidate
      onSubmit={handleSubmit(({ endDate }) =>
        write.mutate({
          method: 'POST',
          path: `${kind.path}/${record.id}/end`,
          body: { endDate: endDate || null, version: record.version },
        }),
      )}
    >
      <FormAlert messages={messages} />
      <TextField
        id={id}
        type="date"
        label={t('programmes.admin.endDate')}
        error={fieldError(errors.endDate)}
        {...register('endDate')}
      />
      <button type="submit" className="danger" disabled={write.isPending}>
        {t('programmes.admin.end')}
      </button>
    </form>
  );
}

function ActivityForm({ record }: { record: AnyRecord }) {
  const { t } = useTranslation();
  const write = useAdminWrite();
  return (
    <EntryForm
      id={`activity-${record.id}`}
      title={t('programmes.admin.activityFor', { name: record.label })}
      kinds={ACTIVITY_KINDS}
      pending={write.isPending}
      error={write.error}
      done={write.isSuccess}
      onSubmit={(entry) =>
        write.mutate({ method: 'POST', path: `partnerships/${record.id}/activities`, body: entry })
      }
    />
  );
}

function AdminProgrammePage() {
  const { code = '' } = useParams();
  const { t, language } = useTranslation();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<AnyRecord | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState(false);
  const detail = useProgramme(code, page - 1);
  const kind = KINDS[code];
  if (!kind) return <h1>{t('programmes.notFound')}</h1>;
  if (detail.isPending) return <Loading label={t('programmes.loading')} />;
  if (detail.isError) return <ErrorMessage error={detail.error} fallbackKey="programmes.error" />;
  const list = records(detail.data, t('programmes.ongoing'));
  const total =
    (
      detail.data.twinningPairs ??
      detail.data.partnerships ??
      detail.data.dispatches ??
      detail.data.designations
    )?.total ?? 0;
  const name = programmeName(detail.data.programme, language);
  return (
    <div className="form-page">
      <title>{`${t('programmes.admin.title')} · ${name} · ${t('app.name')}`}</title>
      <p>
        <Link className="back-link" to="/admin/programmes">
          ← {t('programmes.admin.title')}
        </Link>
      </p>
      <h1>{name}</h1>
      <RecordForm
        key={`${editing?.id ?? 'new'}-${formKey}`}
        kind={kind}
        editing={editing}
        onDone={(done) => {
          setSaved(done);
          setEditing(null);
          setFormKey((k) => k + 1);
        }}
      />
      {saved ? (
        <p role="status" className="notice">
          {t('programmes.admin.saved')}
        </p>
      ) : null}
      <section aria-labelledby="admin-records">
        <h2 id="admin-records">{t('programmes.records')}</h2>
        <p className="result-count">{t('programmes.recordCount', { count: total })}</p>
        <ul className="card-list">
          {list.map((record) => (
            <li key={record.id}>
              <p>
                {record.label}
                {record.ended && kind.end === 'withdraw' ? (
                  <span className="badge">{t('programmes.admin.withdrawn')}</span>
                ) : null}
              </p>
              {!(record.ended && kind.end === 'withdraw') ? (
                <div className="actions">
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      setSaved(false);
                      setEditing(record);
                    }}
                  >
                    {`${t('programmes.admin.edit')}：${record.label}`}
                  </button>
                </div>
              ) : null}
              {!record.ended ? <EndForm kind={kind} record={record} /> : null}
              {code === 'university-partnership' ? <ActivityForm record={record} /> : null}
            </li>
          ))}
        </ul>
        <Pagination page={page} pages={Math.ceil(total / PAGE_SIZE)} onPage={setPage} />
      </section>
    </div>
  );
}

function AdminProgrammesIndex() {
  const { t, language } = useTranslation();
  const programmes = useProgrammes();
  return (
    <div>
      <title>{`${t('programmes.admin.title')} · ${t('app.name')}`}</title>
      <h1>{t('programmes.admin.title')}</h1>
      <p>{t('programmes.admin.intro')}</p>
      {programmes.isPending ? <Loading label={t('programmes.loading')} /> : null}
      {programmes.isError ? <ErrorMessage error={programmes.error} /> : null}
      <ul>
        {programmes.data?.map((p) => (
          <li key={p.code}>
            <Link to={`/admin/programmes/${encodeURIComponent(p.code)}`}>
              {programmeName(p, language)}
            </Link>{' '}
            （{t('programmes.total')} {p.live.total}）
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `/admin/programmes/*` (administrators): enter and edit the programmes' records. */
export default function AdminProgrammesRoutes({ notFound }: { notFound?: ReactNode }) {
  return (
    <Routes>
      <Route index element={<AdminProgrammesIndex />} />
      <Route path=":code" element={<AdminProgrammePage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
