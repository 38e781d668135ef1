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
 * Loads demo data on the first start when {@code QIANSHOU_DEMO_PROJECTS} &gt; 0, through the same
 * services as every other write; a marker row makes sure it happens once.
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
            ProgrammeDemoData programmes) {
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

    /** Loads demo data unless it was loaded before; returns the number of projects created. */
    @Transactional
    public int load(int projectCount, long seed) {
        boolean loaded = loads.count() > 0;
        if (loaded) {
            LOG.info("Demo data already loaded; nothing to do");
            return 0;
        }
        long started = System.nanoTime();
        DemoDataGenerator generator = new DemoDataGenerator(regions::children, seed);
        List<DemoDataGenerator.DemoOrganisation> demoOrganisations = generator.organisations(projectCount);
        List<Long> organisationIds = new ArrayList<>(demoOrganisations.size());
        for (DemoDataGenerator.DemoOrganisation organisation : demoOrganisations) {
            organisationIds.add(organisations.createDemo(organisation.request()).id());
        }
        List<ProjectRequest> batch = new ArrayList<>(BATCH);
        List<Long> projectIds = new ArrayList<>(projectCount);
        List<DemoDataGenerator.DemoProject> demoProjects = generator.projects(projectCount, demoOrganisations);
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
        int openingCount = 0;
        for (DemoDataGenerator.DemoOpening opening :
                generator.openings(demoProjects, java.time.LocalDate.now(ShiftRequest.ZONE))) {
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
        List<Long> funderIds = new ArrayList<>();
        for (var funder : generator.funders()) {
            funderIds.add(organisations.createDemo(funder).id());
        }
        int callCount = 0;
        for (DemoDataGenerator.DemoCall call : generator.calls(java.time.LocalDate.now(ShiftRequest.ZONE))) {
            callCount += calls.createDemo(funderIds.get(call.funderIndex()), List.of(call.request()), call.closed())
                    .size();
        }
        List<Long> publicProjectIds = new ArrayList<>();
        for (int i = 0; i < demoProjects.size(); i++) {
            String status = demoProjects.get(i).withoutOrganisation().status();
            if ("published".equals(status) || "closed".equals(status)) {
                publicProjectIds.add(projectIds.get(i));
            }
        }
        ProgrammeDemoData.Created programmeRows = programmes.load(
                organisationIds, publicProjectIds, projectCount, seed, java.time.LocalDate.now(ShiftRequest.ZONE));
        loads.save(new DemoDataLoad(1, projectCount, seed, null));
        LOG.info(
                "Loaded demo data: {} organisations, {} projects, {} openings, {} stories, {} funding calls,"
                        + " {} programme records in {} ms",
                organisationIds.size() + funderIds.size(),
                projectCount,
                openingCount,
                storyCount,
                callCount,
                programmeRows.pairs()
                        + programmeRows.partnerships()
                        + programmeRows.dispatches()
                        + programmeRows.designations(),
                (System.nanoTime() - started) / 1_000_000);
        return projectCount;
    }
}
