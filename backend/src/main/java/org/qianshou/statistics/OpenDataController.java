package org.qianshou.statistics;

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
import jakarta.inject.Named;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import org.qianshou.system.csv.StreamedFiles;

/** Open data: the public lists as CSV files (UTF-8 with BOM, RFC 4180), written while they are sent. No sign-in. */
@Controller("/api/open-data")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OpenDataController {

    private static final MediaType CSV = new MediaType("text/csv; charset=utf-8");

    private final OpenDataService openData;
    private final StreamedFiles files;

    OpenDataController(OpenDataService openData, @Named(TaskExecutors.IO) ExecutorService io) {
        this.openData = openData;
        this.files = new StreamedFiles(io); // this feature's own limit of files at once
    }

    /** Public projects (published or closed, of verified organisations). */
    @Get("/projects.csv")
    @Produces("text/csv")
    HttpResponse<StreamedFile> projects() {
        return csv("projects.csv", files.open("projects", openData::writeProjects));
    }

    /** Verified organisations, public facts only: no representative, address, phone, e-mail or member. */
    @Get("/organisations.csv")
    @Produces("text/csv")
    HttpResponse<StreamedFile> organisations() {
        return csv("organisations.csv", files.open("organisations", openData::writeOrganisations));
    }

    /** Published case stories (title, summary, where, whose; never consent records). */
    @Get("/stories.csv")
    @Produces("text/csv")
    HttpResponse<StreamedFile> stories() {
        return csv("stories.csv", files.open("stories", openData::writeStories));
    }

    private static HttpResponse<StreamedFile> csv(String filename, InputStream content) {
        return HttpResponse.ok(new StreamedFile(content, CSV))
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
    }
}
