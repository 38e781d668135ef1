package org.qianshou.savedsearch;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the saved searches' digests that are due, every ten minutes ({@code qianshou.saved-search.digest-interval}),
 * one saved search after another until none is due.
 */
@Singleton
class DigestJob {

    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);
    /** A run stops after this many saved searches; the next run goes on. */
    static final int MAX_PER_RUN = 1000;

    private final Digests digests;

    DigestJob(Digests digests) {
        this.digests = digests;
    }

    @Scheduled(fixedDelay = "${qianshou.saved-search.digest-interval:10m}", initialDelay = "1m")
    void run() {
        run(Instant.now());
    }

    /** Digests what is due at {@code now}; returns how many saved searches it went through. */
    int run(Instant now) {
        int done = 0;
        try {
            while (done < MAX_PER_RUN && digests.digestNext(now)) {
                done++;
            }
        } catch (RuntimeException e) {
            LOG.warn("Saved-search digests failed this time: {}", e.getClass().getSimpleName());
        }
        return done;
    }
}
