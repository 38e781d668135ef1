package org.qianshou.system.security;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Throttle} as a sliding log in PostgreSQL ({@code throttle_event}, V5, through {@link ThrottleRepository}): exact, survives restarts,
 * shared by every instance. Time is the database's clock. A key is stored only as
 * HMAC-SHA256({@link Keys.Purpose#THROTTLE}'s key, "throttle:" + key).
 */
@Singleton
public class PostgresThrottle implements Throttle {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresThrottle.class);
    private static final int MAX_BUCKET = 32;

    private final ThrottleRepository events;
    private final byte[] secret;

    PostgresThrottle(ThrottleRepository events, Keys keys) {
        this.events = events;
        this.secret = keys.key(Keys.Purpose.THROTTLE);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void check(String bucket, String key, int limit, Duration window) {
        validate(bucket, limit, window);
        refuseIfFull(bucket, hash(key), limit, window);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String bucket, String key) {
        validate(bucket, 1, Duration.ofSeconds(1));
        events.insert(bucket, hash(key));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void hit(String bucket, String key, int limit, Duration window) {
        validate(bucket, limit, window);
        byte[] hash = hash(key);
        // Serialise concurrent hits on the same bucket and key until this transaction ends.
        events.lock(ByteBuffer.wrap(hash).getLong() ^ bucket.hashCode());
        refuseIfFull(bucket, hash, limit, window);
        events.insert(bucket, hash);
    }

    /** Deletes events older than {@link #MAX_WINDOW}; no window reaches back that far. */
    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    @Transactional
    public void purge() {
        int deleted = events.deleteOlderThan(MAX_WINDOW);
        if (deleted > 0) {
            LOG.debug("Purged {} throttle events", deleted);
        }
    }

    /**
     * The {@code limit}-th newest event in the window, if any, is the one that fills it: the caller may
     * go again when it leaves, at its time plus the window.
     */
    private void refuseIfFull(String bucket, byte[] hash, int limit, Duration window) {
        Long waitMillis = events.millisUntilFree(bucket, hash, limit, window);
        if (waitMillis != null) {
            throw new TooManyRequestsException(Duration.ofMillis(Math.max(1, waitMillis)));
        }
    }

    byte[] hash(String key) {
        return Keys.hmac(secret, ("throttle:" + (key == null ? "" : key)).getBytes(StandardCharsets.UTF_8));
    }

    private static void validate(String bucket, int limit, Duration window) {
        if (bucket == null || bucket.isBlank() || bucket.length() > MAX_BUCKET) {
            throw new IllegalArgumentException("bucket must be 1 to " + MAX_BUCKET + " characters");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("window must be positive and at most " + MAX_WINDOW);
        }
    }
}
