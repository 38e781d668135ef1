package org.qianshou.system.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Throttle} as a sliding log in PostgreSQL ({@code throttle_event}, V5): exact, survives restarts,
 * shared by every instance. Time is the database's clock. A key is stored only as
 * HMAC-SHA256({@code qianshou.throttle-secret}, falling back to the JWT signing secret; "throttle:" + key).
 */
@Singleton
public class PostgresThrottle implements Throttle {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresThrottle.class);
    private static final int MAX_BUCKET = 32;

    private final JdbcOperations jdbc;
    private final SecretKeySpec secret;

    public PostgresThrottle(
            JdbcOperations jdbc,
            @Value("${qianshou.throttle-secret:}") String throttleSecret,
            @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String jwtSecret) {
        this.jdbc = jdbc;
        String key = throttleSecret == null || throttleSecret.isBlank() ? jwtSecret : throttleSecret;
        this.secret = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
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
        insert(bucket, hash(key));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void hit(String bucket, String key, int limit, Duration window) {
        validate(bucket, limit, window);
        byte[] hash = hash(key);
        // Serialise concurrent hits on the same bucket and key until this transaction ends.
        long lock = ByteBuffer.wrap(hash).getLong() ^ bucket.hashCode();
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?)", st -> {
            st.setLong(1, lock);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
        refuseIfFull(bucket, hash, limit, window);
        insert(bucket, hash);
    }

    /** Deletes events older than {@link #MAX_WINDOW}; no window reaches back that far. */
    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    @Transactional
    public void purge() {
        int deleted = jdbc.prepareStatement(
                "DELETE FROM throttle_event WHERE at < clock_timestamp() - ? * interval '1 second'", st -> {
                    st.setLong(1, MAX_WINDOW.toSeconds());
                    return st.executeUpdate();
                });
        if (deleted > 0) {
            LOG.debug("Purged {} throttle events", deleted);
        }
    }

    /**
     * The {@code limit}-th newest event in the window, if any, is the one that fills it: the caller may
     * go again when it leaves, at its time plus the window.
     */
    private void refuseIfFull(String bucket, byte[] hash, int limit, Duration window) {
        long windowMillis = window.toMillis();
        Long waitMillis = jdbc.prepareStatement("""
                SELECT ceil(extract(epoch FROM (at + ? * interval '1 millisecond' - clock_timestamp())) * 1000)::bigint
                  FROM throttle_event
                 WHERE bucket = ? AND key_hash = ? AND at > clock_timestamp() - ? * interval '1 millisecond'
                 ORDER BY at DESC
                OFFSET ? LIMIT 1
                """, st -> {
            st.setLong(1, windowMillis);
            st.setString(2, bucket);
            st.setBytes(3, hash);
            st.setLong(4, windowMillis);
            st.setInt(5, limit - 1);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        });
        if (waitMillis != null) {
            throw new TooManyRequestsException(Duration.ofMillis(Math.max(1, waitMillis)));
        }
    }

    private void insert(String bucket, byte[] hash) {
        jdbc.prepareStatement("INSERT INTO throttle_event (bucket, key_hash) VALUES (?, ?)", st -> {
            st.setString(1, bucket);
            st.setBytes(2, hash);
            return st.executeUpdate();
        });
    }

    byte[] hash(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return mac.doFinal(("throttle:" + (key == null ? "" : key)).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
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
