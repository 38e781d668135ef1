package org.qianshou.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.qianshou.system.Page;

/**
 * What the public sees of the policy's programmes: the figures against each target, and the records they are counted
 * from (organisations, places, counts and dates; never a person, never a support log's note).
 */
public final class ProgrammeViews {

    private ProgrammeViews() {}

    /**
     * A programme with its target from the policy and the live figures (contract: {@code GET /api/programmes}).
     *
     * @param definitionZh what {@code live} counts, in Chinese
     * @param definitionEn what {@code live} counts, in English
     */
    @Serdeable
    public record ProgrammeFigures(
            String code,
            String nameZh,
            String nameEn,
            @Nullable String targetZh,
            @Nullable String targetEn,
            @Nullable Target target,
            Live live,
            String definitionZh,
            String definitionEn) {}

    /**
     * The policy's target in a form a program can compare: {@code kind} is {@code at-least-by} ({@code value} by the
     * end of {@code byYear}), {@code total-in-period} ({@code value} in all from {@code fromYear} to {@code byYear}),
     * {@code per-year} ({@code value} in each year from {@code fromYear} to {@code byYear}) or {@code yearly} (a batch
     * every year, no number).
     */
    @Serdeable
    public record Target(
            String kind,
            @Nullable Integer value,
            @Nullable Integer byYear,
            @Nullable Integer fromYear) {}

    /**
     * The live figures, computed from the rows at request time.
     *
     * @param demo the part of {@code total} that comes from demo rows (generated, marked 演示), counted alike
     * @param towardsTarget the one figure the target speaks of, where it is not one of the years ({@code null} for
     *     per-year and yearly targets, which compare with {@code byYear})
     */
    @Serdeable
    public record Live(
            long total,
            long demo,
            @Nullable Long towardsTarget,
            List<YearCount> byYear,
            List<PrefectureCount> byPrefecture) {}

    @Serdeable
    public record YearCount(int year, long count) {}

    @Serdeable
    public record PrefectureCount(String code, String name, long count) {}

    /** One programme's figures and one page of its records (only the list of its kind is present). */
    @Serdeable
    public record ProgrammeDetail(
            ProgrammeFigures programme,
            @Nullable Page<TwinningPairView> twinningPairs,
            @Nullable Page<PartnershipView> partnerships,
            @Nullable Page<DispatchView> dispatches,
            @Nullable Page<DesignationView> designations) {}

    /** Sums of a pair's support log by kind. */
    @Serdeable
    public record SupportTotals(long peopleSent, long supervision, long training, long jointProjects) {}

    @Serdeable
    public record TwinningPairView(
            long id,
            String partnerName,
            String partnerProvince,
            String partnerCity,
            @Nullable Long partnerOrganisationId,
            long agencyOrganisationId,
            String agencyOrganisationName,
            @Nullable String prefectureCode,
            @Nullable String prefectureName,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            SupportTotals support,
            boolean demo,
            long version) {}

    @Serdeable
    public record ActivityTotals(long internshipBases, long studentsPlaced, long teacherPractice) {}

    @Serdeable
    public record PartnershipView(
            long id,
            @Nullable Long universityOrganisationId,
            String universityName,
            String countyCode,
            String countyName,
            @Nullable String prefectureCode,
            @Nullable String prefectureName,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            ActivityTotals activities,
            boolean demo,
            long version) {}

    @Serdeable
    public record DispatchView(
            long id,
            String regionCode,
            String regionName,
            String regionLevel,
            @Nullable String countyName,
            @Nullable String prefectureCode,
            @Nullable String prefectureName,
            String qualificationLevel,
            int workers,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable Long sendingOrganisationId,
            @Nullable String sendingOrganisationName,
            boolean demo,
            long version) {}

    @Serdeable
    public record DesignationView(
            long id,
            long projectId,
            String projectTitle,
            long organisationId,
            String organisationName,
            int year,
            String category,
            boolean withdrawn,
            boolean demo,
            long version) {}

    /** A support-log entry as the pair's agency and administrators see it (with its note). */
    @Serdeable
    public record SupportEntryView(long id, String kind, LocalDate date, int count, String note, boolean demo) {}

    /** An activity of a university partnership (administrators enter them). */
    @Serdeable
    public record ActivityView(long id, String kind, LocalDate date, int count, String note, boolean demo) {}

    /** A pair of the agency's, with its whole support log, for the agency's members and administrators. */
    @Serdeable
    public record AgencyPair(TwinningPairView pair, List<SupportEntryView> log) {}
}
