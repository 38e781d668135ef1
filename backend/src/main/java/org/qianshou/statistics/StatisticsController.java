package org.qianshou.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.qianshou.statistics.StatisticsViews.Headline;
import org.qianshou.statistics.StatisticsViews.PrefectureDetail;
import org.qianshou.statistics.StatisticsViews.PrefectureMap;

/** The public picture: headline numbers and figures by prefecture and county. No sign-in. */
@Controller("/api/statistics")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class StatisticsController {

    private final StatisticsService statistics;

    StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    /** Verified organisations, public projects, volunteers, confirmed hours, yuan awarded and paid, stories. */
    @Get("/headline")
    Headline headline() {
        return statistics.headline();
    }

    /**
     * The 16 prefectures with the value of one measure.
     *
     * @param measure projects | hours | awarded | stories
     */
    @Get("/prefectures")
    PrefectureMap prefectures(@QueryValue @Nullable String measure) {
        return statistics.prefectures(measure);
    }

    /** A prefecture's figures and its counties' (every measure). */
    @Get("/prefectures/{code}")
    PrefectureDetail prefecture(@PathVariable String code) {
        return statistics.prefecture(code);
    }
}
