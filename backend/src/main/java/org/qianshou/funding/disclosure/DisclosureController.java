package org.qianshou.funding.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.qianshou.funding.disclosure.DisclosureViews.CallDisclosure;
import org.qianshou.funding.disclosure.DisclosureViews.ProjectDisclosure;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.csv.StreamedFiles;

/**
 * Public disclosure of funding (资金公示): no sign-in, public data only. Answers may be cached by browsers and proxies
 * for five minutes ({@code Cache-Control: public, max-age=300}): they are the same for everyone, and a payment
 * approved a few minutes ago may show a little later.
 */
@Controller("/api/disclosure")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class DisclosureController {

    static final String CACHE = "public, max-age=300";
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;
    private static final MediaType CSV = new MediaType("text/csv; charset=utf-8");

    private final DisclosureService disclosure;
    private final StreamedFiles files;

    DisclosureController(DisclosureService disclosure, @Named(TaskExecutors.IO) ExecutorService io) {
        this.disclosure = disclosure;
        this.files = new StreamedFiles(io); // this feature's own limit of files at once
    }

    /**
     * A call's pool and one page of its approved awards and approved payments ({@code page} from 0, {@code size} 1 to 100,
     * default 20, the same for both lists; each list says its {@code total}). The ledger as a
     * whole is the CSV.
     */
    @Get("/calls/{callId}")
    HttpResponse<CallDisclosure> call(
            @PathVariable long callId, @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            throw InvalidInputException.of("page", "field.page.range", MAX_PAGE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidInputException.of("size", "field.size.range", MAX_SIZE);
        }
        return HttpResponse.ok(disclosure.call(callId, p, s)).header(HttpHeaders.CACHE_CONTROL, CACHE);
    }

    @Get("/calls/{callId}.csv")
    @io.micronaut.http.annotation.Produces("text/csv")
    HttpResponse<StreamedFile> callCsv(@PathVariable long callId) {
        disclosure.requirePublicCall(callId);
        return csv(
                "call-" + callId + "-ledger.csv",
                files.open("call ledger", out -> disclosure.writeCallLedger(callId, out)));
    }

    @Get("/projects/{projectId}")
    HttpResponse<ProjectDisclosure> project(@PathVariable long projectId) {
        return HttpResponse.ok(disclosure.project(projectId)).header(HttpHeaders.CACHE_CONTROL, CACHE);
    }

    @Get("/projects/{projectId}.csv")
    @io.micronaut.http.annotation.Produces("text/csv")
    HttpResponse<StreamedFile> projectCsv(@PathVariable long projectId) {
        disclosure.requirePublicProject(projectId);
        return csv(
                "project-" + projectId + "-ledger.csv",
                files.open("project ledger", out -> disclosure.writeProjectLedger(projectId, out)));
    }

    @Get("/payments.csv")
    @io.micronaut.http.annotation.Produces("text/csv")
    HttpResponse<StreamedFile> payments(
            @QueryValue @Nullable Long callId, @QueryValue @Nullable String from, @QueryValue @Nullable String to) {
        List<Violation> violations = new ArrayList<>();
        LocalDate first = date(from, "from", violations);
        LocalDate last = date(to, "to", violations);
        if (violations.isEmpty() && first != null && last != null && last.isBefore(first)) {
            violations.add(new Violation("to", "field.disclosure.dates"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (callId != null) {
            disclosure.requirePublicCall(callId);
        }
        return csv("payments.csv", files.open("payments", out -> disclosure.writePayments(callId, first, last, out)));
    }

    private static MutableHttpResponse<StreamedFile> csv(String filename, java.io.InputStream content) {
        return HttpResponse.ok(new StreamedFile(content, CSV))
                .contentType(CSV)
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "field.disclosure.date"));
            return null;
        }
    }
}
