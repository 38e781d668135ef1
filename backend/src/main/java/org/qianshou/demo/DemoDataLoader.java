package org.qianshou.demo;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.qianshou.funding.call.CallWorkflow;
import org.qianshou.opening.OpeningRequest;
import org.qianshou.opening.OpeningWorkflow;
import org.qianshou.opening.ShiftRequest;
import org.qianshou.organisation.OrganisationVerification;
import org.qianshou.programme.ProgrammeDemoData;
import org.qianshou.project.ProjectRequest;
import org.qianshou.project.ProjectService;
import org.qianshou.region.RegionService;
import org.qianshou.story.StoryRequest;
import org.qianshou.story.StoryWorkflow;
import org.qianshou.system.QianshouConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads demo data on start when {@code QIANSHOU_DEMO_PROJECTS} &gt; 0, through the same services as every other
 * write: organisations and projects once (a marker row), every later kind when none of its rows is marked demo.
 */
@Singleton
public class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int BATCH = 1000;

    private final QianshouConfiguration config;
    private final DemoDataLoadRepository loads;
    private final RegionService regions;
    private final OrganisationVerification organisations;
    private final ProjectService projects;
    private final OpeningWorkflow openings;
    private final CallWorkflow calls;
    private final StoryWorkflow stories;
    private final ProgrammeDemoData programmes;
    private final DemoRowsRepository rows;

    @SuppressWarnings("checkstyle:ParameterNumber")
    DemoDataLoader(
            QianshouConfiguration config,
            DemoDataLoadRepository loads,
            RegionService regions,
            OrganisationVerification organisations,
            ProjectService projects,
            OpeningWorkflow openings,
            CallWorkflow calls,
            StoryWorkflow stories,
            ProgrammeDemoData programmes,
            DemoRowsRepository rows) {
        this.rows = rows;
        this.stories = stories;
        this.programmes = programmes;
        this.openings = openings;
        this.calls = calls;
        this.config = config;
        this.loads = loads;
        this.regions = regions;
        this.organisations = organisations;
        this.projects = projects;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (config.demoProjects() > 0) {
            load(config.demoProjects(), config.demoSeed());
        }
    }

    /**
     * Loads the demo data, kind by kind: organisations and projects once (the {@code demo_data_load} row says they
     * were), then openings, stories, funding calls and programme records each when no row of that kind is marked demo.
     * So an installation whose demo data predates a kind (stories and programmes came with issue 10) gets that kind on
     * its next start, built on its existing demo organisations and projects (the generator rebuilds the same plan from
     * the stored size and seed), and a second start loads nothing.
     *
     * @return the number of projects created (0 when they were loaded before)
     */
    @Transactional
    public int load(int projectCount, long seed) {
        long started = System.nanoTime();
        java.util.Optional<DemoDataLoad> earlier = loads.findById(1);
        int size = earlier.map(DemoDataLoad::projects).orElse(projectCount);
        long planSeed = earlier.map(DemoDataLoad::seed).orElse(seed);
        DemoDataGenerator generator = new DemoDataGenerator(regions::children, planSeed);
        List<DemoDataGenerator.DemoOrganisation> demoOrganisations = generator.organisations(size);
        List<DemoDataGenerator.DemoProject> demoProjects = generator.projects(size, demoOrganisations);
        List<Long> organisationIds;
        List<Long> projectIds;
        boolean planHolds = true;
        if (earlier.isEmpty()) {
            organisationIds = createOrganisations(demoOrganisations);
            projectIds = createProjects(demoProjects, organisationIds);
        } else {
            organisationIds = rows.organisations(false);
            projectIds = rows.projects();
            List<String> titles = rows.projectTitles();
            planHolds = organisationIds.size() == demoOrganisations.size()
                    && titles.size() == demoProjects.size()
                    && java.util.stream.IntStream.range(0, titles.size())
                            .allMatch(i -> titles.get(i)
                                    .equals(demoProjects
                                            .get(i)
                                            .withoutOrganisation()
                                            .title()));
            if (!planHolds) {
                LOG.warn("The demo projects in the database are not those of the stored size and seed; openings and"
                        + " stories are not added to them");
            }
        }
        java.time.LocalDate today = java.time.LocalDate.now(ShiftRequest.ZONE);
        int openingCount = planHolds && !rows.any("opening")
                ? createOpenings(generator, demoProjects, organisationIds, projectIds, today)
                : 0;
        int storyCount = planHolds && !rows.any("story")
                ? createStories(generator, demoProjects, organisationIds, projectIds)
                : 0;
        int callCount = 0;
        if (!rows.any("funding_call")) {
            List<Long> funderIds = rows.organisations(true);
            if (funderIds.isEmpty()) {
                funderIds = new ArrayList<>();
                for (var funder : generator.funders()) {
                    funderIds.add(organisations.createDemo(funder).id());
                }
            }
            for (DemoDataGenerator.DemoCall call : generator.calls(today)) {
                callCount += calls.createDemo(funderIds.get(call.funderIndex()), List.of(call.request()), call.closed())
                        .size();
            }
        }
        List<Long> publicProjectIds = new ArrayList<>();
        for (int i = 0; i < Math.min(demoProjects.size(), projectIds.size()); i++) {
            String status = demoProjects.get(i).withoutOrganisation().status();
            if (planHolds && ("published".equals(status) || "closed".equals(status))) {
                publicProjectIds.add(projectIds.get(i));
            }
        }
        ProgrammeDemoData.Created programmeRows =
                programmes.load(organisationIds, publicProjectIds, size, planSeed, today);
        if (earlier.isEmpty()) {
            loads.save(new DemoDataLoad(1, size, planSeed, null));
        }
        int programmeCount = programmeRows.pairs()
                + programmeRows.partnerships()
                + programmeRows.dispatches()
                + programmeRows.designations();
        if (earlier.isPresent() && openingCount + storyCount + callCount + programmeCount == 0) {
            LOG.info("Demo data already loaded; nothing to do");
        } else {
            LOG.info(
                    "Loaded demo data: {} projects, {} openings, {} stories, {} funding calls, {} programme records"
                            + " in {} ms",
                    earlier.isEmpty() ? size : 0,
                    openingCount,
                    storyCount,
                    callCount,
                    programmeCount,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return earlier.isEmpty() ? size : 0;
    }

    private List<Long> createOrganisations(List<DemoDataGenerator.DemoOrganisation> demoOrganisations) {
        List<Long> organisationIds = new ArrayList<>(demoOrganisations.size());
        for (DemoDataGenerator.DemoOrganisation organisation : demoOrganisations) {
            organisationIds.add(organisations.createDemo(organisation.request()).id());
        }
        return organisationIds;
    }

    private List<Long> createProjects(List<DemoDataGenerator.DemoProject> demoProjects, List<Long> organisationIds) {
        List<ProjectRequest> batch = new ArrayList<>(BATCH);
        List<Long> projectIds = new ArrayList<>(demoProjects.size());
        for (DemoDataGenerator.DemoProject project : demoProjects) {
            ProjectRequest r = project.withoutOrganisation();
            batch.add(new ProjectRequest(
                    organisationIds.get(project.organisationIndex()),
                    r.title(),
                    r.description(),
                    r.regionCodes(),
                    r.targetGroups(),
                    r.serviceCategories(),
                    r.programme(),
                    r.fundingType(),
                    r.status(),
                    r.startDate(),
                    r.endDate(),
                    r.budgetFen()));
            if (batch.size() == BATCH) {
                projectIds.addAll(projects.createDemoBatch(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            projectIds.addAll(projects.createDemoBatch(batch));
        }
        return projectIds;
    }

    private int createOpenings(
            DemoDataGenerator generator,
            List<DemoDataGenerator.DemoProject> demoProjects,
            List<Long> organisationIds,
            List<Long> projectIds,
            java.time.LocalDate today) {
        int openingCount = 0;
        for (DemoDataGenerator.DemoOpening opening : generator.openings(demoProjects, today)) {
            OpeningRequest r = opening.withoutProject();
            long organisationId =
                    organisationIds.get(demoProjects.get(opening.projectIndex()).organisationIndex());
            openings.createDemo(
                    organisationId,
                    List.of(new OpeningRequest(
                            projectIds.get(opening.projectIndex()),
                            r.title(),
                            r.description(),
                            r.regionCode(),
                            r.meetingPlace(),
                            r.targetGroups(),
                            r.category(),
                            r.skills(),
                            r.adultsOnly(),
                            r.screening(),
                            r.signupDeadline(),
                            r.contactName(),
                            r.contactPhone(),
                            r.shifts(),
                            null)));
            openingCount++;
        }
        return openingCount;
    }

    private int createStories(
            DemoDataGenerator generator,
            List<DemoDataGenerator.DemoProject> demoProjects,
            List<Long> organisationIds,
            List<Long> projectIds) {
        int storyCount = 0;
        java.time.Instant now = java.time.Instant.now();
        for (DemoDataGenerator.DemoStory story : generator.stories(demoProjects)) {
            StoryRequest r = story.withoutProject();
            long organisationId =
                    organisationIds.get(demoProjects.get(story.projectIndex()).organisationIndex());
            stories.createDemo(
                    organisationId,
                    new StoryRequest(
                            projectIds.get(story.projectIndex()),
                            r.title(),
                            r.summary(),
                            r.bodyHtml(),
                            r.regionCode(),
                            r.targetGroups(),
                            r.serviceCategory(),
                            r.programme(),
                            null),
                    story.consent(),
                    now.minus(java.time.Duration.ofDays(story.daysAgo())));
            storyCount++;
        }
        return storyCount;
    }
}
