package org.qianshou.volunteer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The {@code volunteer_region} join table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface VolunteerRegionRepository extends GenericRepository<VolunteerRegion, VolunteerRegion.Key> {

    List<VolunteerRegion> saveAll(Iterable<VolunteerRegion> rows);

    @Query("DELETE FROM volunteer_region WHERE account_id = :accountId")
    void deleteByAccount(long accountId);

    @Query("SELECT * FROM volunteer_region WHERE account_id IN (:accountIds) ORDER BY account_id, region_code")
    List<VolunteerRegion> findByAccounts(Collection<Long> accountIds);
}
