package org.qianshou.organisation.search;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.search.OrganisationDocument;
import org.qianshou.search.OrganisationIndex;
import org.qianshou.search.RebuildResult;
import org.qianshou.system.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the organisations index from PostgreSQL, the source of truth: a new versioned index loaded with the
 * verified organisations in batches, then the alias moves. Organisations changed meanwhile are re-announced through
 * the outbox (as {@code ProjectReindexer} does for projects).
 */
@Singleton
public class OrganisationReindexer {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationReindexer.class);
    static final int BATCH = 1000;
    private static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);

    private final OrganisationService organisations;
    private final OrganisationDocuments documents;
    private final OrganisationIndex index;
    private final Outbox outbox;

    OrganisationReindexer(
            OrganisationService organisations,
            OrganisationDocuments documents,
            OrganisationIndex index,
            Outbox outbox) {
        this.organisations = organisations;
        this.documents = documents;
        this.index = index;
        this.outbox = outbox;
    }

    /**
     * What a rebuild did.
     *
     * @param databaseCount verified organisations in PostgreSQL after the rebuild
     */
    @Serdeable
    public record Result(String index, long documents, long databaseCount) {}

    public Result rebuild() {
        // As for projects: re-announcing a minute of changes is cheap, missing one is not.
        Instant started = Instant.now().minus(CATCH_UP_MARGIN);
        RebuildResult result = index.rebuild(() -> new Batches());
        int reannounced = reannounceChangedSince(started);
        long inDatabase = verifiedCount();
        LOG.info(
                "Rebuilt {} with {} verified organisations; {} changed around the rebuild and were re-announced",
                result.index(),
                result.documents(),
                reannounced);
        return new Result(result.index(), result.documents(), inDatabase);
    }

    /** Whether PostgreSQL holds any verified organisation (an index rebuilt from it would not be empty). */
    boolean anyVerified() {
        return !organisations.verifiedIdsAfter(0, 1).isEmpty();
    }

    /** The number of verified organisations, counted page by page through their ids. */
    long verifiedCount() {
        long count = 0;
        long afterId = 0;
        while (true) {
            List<Long> ids = organisations.verifiedIdsAfter(afterId, BATCH);
            count += ids.size();
            if (ids.size() < BATCH) {
                return count;
            }
            afterId = ids.get(ids.size() - 1);
        }
    }

    /** Every organisation changed since {@code since}; those no longer verified become deletes, which are harmless. */
    @Transactional
    int reannounceChangedSince(Instant since) {
        return outbox.enqueueChangedSince(OrganisationService.AGGREGATE, "organisation", since);
    }

    private final class Batches implements Iterator<List<OrganisationDocument>> {
        private List<Long> nextIds = organisations.verifiedIdsAfter(0, BATCH);

        @Override
        public boolean hasNext() {
            return !nextIds.isEmpty();
        }

        @Override
        public List<OrganisationDocument> next() {
            if (nextIds.isEmpty()) {
                throw new NoSuchElementException();
            }
            List<Long> ids = nextIds;
            nextIds = ids.size() < BATCH ? List.of() : organisations.verifiedIdsAfter(ids.get(ids.size() - 1), BATCH);
            // an organisation that left verified since its id was read is simply left out
            return documents.documents(ids);
        }
    }
}
