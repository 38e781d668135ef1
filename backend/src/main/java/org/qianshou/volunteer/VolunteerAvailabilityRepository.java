package org.qianshou.volunteer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The {@code volunteer_availability} join table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface VolunteerAvailabilityRepository extends GenericRepository<VolunteerAvailability, VolunteerAvailability.Key> {

    List<VolunteerAvailability> saveAll(Iterable<VolunteerAvailability> rows);

    @Query("DELETE FROM volunteer_availability WHERE account_id = :accountId")
    void deleteByAccount(long accountId);

    @Query("SELECT * FROM volunteer_availability WHERE account_id IN (:accountIds) ORDER BY account_id, slot")
    List<VolunteerAvailability> findByAccounts(Collection<Long> accountIds);
}
