package org.qianshou.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** The answers of {@code /api/statistics}: figures of the whole platform, each from a SQL count. */
final class StatisticsViews {

    private StatisticsViews() {}

    /**
     * One headline figure and the SPA route that lists the rows it counts.
     *
     * @param value a count, an amount in fen, or hours (one decimal)
     */
    @Serdeable
    record Figure(BigDecimal value, String link) {}

    @Serdeable
    record Headline(
            Figure verifiedOrganisations,
            Figure publishedProjects,
            Figure volunteers,
            Figure confirmedHours,
            Figure awardedFen,
            Figure paidFen,
            Figure publishedStories) {}

    /** One prefecture's value of the measure asked for. */
    @Serdeable
    record PrefectureValue(String code, String name, BigDecimal value) {}

    /**
     * @param measure {@code projects}, {@code hours}, {@code awarded} (fen) or {@code stories}
     * @param max the largest value, for shading
     */
    @Serdeable
    record PrefectureMap(String measure, BigDecimal max, List<PrefectureValue> prefectures) {}

    /** Every measure of one region (a prefecture or a county), counted over the region and everything below it. */
    @Serdeable
    record RegionFigures(
            String code, String name, long projects, BigDecimal confirmedHours, long awardedFen, long stories) {}

    /**
     * A prefecture's figures and its counties'. {@code prefectureLevel} counts what is placed at the prefecture
     * itself and at no county (a project for the whole prefecture), so the counties plus it make the prefecture's
     * figures — except where one project lies in several counties and counts in each.
     */
    @Serdeable
    record PrefectureDetail(
            RegionFigures prefecture, @Nullable RegionFigures prefectureLevel, List<RegionFigures> counties) {}
}
