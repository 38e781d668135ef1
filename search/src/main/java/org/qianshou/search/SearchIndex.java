package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.GetIndexRequest;
import co.elastic.clients.elasticsearch.indices.get.Feature;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index of one {@link IndexKind}: alias {@code <prefix>-<name>} in front of a versioned index {@code
 * <prefix>-<name>-v<mapping version>-<timestamp>}, created from the kind's {@link IndexDefinition}; rebuilt into a
 * new index with an atomic alias swap. Write to it with an {@link Indexer}, search it with a {@link Searcher}.
 * Thread-safe.
 *
 * @param <D> the document type
 */
public final class SearchIndex<D extends IndexedDocument> {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final String alias;
    private final IndexKind<D, ?> kind;

    /**
     * @param prefix lower-case letters, digits, '-' or '_', e.g. {@code qianshou}
     * @throws IllegalArgumentException for another prefix
     */
    public SearchIndex(ElasticsearchClient client, String prefix, IndexKind<D, ?> kind) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "index prefix must be lower-case letters, digits, '-' or '_': " + prefix);
        }
        this.client = client;
        this.alias = prefix + "-" + kind.name();
        this.kind = kind;
    }

    public IndexKind<D, ?> kind() {
        return kind;
    }

    ElasticsearchClient client() {
        return client;
    }

    public String alias() {
        return alias;
    }

    /** Creates a versioned index behind the alias unless the alias already exists. Idempotent, safe to race. */
    public void ensureIndex() {
        if (aliasExists()) {
            return;
        }
        String index = newIndexName();
        try {
            Elastic.call(
                    "create index " + index,
                    () -> client.indices().create(kind.definition().createRequest(index, alias)));
            LOG.info("Created search index {} behind alias {}", index, alias);
            versions = null;
        } catch (RuntimeException e) {
            // another instance created its index at the same time: Elasticsearch refuses a second write index (500)
            if (!aliasExists()) {
                throw e;
            }
        }
    }

    /**
     * Loads every batch into a new versioned index, then moves the alias to it atomically and deletes this prefix's
     * older indices of the kind. On failure the new index is deleted and the alias stays where it was.
     *
     * <p>While it loads, the new index does not refresh ({@code refresh_interval: -1}; the definition's own setting
     * comes back before the alias moves), and up to {@value #BULKS_IN_FLIGHT} bulk requests are in flight on threads of
     * their own while the caller's iterator reads the next batch: reading PostgreSQL, building the documents (their
     * {@code zh} text is made as they are written out) and indexing overlap instead of taking turns.
     *
     * @throws IllegalStateException when a document is rejected
     */
    public RebuildResult rebuild(Iterable<List<D>> batches) {
        String index = newIndexName();
        Elastic.call(
                "create index " + index,
                () -> client.indices().create(kind.definition().createRequestForRebuild(index)));
        ExecutorService senders = Executors.newFixedThreadPool(BULKS_IN_FLIGHT, runnable -> {
            Thread thread = new Thread(runnable, "rebuild-" + alias);
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<?>> inFlight = new ArrayDeque<>();
            for (List<D> batch : batches) {
                while (inFlight.size() >= BULKS_IN_FLIGHT) {
                    await(inFlight.removeFirst());
                }
                inFlight.addLast(senders.submit(() -> load(index, batch)));
            }
            while (!inFlight.isEmpty()) {
                await(inFlight.removeFirst());
            }
            restoreRefreshInterval(index);
            refresh(index);
        } catch (RuntimeException e) {
            try {
                // no bulk request may reach Elasticsearch after the delete: it would create the index again
                stop(senders);
                deleteIndices(List.of(index));
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        } finally {
            senders.shutdownNow();
        }
        // from here on the new index may be behind the alias: a failure leaves it for the next rebuild to delete
        moveAlias(index);
        long documents = Elastic.call("count " + index, () -> client.count(c -> c.index(index)))
                .count();
        LOG.info("Rebuilt search index {} with {} documents behind alias {}", index, documents, alias);
        return new RebuildResult(index, documents);
    }

    /** How many bulk requests of a rebuild may be in flight at once. */
    static final int BULKS_IN_FLIGHT = 2;

    private static void await(Future<?> bulk) {
        try {
            bulk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading a batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Waits for the bulk requests in flight to end (each within the client's socket timeout). Not interrupted: a
     * request Elasticsearch already has would go on, and could create the index again after its delete.
     */
    private static void stop(ExecutorService senders) {
        senders.shutdown();
        try {
            if (!senders.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("bulk requests of a failed rebuild did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a failed rebuild's bulk requests ended", e);
        }
    }

    /** Gives a loaded index the definition's refresh interval back (Elasticsearch's default when it sets none). */
    private void restoreRefreshInterval(String index) {
        String interval = kind.definition().refreshInterval();
        var request = new org.elasticsearch.client.Request("PUT", "/" + index + "/_settings");
        request.setJsonEntity(
                "{\"index\":{\"refresh_interval\":" + (interval == null ? "null" : "\"" + interval + "\"") + "}}");
        Elastic.call("restore the refresh interval of " + index, () -> {
            try {
                ((RestClientTransport) client._transport()).restClient().performRequest(request);
                return null;
            } catch (org.elasticsearch.client.ResponseException e) {
                if (e.getResponse().getStatusLine().getStatusCode() >= 500) {
                    throw e;
                }
                throw new IllegalStateException(
                        "could not restore the refresh interval of " + index + ": " + e.getMessage(), e);
            }
        });
    }

    /** Number of documents behind the alias, after a refresh; 0 when the alias is missing. */
    public long count() {
        refresh();
        return Elastic.call(
                        "count " + alias,
                        () -> client.count(
                                c -> c.index(alias).ignoreUnavailable(true).allowNoIndices(true)))
                .count();
    }

    /** Makes recent writes visible to search; does nothing when the alias is missing. */
    public void refresh() {
        refresh(alias);
    }

    /** Deletes the alias's indices and any other index of this kind and prefix. */
    public void deleteAll() {
        deleteIndices(List.copyOf(indices(List.of(alias, indexPattern())).keySet()));
        versions = null;
    }

    /**
     * The mapping version of the index behind the alias, read from its name ({@code <alias>-v<N>-<timestamp>}); 0 for
     * an index named otherwise, empty when the alias is missing. Lower than {@link IndexDefinition#mappingVersion()}
     * after an upgrade changed the index definition: the index needs a rebuild.
     */
    public java.util.OptionalInt liveMappingVersion() {
        Pattern versioned = Pattern.compile(Pattern.quote(alias) + "-v(\\d+)-.*");
        return indices(List.of(alias)).entrySet().stream()
                .filter(e -> e.getValue().contains(alias) || e.getKey().equals(alias))
                .mapToInt(e -> {
                    var m = versioned.matcher(e.getKey());
                    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
                })
                .max();
    }

    /** Whether the alias points at an index built from an older definition of the kind (see {@link #liveMappingVersion}). */
    public boolean isOutdated() {
        var live = liveMappingVersion();
        return live.isPresent() && live.getAsInt() < kind.definition().mappingVersion();
    }

    /**
     * Whether the alias points at an index of an older mapping version than this code's, as last seen (read again at
     * most every {@value #VERSIONS_TTL_MS} ms): while a rebuild for this version runs, the searches ask the old index
     * what its fields can answer ({@link #liveFields}). False when the versions cannot be read (the search itself then
     * says what is wrong).
     */
    public boolean servesOlderMapping() {
        Versions v = versions();
        return v != null && v.live() > 0 && v.live() < kind.definition().mappingVersion();
    }

    /**
     * The Chinese-text fields and region levels the index behind the alias has ({@link QueryParts#forIndexFields}): all
     * of them when it is of this code's mapping version; when the versions cannot be read, the Chinese-text fields but
     * not the region levels (the facet is then counted on {@code regionAncestors}, as every version can); for an older
     * one, what its mapping has, read once per index: a version-3 projects index has the folded copies and the pinyin
     * but not the places, one from before the Chinese-text search none. Without its mapping, the fields as written.
     */
    public IndexFields liveFields() {
        Versions v = versions();
        if (v != null && v.live() >= kind.definition().mappingVersion()) {
            return IndexFields.ALL;
        }
        if (v == null || v.live() <= 0 || v.liveIndex() == null) {
            // not known: the keywords as usual, the region facet on regionAncestors, which every version has
            return IndexFields.ALL_BUT_REGION_LEVELS;
        }
        String live = v.liveIndex();
        LiveFields seen = liveFields;
        if (seen != null && seen.index().equals(live)) {
            return seen.fields();
        }
        try {
            var mappings = Elastic.call(
                            "mapping of " + live, () -> client.indices().getMapping(g -> g.index(live)))
                    .result();
            var record = mappings.get(live);
            IndexFields fields = record == null ? IndexFields.AS_WRITTEN : IndexFields.of(record.mappings());
            liveFields = new LiveFields(live, fields);
            LOG.info("Search index {} is of an older mapping version; keyword queries ask it for {}", live, fields);
            return fields;
        } catch (RuntimeException e) {
            LOG.debug("Could not read the mapping of {}: {}", live, e.getMessage());
            return IndexFields.AS_WRITTEN;
        }
    }

    /** The Chinese-text fields of an index of an older version, as read from its mapping. */
    private record LiveFields(String index, IndexFields fields) {}

    private volatile LiveFields liveFields;

    /**
     * Whether an index of this kind and prefix has a higher mapping version than this code's, behind the alias or
     * being built (a newer version of the application is running): this instance must not write any more, its
     * documents have the old shape. An index not behind the alias counts only while it may still be being built: its
     * name's timestamp less than {@link #ABANDONED_AFTER} old; an older one was left by an aborted upgrade and is
     * ignored (a rebuild deletes it). As last seen, read again at most every {@value #VERSIONS_TTL_MS} ms.
     */
    public boolean hasNewerMapping() {
        Versions v = versions();
        return v != null && v.newest() > kind.definition().mappingVersion();
    }

    /**
     * How long after its creation an index of a higher version that the alias does not point at is taken for one being
     * built; a rebuild of every project takes minutes.
     */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofHours(1);

    /** How long the mapping versions seen behind the alias are trusted before they are read again. */
    static final long VERSIONS_TTL_MS = 2_000;

    /**
     * The live index's mapping version (0 without the alias), its name (null without the alias) and the highest
     * version among the kind's indices.
     */
    private record Versions(int live, String liveIndex, int newest, long readAtNanos) {}

    private volatile Versions versions;

    /** The creation time in an index's name ({@code yyyyMMddHHmmssSSS}, UTC); the epoch when it does not parse. */
    private static Instant createdAt(String timestamp) {
        try {
            return java.time.LocalDateTime.parse(timestamp, TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private Versions versions() {
        Versions v = versions;
        long now = System.nanoTime();
        if (v != null && now - v.readAtNanos() < VERSIONS_TTL_MS * 1_000_000) {
            return v;
        }
        try {
            Pattern versioned = Pattern.compile(Pattern.quote(alias) + "-v(\\d+)-(\\d{17})");
            Instant abandoned = Instant.now().minus(ABANDONED_AFTER);
            int live = 0;
            String liveIndex = null;
            int newest = 0;
            for (var e : indices(List.of(alias, indexPattern())).entrySet()) {
                var m = versioned.matcher(e.getKey());
                int version = m.matches() ? Integer.parseInt(m.group(1)) : 0;
                if (e.getValue().contains(alias)) {
                    if (liveIndex == null || version > live) {
                        liveIndex = e.getKey();
                    }
                    live = Math.max(live, version);
                    newest = Math.max(newest, version);
                } else if (version > 0 && createdAt(m.group(2)).isAfter(abandoned)) {
                    newest = Math.max(newest, version);
                }
            }
            v = new Versions(live, liveIndex, newest, now);
            versions = v;
            return v;
        } catch (RuntimeException e) {
            LOG.debug("Could not read the mapping versions of {}: {}", alias, e.getMessage());
            return v;
        }
    }

    /**
     * Whether the index behind the alias can take writes now: its primary shard is active. After Elasticsearch
     * restarts, it answers (and the alias exists) some seconds before the shards are recovered, and a bulk request
     * sent meanwhile waits for them until the client gives up. Asks for the current health without waiting.
     */
    public boolean writable() {
        try {
            HealthResponse health = Elastic.call(
                    "health of " + alias,
                    () -> client.cluster().health(h -> h.index(alias).timeout(t -> t.time("0s"))));
            return !health.timedOut() && health.status() != HealthStatus.Red;
        } catch (ElasticsearchException e) {
            if (e.status() == 408 || e.status() == 404) {
                return false; // timed out waiting (the shards are not there), or no such index
            }
            throw e;
        }
    }

    /** Whether the alias exists (it may be missing on a new cluster or after the index was deleted). */
    public boolean aliasExists() {
        return Elastic.call("check alias " + alias, () -> client.indices().existsAlias(a -> a.name(alias)))
                .value();
    }

    private void load(String index, List<D> batch) {
        if (batch.isEmpty()) {
            return;
        }
        BulkResponse response = Elastic.call(
                "bulk load " + index,
                () -> client.bulk(b -> {
                    for (D doc : batch) {
                        b.operations(op -> op.index(i -> i.index(index)
                                .id(Long.toString(doc.id()))
                                .version(doc.version())
                                .versionType(VersionType.ExternalGte)
                                .document(doc)));
                    }
                    return b;
                }));
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && !BulkItems.isVersionConflict(item)) {
                    throw new IllegalStateException("rebuild of " + alias + " failed at " + kind.documentName() + " "
                            + item.id() + ": " + BulkItems.describe(item));
                }
            }
        }
    }

    private void refresh(String target) {
        Elastic.call(
                "refresh " + target,
                () -> client.indices()
                        .refresh(r -> r.index(target).ignoreUnavailable(true).allowNoIndices(true)));
    }

    /**
     * Points the alias at {@code index} alone, in one atomic request, then deletes the other indices of this alias. A
     * concrete index squatting on the alias name (auto-created by a stray write) is removed in the same request.
     */
    private void moveAlias(String index) {
        Map<String, Set<String>> existing = indices(List.of(alias, indexPattern()));
        List<Action> actions = new ArrayList<>();
        existing.forEach((name, aliases) -> {
            if (name.equals(alias)) {
                actions.add(Action.of(a -> a.removeIndex(r -> r.index(name))));
            } else if (aliases.contains(alias)) {
                actions.add(Action.of(a -> a.remove(r -> r.index(name).alias(alias))));
            }
        });
        actions.add(Action.of(a -> a.add(ad -> ad.index(index).alias(alias).isWriteIndex(true))));
        Elastic.call("move alias " + alias, () -> client.indices().updateAliases(u -> u.actions(actions)));
        versions = null;
        deleteIndices(existing.keySet().stream()
                .filter(name -> !name.equals(index) && !name.equals(alias))
                .toList());
    }

    /** Index name → its aliases, for the given names or patterns; missing ones are ignored. */
    private Map<String, Set<String>> indices(List<String> targets) {
        var response = Elastic.call(
                "list indices of " + alias,
                () -> client.indices()
                        .get(GetIndexRequest.of(g -> g.index(targets)
                                .features(Feature.Aliases)
                                .ignoreUnavailable(true)
                                .allowNoIndices(true))));
        var result = new TreeMap<String, Set<String>>();
        response.result()
                .forEach((name, state) -> result.put(name, state.aliases().keySet()));
        return result;
    }

    private void deleteIndices(List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        Elastic.call(
                "delete " + names,
                () -> client.indices().delete(d -> d.index(names).ignoreUnavailable(true)));
        LOG.info("Deleted search indices {}", names);
    }

    private String indexPattern() {
        return alias + "-v*";
    }

    private String newIndexName() {
        return alias + "-v" + kind.definition().mappingVersion() + "-" + TIMESTAMP.format(Instant.now());
    }
}
