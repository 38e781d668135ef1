import { OrganisationVolunteering } from '@/features/agency-volunteering/components/organisation-volunteering';
import { OrganisationFunding } from '@/features/funding/components/organisation-funding';
import { OrganisationFunder } from '@/features/funder/components/organisation-funder';
import { MyOrganisationPage } from '@/features/organisations/routes/my-organisation-page';
import { OrganisationTwinning } from '@/features/programmes/components/organisation-twinning';
import { OrganisationProjects } from '@/features/projects/components/organisation-projects';
import { OrganisationStories } from '@/features/stories/components/organisation-stories';

// Features never import each other: the app composes the organisation workspace with the
// projects feature's list of the organisation's projects and the volunteering feature's links.
export default function MyOrganisationRoute() {
  return (
    <MyOrganisationPage
      projects={(organisationId) => <OrganisationProjects organisationId={organisationId} />}
      volunteering={(organisationId) => (
        <OrganisationVolunteering organisationId={organisationId} />
      )}
      funding={(organisationId) => (
        <>
          <OrganisationFunding organisationId={organisationId} />
          <OrganisationTwinning organisationId={organisationId} />
        </>
      )}
      funder={(organisationId) => <OrganisationFunder organisationId={organisationId} />}
      stories={(organisationId) => <OrganisationStories organisationId={organisationId} />}
    />
  );
}
