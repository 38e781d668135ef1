package org.qianshou.relevance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qianshou.demo.DemoDataGenerator;
import org.qianshou.funding.call.CallRequest;
import org.qianshou.opening.OpeningRequest;
import org.qianshou.organisation.OrganisationSeed;
import org.qianshou.project.ProjectRequest;
import org.qianshou.story.StoryRequest;

/**
 * The public documents of the demo data as the generator makes them for a size and seed, each with its stable key
 * ({@code project:17} is the generator's 18th project, whatever its database id), in the order the loader creates
 * them: what the judges read.
 */
final class DemoDocuments {

    /** What a judge reads of a document. */
    record Doc(
            String kind,
            String key,
            String title,
            String text,
            String organisation,
            List<String> regions,
            List<String> targetGroups,
            List<String> categories,
            boolean visible) {}

    private DemoDocuments() {}

    /** Every document the loader creates for {@code projects} and {@code seed}, drafts and closed calls included. */
    static List<Doc> of(DemoDataGenerator.RegionSource regions, int projects, long seed) {
        DemoDataGenerator generator = new DemoDataGenerator(regions, seed);
        List<DemoDataGenerator.DemoOrganisation> organisations = generator.organisations(projects);
        List<DemoDataGenerator.DemoProject> demoProjects = generator.projects(projects, organisations);
        List<OrganisationSeed> funders = generator.funders();
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < organisations.size(); i++) {
            OrganisationSeed o = organisations.get(i).request();
            docs.add(organisation(i, o));
        }
        for (int i = 0; i < funders.size(); i++) {
            docs.add(organisation(organisations.size() + i, funders.get(i)));
        }
        for (int i = 0; i < demoProjects.size(); i++) {
            DemoDataGenerator.DemoProject p = demoProjects.get(i);
            ProjectRequest r = p.withoutOrganisation();
            docs.add(new Doc(
                    "project",
                    "project:" + i,
                    r.title(),
                    r.description(),
                    organisations.get(p.organisationIndex()).request().name(),
                    r.regionCodes(),
                    r.targetGroups(),
                    r.serviceCategories(),
                    !"draft".equals(r.status())));
        }
        // The openings' titles and places do not depend on the day, only their shifts.
        List<DemoDataGenerator.DemoOpening> openings = generator.openings(demoProjects, LocalDate.now());
        for (int i = 0; i < openings.size(); i++) {
            DemoDataGenerator.DemoOpening o = openings.get(i);
            OpeningRequest r = o.withoutProject();
            docs.add(new Doc(
                    "opening",
                    "opening:" + i,
                    r.title(),
                    r.description() + "\n" + r.meetingPlace(),
                    projectOrganisation(demoProjects, organisations, o.projectIndex()),
                    List.of(r.regionCode()),
                    r.targetGroups(),
                    List.of(r.category()),
                    true));
        }
        List<DemoDataGenerator.DemoCall> calls = generator.calls(LocalDate.now());
        for (int i = 0; i < calls.size(); i++) {
            DemoDataGenerator.DemoCall c = calls.get(i);
            CallRequest r = c.request();
            docs.add(new Doc(
                    "call",
                    "call:" + i,
                    r.title(),
                    r.description(),
                    funders.get(c.funderIndex()).name(),
                    List.of(r.regionCode()),
                    r.targetGroups(),
                    List.of(r.programme()),
                    !c.closed()));
        }
        List<DemoDataGenerator.DemoStory> stories = generator.stories(demoProjects);
        for (int i = 0; i < stories.size(); i++) {
            DemoDataGenerator.DemoStory s = stories.get(i);
            StoryRequest r = s.withoutProject();
            docs.add(new Doc(
                    "story",
                    "story:" + i,
                    r.title(),
                    r.summary() + "\n" + r.bodyHtml().replaceAll("<[^>]+>", ""),
                    projectOrganisation(demoProjects, organisations, s.projectIndex()),
                    List.of(r.regionCode()),
                    r.targetGroups(),
                    List.of(r.serviceCategory()),
                    true));
        }
        return docs;
    }

    private static Doc organisation(int index, OrganisationSeed o) {
        return new Doc(
                "organisation",
                "organisation:" + index,
                o.name(),
                o.description(),
                o.name(),
                List.of(o.regionCode()),
                List.of(),
                List.of(o.kind()),
                true);
    }

    private static String projectOrganisation(
            List<DemoDataGenerator.DemoProject> projects,
            List<DemoDataGenerator.DemoOrganisation> organisations,
            int projectIndex) {
        return organisations
                .get(projects.get(projectIndex).organisationIndex())
                .request()
                .name();
    }
}
