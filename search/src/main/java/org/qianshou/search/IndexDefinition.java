package org.qianshou.search;

import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Settings and mappings of an index, read from a JSON resource (e.g. {@code /search/projects-index.json}). Its
 * {@code mappings._meta.mapping_version} goes into the index name: bump it with every change to the file.
 */
public final class IndexDefinition {
    private final String resource;
    private final byte[] json;
    private final int mappingVersion;
    private final String refreshInterval;
    private final byte[] rebuildJson;

    private IndexDefinition(String resource, byte[] json) {
        this.resource = resource;
        this.json = json;
        try {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode tree = mapper.readTree(json);
            this.mappingVersion =
                    tree.path("mappings").path("_meta").path("mapping_version").asInt();
            JsonNode settings = tree.path("settings");
            JsonNode interval = settings.path("refresh_interval");
            this.refreshInterval = interval.isTextual() ? interval.asText() : null;
            ObjectNode forRebuild = tree.deepCopy();
            forRebuild.withObject("/settings").put("refresh_interval", "-1");
            this.rebuildJson = mapper.writeValueAsBytes(forRebuild);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + resource, e);
        }
        if (mappingVersion < 1) {
            throw new IllegalStateException(resource + " lacks mappings._meta.mapping_version");
        }
    }

    /**
     * Reads the definition from a class-path resource.
     *
     * @throws IllegalStateException when the resource is missing or has no {@code mappings._meta.mapping_version}
     */
    public static IndexDefinition fromResource(String resource) {
        try (InputStream in = IndexDefinition.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new IndexDefinition(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + resource, e);
        }
    }

    public int mappingVersion() {
        return mappingVersion;
    }

    /**
     * The index's {@code settings.refresh_interval} as the definition sets it, {@code null} for Elasticsearch's default
     * (one second, skipped while no search comes).
     */
    public String refreshInterval() {
        return refreshInterval;
    }

    /**
     * A create-index request for a rebuild's new index: the definition with {@code refresh_interval: -1} (no refresh
     * while the batches are loaded; {@link SearchIndex#rebuild} gives the index {@link #refreshInterval()} back).
     */
    CreateIndexRequest createRequestForRebuild(String index) {
        return CreateIndexRequest.of(
                b -> b.withJson(new ByteArrayInputStream(rebuildJson)).index(index));
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
