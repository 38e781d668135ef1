package org.qianshou.savedsearch;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SavedSearchDigestRepository extends CrudRepository<SavedSearchDigest, Long> {

    /**
     * The items of {@code kind} that the saved search's digests sent after {@code after} listed (an item published
     * after that moment can only have been listed by such a digest).
     */
    @Query("SELECT v.item_id FROM saved_search_delivery v JOIN saved_search_digest d ON d.id = v.digest_id"
            + " WHERE v.saved_search_id = :savedSearchId AND v.kind = :kind AND d.sent_at > :after")
    List<Long> delivered(long savedSearchId, String kind, Instant after);

    @Query("INSERT INTO saved_search_delivery (saved_search_id, kind, item_id, digest_id)"
            + " VALUES (:savedSearchId, :kind, :itemId, :digestId) ON CONFLICT DO NOTHING")
    void deliver(long savedSearchId, String kind, long itemId, long digestId);
}
