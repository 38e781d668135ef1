package org.qianshou.search;

import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Settings and mappings of the project index, read from the JSON resource {@value #RESOURCE}. Its
 * {@code mappings._meta.mapping_version} goes into the index name: bump it with every change to the file.
 */
final class IndexDefinition {
    static final String RESOURCE = "/search/projects-index.json";

    private final byte[] json;
    private final int mappingVersion;

    private IndexDefinition(byte[] json) {
        this.json = json;
        try {
            this.mappingVersion = new ObjectMapper()
                    .readTree(json)
                    .path("mappings")
                    .path("_meta")
                    .path("mapping_version")
                    .asInt();
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + RESOURCE, e);
        }
        if (mappingVersion < 1) {
            throw new IllegalStateException(RESOURCE + " lacks mappings._meta.mapping_version");
        }
    }

    static IndexDefinition projects() {
        try (InputStream in = IndexDefinition.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new IndexDefinition(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + RESOURCE, e);
        }
    }

    int mappingVersion() {
        return mappingVersion;
    }

    /** A create-index request for {@code index}; with a non-null {@code alias} it also becomes the write index of it. */
    CreateIndexRequest createRequest(String index, String alias) {
        return CreateIndexRequest.of(b -> {
            b.withJson(new ByteArrayInputStream(json)).index(index);
            if (alias != null) {
                b.aliases(alias, a -> a.isWriteIndex(true));
            }
            return b;
        });
    }
}
