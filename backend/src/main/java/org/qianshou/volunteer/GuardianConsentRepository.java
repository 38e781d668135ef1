package org.qianshou.volunteer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** Guardians' consents ({@code guardian_consent}); rows are only added. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface GuardianConsentRepository extends GenericRepository<GuardianConsent, Long> {

    GuardianConsent save(GuardianConsent consent);

    /** The newest consent of each of these volunteers that has one. */
    @Query("SELECT DISTINCT ON (account_id) * FROM guardian_consent WHERE account_id IN (:accountIds)"
            + " ORDER BY account_id, recorded_at DESC, id DESC")
    List<GuardianConsent> newest(Collection<Long> accountIds);
}
