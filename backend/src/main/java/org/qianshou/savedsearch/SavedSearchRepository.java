package org.qianshou.savedsearch;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SavedSearchRepository extends CrudRepository<SavedSearch, Long> {

    List<SavedSearch> findByAccountIdOrderById(long accountId);

    Optional<SavedSearch> findByIdAndAccountId(long id, long accountId);

    long countByAccountId(long accountId);

    /**
     * The next saved search whose digest is due (daily ones whose last digest ended before {@code dailyBefore},
     * weekly ones before {@code weeklyBefore}), locked for this transaction; one that another run holds is skipped.
     */
    @Query("SELECT * FROM saved_search WHERE (frequency = 'daily' AND last_digest_at <= :dailyBefore)"
            + " OR (frequency = 'weekly' AND last_digest_at <= :weeklyBefore)"
            + " ORDER BY last_digest_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
    Optional<SavedSearch> nextDue(Instant dailyBefore, Instant weeklyBefore);

    /** The digest's period ended {@code at}; the next continues from {@code listedUntil}. */
    @Query("UPDATE saved_search SET last_digest_at = :at, listed_until = :listedUntil WHERE id = :id")
    void digested(long id, Instant at, Instant listedUntil);

    /** Stops the alerts of the saved search that the digest with this token hash belongs to; how many changed. */
    @Query("UPDATE saved_search SET frequency = 'never', version = version + 1, updated_at = now()"
            + " WHERE frequency <> 'never'"
            + " AND id = (SELECT saved_search_id FROM saved_search_digest WHERE token_hash = :tokenHash)")
    int unsubscribe(byte[] tokenHash);

    @Query("SELECT s.* FROM saved_search s JOIN saved_search_digest d ON d.saved_search_id = s.id"
            + " WHERE d.token_hash = :tokenHash")
    Optional<SavedSearch> findByDigestToken(byte[] tokenHash);
}
