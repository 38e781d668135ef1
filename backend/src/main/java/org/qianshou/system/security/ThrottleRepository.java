package org.qianshou.system.security;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * The throttle's sliding log ({@code throttle_event}, V5). Raw SQL, because what it needs is beyond Micronaut
 * Data: a transaction-scoped advisory lock per bucket and key, times from the database's {@code clock_timestamp()},
 * and a table without a primary key. Runs in the caller's transaction.
 */
@Singleton
class ThrottleRepository {

    private final JdbcOperations jdbc;

    ThrottleRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises concurrent hits on the same lock id until the current transaction ends. */
    void lock(long id) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?)", st -> {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
    }

    /**
     * How long until the {@code limit}-th newest event of the bucket and key within the window leaves it, or null
     * when fewer than {@code limit} lie within the window.
     */
    Long millisUntilFree(String bucket, byte[] keyHash, int limit, Duration window) {
        long windowMillis = window.toMillis();
        return jdbc.prepareStatement("""
                SELECT ceil(extract(epoch FROM (at + ? * interval '1 millisecond' - clock_timestamp())) * 1000)::bigint
                  FROM throttle_event
                 WHERE bucket = ? AND key_hash = ? AND at > clock_timestamp() - ? * interval '1 millisecond'
                 ORDER BY at DESC
                OFFSET ? LIMIT 1
                """, st -> {
            st.setLong(1, windowMillis);
            st.setString(2, bucket);
            st.setBytes(3, keyHash);
            st.setLong(4, windowMillis);
            st.setInt(5, limit - 1);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        });
    }

    void insert(String bucket, byte[] keyHash) {
        jdbc.prepareStatement("INSERT INTO throttle_event (bucket, key_hash) VALUES (?, ?)", st -> {
            st.setString(1, bucket);
            st.setBytes(2, keyHash);
            return st.executeUpdate();
        });
    }

    /** Deletes events older than {@code age}; returns how many. */
    int deleteOlderThan(Duration age) {
        return jdbc.prepareStatement(
                "DELETE FROM throttle_event WHERE at < clock_timestamp() - ? * interval '1 second'", st -> {
                    st.setLong(1, age.toSeconds());
                    return st.executeUpdate();
                });
    }
}
