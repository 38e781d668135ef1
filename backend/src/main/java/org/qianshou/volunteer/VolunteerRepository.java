package org.qianshou.volunteer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Volunteers ({@code volunteer}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface VolunteerRepository extends GenericRepository<Volunteer, Long> {

    Volunteer save(Volunteer volunteer);

    Optional<Volunteer> findById(long accountId);

    List<Volunteer> findByAccountIdIn(Collection<Long> accountIds);

    boolean existsById(long accountId);

    boolean existsByIdNumberHash(byte[] idNumberHash);

    /** The row, locked until the transaction ends (edits and consents take turns). */
    @Query("SELECT * FROM volunteer WHERE account_id = :accountId FOR UPDATE")
    Optional<Volunteer> findByIdForUpdate(long accountId);

    /** The contact details of the given version; 0 rows when another edit came first. */
    @Query("UPDATE volunteer SET mobile = :mobile, version = version + 1, updated_at = now()"
            + " WHERE account_id = :accountId AND version = :version")
    long updateMobile(long accountId, String mobile, long version);

    /** Volunteers whose ID number is encrypted under a key other than {@code keyId}, oldest account first. */
    @Query("SELECT * FROM volunteer WHERE id_number_key_id <> :keyId AND account_id > :after"
            + " ORDER BY account_id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<Volunteer> encryptedUnderOtherKeys(String keyId, long after, int limit);

    @Query("UPDATE volunteer SET id_number_encrypted = :encrypted, id_number_key_id = :keyId"
            + " WHERE account_id = :accountId AND id_number_key_id = :oldKeyId")
    long reencrypt(long accountId, String oldKeyId, byte[] encrypted, String keyId);
}
