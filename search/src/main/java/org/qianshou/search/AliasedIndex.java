package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.GetIndexRequest;
import co.elastic.clients.elasticsearch.indices.get.Feature;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mechanics every index shares: alias {@code <prefix>-<name>} in front of a versioned index {@code
 * <prefix>-<name>-v<mapping version>-<timestamp>}, created from an {@link IndexDefinition}; rebuild with an atomic
 * alias swap. {@link ProjectIndex} and {@link OrganisationIndex} are thin typed faces of it. Thread-safe.
 *
 * @param <D> the document type; its id and external version come from the functions given
 */
final class AliasedIndex<D> {
    private static final Logger LOG = LoggerFactory.getLogger(AliasedIndex.class);
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final String alias;
    private final IndexDefinition definition;
    private final String documentName;
    private final ToLongFunction<D> id;
    private final ToLongFunction<D> version;

    /**
     * @param name the index's name after the prefix, e.g. {@code projects}
     * @param documentName what a document is called in error messages, e.g. {@code project}
     */
    AliasedIndex(
            ElasticsearchClient client,
            String prefix,
            String name,
            IndexDefinition definition,
            String documentName,
            ToLongFunction<D> id,
            ToLongFunction<D> version) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "index prefix must be lower-case letters, digits, '-' or '_': " + prefix);
        }
        this.client = client;
        this.alias = prefix + "-" + name;
        this.definition = definition;
        this.documentName = documentName;
        this.id = id;
        this.version = version;
    }

    String alias() {
        return alias;
    }

    void ensureIndex() {
        if (aliasExists()) {
            return;
        }
        String index = newIndexName();
        try {
            Elastic.call(
                    "create index " + index, () -> client.indices().create(definition.createRequest(index, alias)));
            LOG.info("Created search index {} behind alias {}", index, alias);
        } catch (RuntimeException e) {
            // another instance created its index at the same time: Elasticsearch refuses a second write index (500)
            if (!aliasExists()) {
                throw e;
            }
        }
    }

    RebuildResult rebuild(Iterable<List<D>> batches) {
        String index = newIndexName();
        Elastic.call("create index " + index, () -> client.indices().create(definition.createRequest(index, null)));
        try {
            for (List<D> batch : batches) {
                load(index, batch);
            }
            refresh(index);
        } catch (RuntimeException e) {
            try {
                deleteIndices(List.of(index));
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        // from here on the new index may be behind the alias: a failure leaves it for the next rebuild to delete
        moveAlias(index);
        long documents = Elastic.call("count " + index, () -> client.count(c -> c.index(index)))
                .count();
        LOG.info("Rebuilt search index {} with {} documents behind alias {}", index, documents, alias);
        return new RebuildResult(index, documents);
    }

    long count() {
        refresh();
        return Elastic.call(
                        "count " + alias,
                        () -> client.count(
                                c -> c.index(alias).ignoreUnavailable(true).allowNoIndices(true)))
                .count();
    }

    void refresh() {
        refresh(alias);
    }

    void deleteAll() {
        deleteIndices(List.copyOf(indices(List.of(alias, indexPattern())).keySet()));
    }

    boolean aliasExists() {
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
                                .id(Long.toString(id.applyAsLong(doc)))
                                .version(version.applyAsLong(doc))
                                .versionType(VersionType.ExternalGte)
                                .document(doc)));
                    }
                    return b;
                }));
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && !BulkItems.isVersionConflict(item)) {
                    throw new IllegalStateException("rebuild of " + alias + " failed at " + documentName + " "
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
        return alias + "-v" + definition.mappingVersion() + "-" + TIMESTAMP.format(Instant.now());
    }
}
