package org.qianshou.opening.signup;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.qianshou.system.NotFoundException;

/** Calendar files, without signing in: a volunteer's secret feed, and one shift of a published opening. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CalendarController {

    static final String TEXT_CALENDAR = "text/calendar;charset=utf-8";

    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    /** The volunteer's feed; 404 for an unknown or replaced token. */
    @Get("/calendar/{token}.ics")
    @Produces(TEXT_CALENDAR)
    HttpResponse<String> feed(@PathVariable String token) {
        String body = calendars.feed(token).orElseThrow(() -> new NotFoundException("signup.resource.calendar", "-"));
        return HttpResponse.ok(body)
                .contentType(MediaType.of(TEXT_CALENDAR))
                .header("Cache-Control", "private, no-store")
                .header("Referrer-Policy", "no-referrer");
    }

    /** One shift as a calendar file to download. */
    @Get("/api/shifts/{id}.ics")
    @Produces(TEXT_CALENDAR)
    HttpResponse<String> shift(@PathVariable long id) {
        return HttpResponse.ok(calendars.shift(id))
                .contentType(MediaType.of(TEXT_CALENDAR))
                .header("Content-Disposition", "attachment; filename=\"shift-" + id + ".ics\"");
    }
}
