import { useState, type FormEvent, type ReactNode } from 'react';

import { FormAlert, SelectField, TextAreaField, TextField } from '@/components/form-field';
import { RegionMultiPicker } from '@/components/region-multi-picker';
import { TaxonomyCheckboxes } from '@/components/taxonomy-checkboxes';
import { fenToYuan, yuanToFen } from '@/lib/format';
import { formErrors } from '@/lib/form-errors';
import { useTranslation } from '@/lib/i18n/i18n';
import { useTaxonomies } from '@/lib/taxonomies/get-taxonomies';

import type { ProjectDetail } from '../api/get-project';
import { PROJECT_FIELDS, type ProjectRequest } from '../api/save-project';

type Values = {
  title: string;
  description: string;
  programme: string;
  fundingType: string;
  startDate: string;
  endDate: string;
  budgetYuan: string;
  regionCodes: string[];
  targetGroups: string[];
  serviceCategories: string[];
};

function initialValues(project?: ProjectDetail): Values {
  return {
    title: project?.title ?? '',
    description: project?.description ?? '',
    programme: project?.programme ?? '',
    fundingType: project?.fundingType ?? '',
    startDate: project?.startDate?.slice(0, 10) ?? '',
    endDate: project?.endDate?.slice(0, 10) ?? '',
    budgetYuan: fenToYuan(project?.budgetFen),
    regionCodes: project?.regions.map((region) => region.code) ?? [],
    targetGroups: project?.targetGroups ?? [],
    serviceCategories: project?.serviceCategories ?? [],
  };
}

/** Create or edit a project. Money is typed in yuan and sent as integer fen. */
export function ProjectForm({
  project,
  pending,
  error,
  conflictAction,
  onSubmit,
}: {
  project?: ProjectDetail;
  pending: boolean;
  error: unknown;
  conflictAction?: ReactNode;
  onSubmit: (request: ProjectRequest) => void;
}) {
  const { t, language } = useTranslation();
  const taxonomies = useTaxonomies();
  const [values, setValues] = useState<Values>(() => initialValues(project));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const server = formErrors(error, PROJECT_FIELDS, t, { 409: t('editor.conflict') });
  const fieldError = (name: string) => clientErrors[name] ?? server.fields[name];
  const set = <K extends keyof Values>(name: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const itemName = (item: { nameZh: string; nameEn: string }) =>
    language === 'en' ? item.nameEn : item.nameZh;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!values.title.trim()) found.title = t('forms.required');
    const budgetFen = values.budgetYuan.trim() ? yuanToFen(values.budgetYuan) : null;
    if (values.budgetYuan.trim() && budgetFen === null) found.budgetFen = t('editor.budgetFormat');
    if (values.startDate && values.endDate && values.endDate < values.startDate) {
      found.endDate = t('editor.endBeforeStart');
    }
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    onSubmit({
      title: values.title.trim(),
      description: values.description,
      programme: values.programme || null,
      fundingType: values.fundingType || null,
      startDate: values.startDate || null,
      endDate: values.endDate || null,
      budgetFen,
      regionCodes: values.regionCodes,
      targetGroups: values.targetGroups,
      serviceCategories: values.serviceCategories,
      version: project?.version ?? null,
    });
  };

  return (
    <form className="form project-form" onSubmit={submit} noValidate>
      <TextField
        id="project-title"
        label={t('editor.title')}
        required
        maxLength={200}
        value={values.title}
        error={fieldError('title')}
        onChange={(event) => set('title', event.target.value)}
      />
      <TextAreaField
        id="project-description"
        label={t('project.description')}
        rows={6}
        maxLength={10000}
        value={values.description}
        error={fieldError('description')}
        onChange={(event) => set('description', event.target.value)}
      />
      <SelectField
        id="project-programme"
        label={t('project.programme')}
        value={values.programme}
        error={fieldError('programme')}
        onChange={(event) => set('programme', event.target.value)}
      >
        <option value="">{t('project.none')}</option>
        {taxonomies.data?.programmes.map((item) => (
          <option key={item.code} value={item.code}>
            {itemName(item)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="project-fundingType"
        label={t('project.fundingType')}
        value={values.fundingType}
        error={fieldError('fundingType')}
        onChange={(event) => set('fundingType', event.target.value)}
      >
        <option value="">{t('project.none')}</option>
        {taxonomies.data?.fundingTypes.map((item) => (
          <option key={item.code} value={item.code}>
            {itemName(item)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="project-startDate"
        label={t('editor.startDate')}
        type="date"
        value={values.startDate}
        error={fieldError('startDate')}
        onChange={(event) => set('startDate', event.target.value)}
      />
      <TextField
        id="project-endDate"
        label={t('editor.endDate')}
        type="date"
        value={values.endDate}
        error={fieldError('endDate')}
        onChange={(event) => set('endDate', event.target.value)}
      />
      <TextField
        id="project-budget"
        label={t('editor.budget')}
        hint={t('editor.budgetHint')}
        inputMode="decimal"
        maxLength={20}
        value={values.budgetYuan}
        error={fieldError('budgetFen')}
        onChange={(event) => set('budgetYuan', event.target.value)}
      />
      <RegionMultiPicker
        idPrefix="project-region"
        legend={t('project.regions')}
        value={values.regionCodes}
        onChange={(codes) => set('regionCodes', codes)}
        error={fieldError('regionCodes')}
      />
      {taxonomies.data ? (
        <>
          <TaxonomyCheckboxes
            name="project-targetGroups"
            legend={t('project.targetGroups')}
            items={taxonomies.data.targetGroups}
            value={values.targetGroups}
            onChange={(codes) => set('targetGroups', codes)}
            error={fieldError('targetGroups')}
          />
          <TaxonomyCheckboxes
            name="project-serviceCategories"
            legend={t('project.categories')}
            items={taxonomies.data.serviceCategories}
            value={values.serviceCategories}
            onChange={(codes) => set('serviceCategories', codes)}
            error={fieldError('serviceCategories')}
          />
        </>
      ) : null}
      <FormAlert messages={server.messages} />
      {server.messages.length > 0 && conflictAction ? conflictAction : null}
      <button type="submit" disabled={pending}>
        {pending ? t('forms.sending') : t('forms.save')}
      </button>
    </form>
  );
}
