package org.qianshou.organisation;

import java.io.IOException;
import java.io.InputStream;

/** Where document bytes live, under random keys chosen by the store (never the user's filename). */
public interface DocumentStore {

    /** What was stored. */
    record Stored(String key, long size, String sha256) {}

    /** Stores the stream's bytes completely or not at all. */
    Stored put(InputStream content) throws IOException;

    InputStream open(String key) throws IOException;

    /** Deletes the file; a missing file is not an error. */
    void delete(String key) throws IOException;
}
