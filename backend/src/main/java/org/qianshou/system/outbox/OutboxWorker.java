package org.qianshou.system.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import org.qianshou.search.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the search outbox every second into every {@link IndexFeed} (projects, organisations); keeps
 * going while batches come back full. A feed that fails waits for the next tick without holding up the others.
 */
@Singleton
@Requires(property = "qianshou.outbox.enabled", value = "true", defaultValue = "true")
class OutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int MAX_BATCHES_PER_TICK = 200;

    private final List<IndexFeed> feeds;
    private final int batchSize;

    OutboxWorker(List<IndexFeed> feeds, @Value("${qianshou.outbox.batch-size:500}") int batchSize) {
        this.feeds = List.copyOf(feeds);
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelay = "${qianshou.outbox.interval:1s}", initialDelay = "1s")
    void drain() {
        feeds.forEach(this::drain);
    }

    private void drain(IndexFeed feed) {
        try {
            feed.ensureIndex();
        } catch (SearchUnavailableException e) {
            LOG.warn("Search index for {} not ready, will try again: {}", feed.name(), e.getMessage());
            return;
        }
        try {
            for (int i = 0; i < MAX_BATCHES_PER_TICK; i++) {
                if (feed.drainOnce(batchSize) < batchSize) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Outbox drain for {} failed; will try again", feed.name(), e);
        }
    }
}
