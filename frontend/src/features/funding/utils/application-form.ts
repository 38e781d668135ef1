import * as z from 'zod/mini';

import { fenToYuan, yuanToFen } from '@/lib/format';

import type { ApplicationSave } from '../api/applications';
import type { ApplicationDetail } from '../api/schemas';

/** The editor's form: amounts typed in yuan, numbers as typed; a draft may be incomplete. */
export type ApplicationValues = {
  projectId: string;
  title: string;
  need: string;
  objectives: string;
  activities: string;
  beneficiaries: string;
  beneficiaryCount: string;
  periodFrom: string;
  periodTo: string;
  budgetLines: { category: string; description: string; amountYuan: string }[];
  indicators: { id: number | null; name: string; unit: string; target: string }[];
};

const yuan = z
  .string()
  .check(
    z.refine(
      (value) => value.trim() === '' || yuanToFen(value) !== null,
      'funding.editor.badAmount',
    ),
  );
const count = z
  .string()
  .check(z.refine((value) => /^\s*\d{0,9}\s*$/.test(value), 'funding.editor.badCount'));
const decimal = z
  .string()
  .check(
    z.refine((value) => /^\s*(\d{1,12}(\.\d{1,4})?)?\s*$/.test(value), 'funding.editor.badNumber'),
  );

export const applicationFormSchema = z.object({
  projectId: z.string(),
  title: z.string().check(z.maxLength(200, 'funding.editor.tooLong')),
  need: z.string(),
  objectives: z.string(),
  activities: z.string(),
  beneficiaries: z.string(),
  beneficiaryCount: count,
  periodFrom: z.string(),
  periodTo: z.string(),
  budgetLines: z.array(
    z.object({ category: z.string(), description: z.string(), amountYuan: yuan }),
  ),
  indicators: z.array(
    z.object({ id: z.nullable(z.number()), name: z.string(), unit: z.string(), target: decimal }),
  ),
});

export function toValues(detail: ApplicationDetail): ApplicationValues {
  return {
    projectId: detail.projectId == null ? '' : String(detail.projectId),
    title: detail.title ?? '',
    need: detail.need ?? '',
    objectives: detail.objectives ?? '',
    activities: detail.activities ?? '',
    beneficiaries: detail.beneficiaries ?? '',
    beneficiaryCount: detail.beneficiaryCount == null ? '' : String(detail.beneficiaryCount),
    periodFrom: detail.periodFrom ?? '',
    periodTo: detail.periodTo ?? '',
    budgetLines: detail.budgetLines.map((line) => ({
      category: line.category,
      description: line.description ?? '',
      amountYuan: fenToYuan(line.amountFen),
    })),
    indicators: detail.indicators.map((indicator) => ({
      id: indicator.id ?? null,
      name: indicator.name,
      unit: indicator.unit ?? '',
      target: indicator.target == null ? '' : String(indicator.target),
    })),
  };
}

export type ApplicationBody = Omit<ApplicationSave, 'version'>;

/**
 * The save body without its version. A part that does not parse yet (a half-typed amount, a
 * target, the number of beneficiaries) is sent as it was last saved (`previous`), so that it never
 * holds back the text of the other sections; `complete` says whether everything typed is in it.
 */
export function toBody(
  values: ApplicationValues,
  previous?: ApplicationBody,
): { body: ApplicationBody; complete: boolean } {
  let complete = true;
  const amounts = values.budgetLines.map((line) =>
    line.amountYuan.trim() === '' ? 0 : yuanToFen(line.amountYuan),
  );
  let budgetLines: ApplicationBody['budgetLines'];
  if (amounts.every((fen) => fen !== null)) {
    budgetLines = values.budgetLines.map((line, index) => ({
      category: line.category,
      description: line.description,
      amountFen: amounts[index]!,
    }));
  } else {
    complete = false;
    budgetLines = previous?.budgetLines ?? [];
  }
  const targetsValid = values.indicators.every((indicator) =>
    /^\s*(\d{1,12}(\.\d{1,4})?)?\s*$/.test(indicator.target),
  );
  let indicators: ApplicationBody['indicators'];
  if (targetsValid) {
    indicators = values.indicators.map((indicator) => ({
      ...(indicator.id == null ? {} : { id: indicator.id }),
      name: indicator.name,
      unit: indicator.unit,
      target: indicator.target.trim() === '' ? null : Number(indicator.target.trim()),
    }));
  } else {
    complete = false;
    indicators = previous?.indicators ?? [];
  }
  const countText = values.beneficiaryCount.trim();
  let beneficiaryCount: number | null;
  if (/^\d{0,9}$/.test(countText)) {
    beneficiaryCount = countText === '' ? null : Number(countText);
  } else {
    complete = false;
    beneficiaryCount = previous?.beneficiaryCount ?? null;
  }
  return {
    complete,
    body: {
      projectId: values.projectId ? Number(values.projectId) : null,
      title: values.title,
      need: values.need,
      objectives: values.objectives,
      activities: values.activities,
      beneficiaries: values.beneficiaries,
      beneficiaryCount,
      periodFrom: values.periodFrom || null,
      periodTo: values.periodTo || null,
      budgetLines,
      indicators,
    },
  };
}

/** The budget's totals in fen as the editor shows them while typing (the server's count decides). */
export function budgetTotals(
  lines: ApplicationValues['budgetLines'],
  isManagementFee: (category: string) => boolean,
) {
  let totalFen = 0;
  let managementFeeFen = 0;
  const byCategory = new Map<string, number>();
  for (const line of lines) {
    const fen = yuanToFen(line.amountYuan) ?? 0;
    totalFen += fen;
    if (isManagementFee(line.category)) managementFeeFen += fen;
    byCategory.set(line.category, (byCategory.get(line.category) ?? 0) + fen);
  }
  return { totalFen, managementFeeFen, byCategory };
}
