package org.qianshou.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.qianshou.programme.ProgrammeViews.ProgrammeDetail;
import org.qianshou.programme.ProgrammeViews.ProgrammeFigures;
import org.qianshou.system.InvalidInputException;

/**
 * The policy's programmes for everyone: each tracked programme's target against its live figures (total, by year, by
 * prefecture), counted from the records when asked, and one programme's records a page at a time. Answers may be
 * cached for five minutes: they are the same for everyone.
 */
@Controller("/api/programmes")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgrammeController {

    static final String CACHE = "public, max-age=300";
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    private final ProgrammeService programmes;

    ProgrammeController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    /** The four tracked programmes, in the policy's order. */
    @Get
    HttpResponse<List<ProgrammeFigures>> list() {
        return HttpResponse.ok(programmes.all()).header(HttpHeaders.CACHE_CONTROL, CACHE);
    }

    /** One programme's figures and a page of its records (newest first); 404 for a programme not tracked. */
    @Get("/{code}")
    HttpResponse<ProgrammeDetail> get(
            @PathVariable String code, @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0 || p > MAX_PAGE) {
            throw InvalidInputException.of("page", "field.page.range", MAX_PAGE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidInputException.of("size", "field.size.range", MAX_SIZE);
        }
        return HttpResponse.ok(programmes.detail(code, p, s)).header(HttpHeaders.CACHE_CONTROL, CACHE);
    }
}
