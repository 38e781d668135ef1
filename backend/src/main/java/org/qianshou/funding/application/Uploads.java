package org.qianshou.funding.application;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.qianshou.organisation.DocumentService;

/** The HTTP side of attachments: an uploaded part as the document service reads it, and a download. */
final class Uploads {

    private Uploads() {}

    static DocumentService.Upload of(CompletedFileUpload file) {
        return new DocumentService.Upload() {
            @Override
            public String filename() {
                return file.getFilename();
            }

            @Override
            public String declaredType() {
                return file.getContentType().map(MediaType::toString).orElse(null);
            }

            @Override
            public long size() {
                return file.getSize();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }

    /** The file as an attachment with the type found by its content; browsers must not sniff. */
    static HttpResponse<StreamedFile> download(ApplicationAttachments.Download d) {
        String encoded = URLEncoder.encode(d.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = d.filename().replaceAll("[^A-Za-z0-9._-]", "_");
        return HttpResponse.ok(new StreamedFile(d.content(), MediaType.of(d.contentType())))
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store");
    }
}
