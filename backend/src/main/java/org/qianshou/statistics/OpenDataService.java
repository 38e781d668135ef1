package org.qianshou.statistics;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.qianshou.system.csv.CsvWriter;

/**
 * The public lists as CSV (open data): public projects, verified organisations (public facts only) and published
 * stories. Each file is written while a database cursor reads it, in a read-only transaction of its own; UTF-8 with
 * a byte-order mark, RFC 4180 ({@link CsvWriter}). Lists inside a cell (regions, target groups) are separated by
 * {@code ;}.
 */
@Singleton
public class OpenDataService {

    static final List<String> PROJECT_COLUMNS = List.of(
            "id",
            "title",
            "organisation_id",
            "organisation",
            "status",
            "programme",
            "funding_type",
            "region_codes",
            "regions",
            "target_groups",
            "service_categories",
            "start_date",
            "end_date",
            "budget_yuan",
            "budget_fen",
            "demo");

    static final List<String> ORGANISATION_COLUMNS = List.of(
            "id",
            "name",
            "kind",
            "subtype",
            "registered_region_code",
            "registered_region",
            "service_region_codes",
            "target_groups",
            "service_categories",
            "social_workers_assistant",
            "social_workers_intermediate",
            "social_workers_senior",
            "demo");

    static final List<String> STORY_COLUMNS = List.of(
            "id",
            "title",
            "summary",
            "organisation_id",
            "organisation",
            "project_id",
            "project",
            "region_code",
            "region",
            "target_groups",
            "service_category",
            "programme",
            "published_at",
            "demo");

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Asia/Shanghai"));

    private final StatisticsRepository repository;

    OpenDataService(StatisticsRepository repository) {
        this.repository = repository;
    }

    @ReadOnly
    public void writeProjects(OutputStream out) {
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(PROJECT_COLUMNS);
            repository.publicProjects(p -> csv.row(Arrays.asList(
                    p.id(),
                    p.title(),
                    p.organisationId(),
                    p.organisationName(),
                    p.status(),
                    p.programme(),
                    p.fundingType(),
                    p.regionCodes(),
                    p.regionNames(),
                    p.targetGroups(),
                    p.serviceCategories(),
                    p.startDate(),
                    p.endDate(),
                    CsvWriter.yuan(p.budgetFen()),
                    p.budgetFen(),
                    p.demo() ? "true" : "false")));
        }
    }

    @ReadOnly
    public void writeOrganisations(OutputStream out) {
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(ORGANISATION_COLUMNS);
            repository.verifiedOrganisations(o -> csv.row(Arrays.asList(
                    o.id(),
                    o.name(),
                    o.kind(),
                    o.subtype(),
                    o.registeredRegionCode(),
                    o.registeredRegion(),
                    o.serviceRegionCodes(),
                    o.targetGroups(),
                    o.serviceCategories(),
                    o.socialWorkersAssistant(),
                    o.socialWorkersIntermediate(),
                    o.socialWorkersSenior(),
                    o.demo() ? "true" : "false")));
        }
    }

    @ReadOnly
    public void writeStories(OutputStream out) {
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(STORY_COLUMNS);
            repository.publishedStories(s -> csv.row(Arrays.asList(
                    s.id(),
                    s.title(),
                    s.summary(),
                    s.organisationId(),
                    s.organisationName(),
                    s.projectId(),
                    s.projectTitle(),
                    s.regionCode(),
                    s.regionName(),
                    s.targetGroups(),
                    s.serviceCategory(),
                    s.programme(),
                    s.publishedAt() == null ? null : INSTANT.format(s.publishedAt()),
                    s.demo() ? "true" : "false")));
        }
    }
}
