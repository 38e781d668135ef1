import { TaxonomyCheckboxes } from '@/components/taxonomy-checkboxes';
import { useTranslation } from '@/lib/i18n/i18n';
import type { Skill } from '@/lib/taxonomies/get-taxonomies';

import '../i18n';

/** Skills in two groups: service skills, and the minority languages of Yunnan. */
export function SkillCheckboxes({
  idPrefix,
  skills,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  skills: readonly Skill[];
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const service = skills.filter((skill) => skill.kind !== 'language');
  const languages = skills.filter((skill) => skill.kind === 'language');
  const codesOf = (group: readonly Skill[]) => new Set(group.map((skill) => skill.code));
  const replace = (group: readonly Skill[], chosen: string[]) => {
    const codes = codesOf(group);
    onChange([...value.filter((code) => !codes.has(code)), ...chosen]);
  };
  const chosenOf = (group: readonly Skill[]) => {
    const codes = codesOf(group);
    return value.filter((code) => codes.has(code));
  };
  return (
    <div className="skill-groups">
      <TaxonomyCheckboxes
        name={`${idPrefix}-service`}
        legend={t('volunteering.profile.serviceSkills')}
        items={service}
        value={chosenOf(service)}
        onChange={(chosen) => replace(service, chosen)}
      />
      <TaxonomyCheckboxes
        name={`${idPrefix}-language`}
        legend={t('volunteering.profile.languages')}
        items={languages}
        value={chosenOf(languages)}
        onChange={(chosen) => replace(languages, chosen)}
        error={error}
      />
    </div>
  );
}
