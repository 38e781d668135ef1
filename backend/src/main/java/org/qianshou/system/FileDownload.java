package org.qianshou.system;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A stored file sent back to the one who may read it. */
public final class FileDownload {

    private FileDownload() {}

    /**
     * The file as an attachment under its own name (RFC 6266: an ASCII fallback and the UTF-8 name), with the type
     * found by its content; browsers must not sniff, nobody may cache it.
     */
    public static HttpResponse<StreamedFile> attachment(String filename, String contentType, InputStream content) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        return HttpResponse.ok(new StreamedFile(content, MediaType.of(contentType)))
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store");
    }
}
