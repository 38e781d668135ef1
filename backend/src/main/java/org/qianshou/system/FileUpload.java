package org.qianshou.system;

import io.micronaut.http.MediaType;
import io.micronaut.http.multipart.CompletedFileUpload;
import java.io.IOException;
import java.io.InputStream;

/** A multipart file part as the services read an {@link Upload}. */
public final class FileUpload {

    private FileUpload() {}

    public static Upload of(CompletedFileUpload file) {
        return new Upload() {
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
}
