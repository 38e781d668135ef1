package org.qianshou.project;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.qianshou.search.ProjectDocument;
import org.qianshou.search.ProjectIndex;
import org.qianshou.search.RebuildResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the project index from PostgreSQL, the source of truth: a new versioned index, loaded in
 * batches, then the alias moves. Changes made meanwhile are re-announced through the outbox.
 */
@Singleton
public class ProjectReindexer {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectReindexer.class);
    private static final int BATCH = 1000;
    private static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);

    private final ProjectService projects;
    private final ProjectIndex index;

    ProjectReindexer(ProjectService projects, ProjectIndex index) {
        this.projects = projects;
        this.index = index;
    }

    /** What a rebuild did. */
    @Serdeable
    public record Result(String index, long documents, long databaseCount) {}

    public Result rebuild() {
        // A generous margin: re-announcing a minute of changes is cheap, missing one is not (clock skew,
        // transactions that set updated_at before they commit).
        Instant started = Instant.now().minus(CATCH_UP_MARGIN);
        RebuildResult result = index.rebuild(() -> new Batches());
        int reannounced = projects.reannounceChangedSince(started);
        long inDatabase = projects.count();
        LOG.info(
                "Rebuilt {} with {} projects; {} changed around the rebuild and were re-announced",
                result.index(),
                result.documents(),
                reannounced);
        return new Result(result.index(), result.documents(), inDatabase);
    }

    private final class Batches implements Iterator<List<ProjectDocument>> {
        private long afterId = 0;
        private List<ProjectDocument> next = projects.documentsAfter(0, BATCH);

        @Override
        public boolean hasNext() {
            return !next.isEmpty();
        }

        @Override
        public List<ProjectDocument> next() {
            if (next.isEmpty()) {
                throw new NoSuchElementException();
            }
            List<ProjectDocument> current = next;
            afterId = current.get(current.size() - 1).id();
            next = current.size() < BATCH ? List.of() : projects.documentsAfter(afterId, BATCH);
            return current;
        }
    }
}
