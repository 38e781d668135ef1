package org.qianshou.statistics;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.qianshou.statistics.StatisticsRepository.Measures;
import org.qianshou.statistics.StatisticsRepository.RegionName;
import org.qianshou.statistics.StatisticsViews.Figure;
import org.qianshou.statistics.StatisticsViews.Headline;
import org.qianshou.statistics.StatisticsViews.PrefectureDetail;
import org.qianshou.statistics.StatisticsViews.PrefectureMap;
import org.qianshou.statistics.StatisticsViews.PrefectureValue;
import org.qianshou.statistics.StatisticsViews.RegionFigures;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;

/** Headline numbers and figures by prefecture and county, computed at request time (definitions: the repository). */
@Singleton
public class StatisticsService {

    static final String PROVINCE = "53";
    static final List<String> MEASURES = List.of("projects", "hours", "awarded", "stories");

    private final StatisticsRepository repository;

    /** The province page's table of per-prefecture hours (the SPA's anchor). */
    static final String PREFECTURE_FIGURES = "/yunnan?measure=hours#prefecture-figures";

    StatisticsService(StatisticsRepository repository) {
        this.repository = repository;
    }

    @ReadOnly
    public Headline headline() {
        StatisticsRepository.Headline h = repository.headline();
        // volunteers and their hours are personal data without a public list: they lead to the per-prefecture
        // figures of the province page; the money to the disclosure (资金公示) of the public calls
        return new Headline(
                new Figure(BigDecimal.valueOf(h.verifiedOrganisations()), "/organisations"),
                new Figure(BigDecimal.valueOf(h.publicProjects()), "/projects"),
                new Figure(BigDecimal.valueOf(h.volunteers()), PREFECTURE_FIGURES),
                new Figure(hours(h.confirmedMinutes()), PREFECTURE_FIGURES),
                new Figure(BigDecimal.valueOf(h.awardedFen()), "/disclosure"),
                new Figure(BigDecimal.valueOf(h.paidFen()), "/disclosure"),
                new Figure(BigDecimal.valueOf(h.publishedStories()), "/stories"));
    }

    @ReadOnly
    public PrefectureMap prefectures(String measure) {
        if (measure == null || !MEASURES.contains(measure)) {
            throw InvalidInputException.of("measure", "field.statistics.measure");
        }
        Map<String, Measures> all = repository.measures(PROVINCE, 4);
        List<PrefectureValue> values = repository.children(PROVINCE, 4).stream()
                .map(p -> new PrefectureValue(
                        p.code(), p.name(), value(measure, all.getOrDefault(p.code(), Measures.NONE))))
                .toList();
        BigDecimal max = values.stream()
                .map(PrefectureValue::value)
                .max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        return new PrefectureMap(measure, max, values);
    }

    @ReadOnly
    public PrefectureDetail prefecture(String code) {
        RegionName prefecture = code != null && code.matches("53[0-9]{2}") ? repository.region(code) : null;
        if (prefecture == null) {
            throw new NotFoundException("resource.region", code);
        }
        Measures total = repository.measures(PROVINCE, 4).getOrDefault(code, Measures.NONE);
        Map<String, Measures> below = repository.measures(code, 6);
        List<RegionFigures> counties = repository.children(code, 6).stream()
                .map(c -> figures(c, below.getOrDefault(c.code(), Measures.NONE)))
                .toList();
        Measures own = below.get(code);
        return new PrefectureDetail(
                figures(prefecture, total), own == null ? null : figures(prefecture, own), counties);
    }

    private static RegionFigures figures(RegionName region, Measures m) {
        return new RegionFigures(
                region.code(), region.name(), m.projects(), hours(m.confirmedMinutes()), m.awardedFen(), m.stories());
    }

    private static BigDecimal value(String measure, Measures m) {
        return switch (measure) {
            case "projects" -> BigDecimal.valueOf(m.projects());
            case "hours" -> hours(m.confirmedMinutes());
            case "awarded" -> BigDecimal.valueOf(m.awardedFen());
            default -> BigDecimal.valueOf(m.stories());
        };
    }

    /** Minutes as hours with one decimal (half up): what the volunteer records show. */
    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
