package org.qianshou.system;

import java.io.IOException;
import java.io.InputStream;

/** An uploaded file as the HTTP layer received it, for a service that checks and stores it. */
public interface Upload {
    String filename();

    /** The part's declared content type, or {@code null}. */
    String declaredType();

    long size();

    InputStream open() throws IOException;
}
