package org.qianshou.project;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.IndexResult;
import org.qianshou.search.ProjectDocument;
import org.qianshou.search.ProjectIndex;
import org.qianshou.search.ProjectIndexer;
import org.qianshou.search.SearchUnavailableException;
import org.qianshou.system.outbox.IndexFeed;
import org.qianshou.system.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries project outbox rows to Elasticsearch: one bulk request per batch, every item checked;
 * the rows of items that made it are deleted, the others retried with back-off.
 */
@Singleton
public class ProjectIndexSync implements IndexFeed {

    @Override
    public String name() {
        return "projects";
    }

    private static final Logger LOG = LoggerFactory.getLogger(ProjectIndexSync.class);

    private final Outbox outbox;
    private final ProjectService projects;
    private final ProjectIndex index;
    private final ProjectIndexer indexer;
    private final ProjectReindexer reindexer;
    private final Duration maxBackoff;
    private volatile boolean indexReady;

    ProjectIndexSync(
            Outbox outbox,
            ProjectService projects,
            ProjectIndex index,
            ProjectIndexer indexer,
            ProjectReindexer reindexer,
            @Value("${qianshou.outbox.max-backoff:5s}") Duration maxBackoff) {
        this.outbox = outbox;
        this.projects = projects;
        this.index = index;
        this.indexer = indexer;
        this.reindexer = reindexer;
        this.maxBackoff = maxBackoff;
    }

    /**
     * Makes sure the index exists before anything is written to it. When the alias is missing while
     * PostgreSQL holds projects (a new cluster, or a deleted index), the index is rebuilt from
     * PostgreSQL rather than started empty; with no projects an empty index is created.
     */
    @Override
    public void ensureIndex() {
        if (indexReady) {
            return;
        }
        if (!index.aliasExists()) {
            if (projects.count() > 0) {
                LOG.warn("Search index {} is missing; rebuilding it from PostgreSQL", index.alias());
                reindexer.rebuild();
            } else {
                index.ensureIndex();
            }
        }
        indexReady = true;
    }

    private int retryAll(List<Outbox.Entry> entries, RuntimeException e) {
        indexReady = false;
        outbox.retryLater(entries, e.getMessage() == null ? e.toString() : e.getMessage(), maxBackoff);
        return 0;
    }

    /**
     * Processes one batch of due rows; returns how many rows it claimed, or 0 when the batch could not be
     * sent at all, so that the worker waits for its next tick instead of cycling through the backlog.
     */
    @Transactional
    @Override
    public int drainOnce(int batchSize) {
        List<Outbox.Entry> entries = outbox.claimDue(ProjectService.AGGREGATE, batchSize);
        if (entries.isEmpty()) {
            return 0;
        }
        List<Long> ids =
                entries.stream().map(Outbox.Entry::aggregateId).distinct().toList();
        Map<Long, ProjectDocument> documents =
                projects.documents(ids).stream().collect(Collectors.toMap(ProjectDocument::id, Function.identity()));
        List<IndexOperation> operations = documents.values().stream()
                .<IndexOperation>map(IndexOperation.Upsert::new)
                .toList();
        List<IndexResult> results;
        try {
            results = operations.isEmpty() ? List.of() : indexer.apply(operations);
        } catch (SearchUnavailableException e) {
            LOG.warn("Elasticsearch unavailable, {} outbox rows will be retried: {}", entries.size(), e.getMessage());
            return retryAll(entries, e);
        } catch (RuntimeException e) {
            // A request Elasticsearch refused as a whole (e.g. a mapping error): keep the rows and back off,
            // so one bad batch neither loses changes nor spins the worker.
            LOG.error("Indexing {} outbox rows failed; they will be retried", entries.size(), e);
            return retryAll(entries, e);
        }
        Map<Long, IndexResult> byId = results.stream()
                .collect(Collectors.toMap(IndexResult::id, Function.identity(), (a, b) -> a.ok() ? b : a));
        List<Outbox.Entry> done = new ArrayList<>();
        List<Outbox.Entry> failed = new ArrayList<>();
        String firstError = null;
        for (Outbox.Entry entry : entries) {
            IndexResult result = byId.get(entry.aggregateId());
            if (result == null || result.ok()) {
                done.add(entry); // indexed, or the project no longer exists
            } else {
                failed.add(entry);
                firstError = firstError == null ? result.error() : firstError;
            }
        }
        outbox.done(done);
        if (!failed.isEmpty()) {
            LOG.warn(
                    "{} of {} index writes failed and will be retried; first error: {}",
                    failed.size(),
                    entries.size(),
                    firstError);
            indexReady = false;
            outbox.retryLater(failed, String.valueOf(firstError), maxBackoff);
        }
        return entries.size();
    }
}
