package org.qianshou.programme;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * The programme figures as open data: {@code GET /api/open-data/programmes.csv}, UTF-8 with BOM, RFC 4180. The file
 * has a bounded number of rows (four programmes × their totals, years and 16 prefectures), so it is written whole from
 * one read transaction (the numbers are consistent with each other) and then sent as a stream.
 */
@Controller("/api/open-data")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgrammeOpenDataController {

    private static final MediaType CSV = new MediaType("text/csv; charset=utf-8");

    private final ProgrammeService programmes;

    ProgrammeOpenDataController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @Get("/programmes.csv")
    @Produces("text/csv")
    HttpResponse<StreamedFile> programmes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        programmes.writeCsv(out);
        return HttpResponse.ok(new StreamedFile(new ByteArrayInputStream(out.toByteArray()), CSV))
                .contentType(CSV)
                .header(HttpHeaders.CACHE_CONTROL, ProgrammeController.CACHE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"programmes.csv\"");
    }
}
