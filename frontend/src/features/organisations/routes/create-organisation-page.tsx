import { useNavigate } from 'react-router';

import { useTranslation } from '@/lib/i18n/i18n';

import { useCreateOrganisation } from '../api/create-organisation';
import { OrganisationForm } from '../components/organisation-form';

export function CreateOrganisationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  return (
    <div className="form-page">
      <title>{`${t('orgForm.createTitle')} · ${t('app.name')}`}</title>
      <h1>{t('orgForm.createTitle')}</h1>
      <p>{t('orgForm.createIntro')}</p>
      <OrganisationForm
        submitLabel={t('orgForm.create')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(request) =>
          create.mutate(request, {
            onSuccess: (organisation) =>
              void navigate(`/my/organisations/${encodeURIComponent(organisation.id)}`),
          })
        }
      />
    </div>
  );
}

export default CreateOrganisationPage;
