package org.qianshou.volunteer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The {@code volunteer_skill} join table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface VolunteerSkillRepository extends GenericRepository<VolunteerSkill, VolunteerSkill.Key> {

    List<VolunteerSkill> saveAll(Iterable<VolunteerSkill> rows);

    @Query("DELETE FROM volunteer_skill WHERE account_id = :accountId")
    void deleteByAccount(long accountId);

    @Query("SELECT * FROM volunteer_skill WHERE account_id IN (:accountIds) ORDER BY account_id, skill_code")
    List<VolunteerSkill> findByAccounts(Collection<Long> accountIds);
}
