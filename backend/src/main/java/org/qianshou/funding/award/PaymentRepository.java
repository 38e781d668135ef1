package org.qianshou.funding.award;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PaymentRepository extends CrudRepository<Payment, Long> {

    Optional<Payment> findByFunderOrganisationIdAndIdempotencyKey(long funderOrganisationId, String idempotencyKey);

    List<Payment> findByTrancheIdInOrderById(Collection<Long> trancheIds);

    /** The tranche's payment waiting for approval, if any (at most one: a partial unique index). */
    Optional<Payment> findByTrancheIdAndStatus(long trancheId, String status);

    @Query("SELECT * FROM funding_payment WHERE id = :id FOR UPDATE")
    Optional<Payment> lockById(long id);

    /**
     * Serialises the requests of one funder that carry the same idempotency key until the transaction ends, so that
     * the first records the payment and every other finds it.
     */
    @Query("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended('funding_payment_key:' ||"
            + " CAST(:funderOrganisationId AS text) || ':' || :idempotencyKey, 0))) l")
    int lockKey(long funderOrganisationId, String idempotencyKey);
}
