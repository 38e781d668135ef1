package org.qianshou.opening;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The {@code opening_skill} join table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OpeningSkillRepository extends GenericRepository<OpeningSkill, OpeningSkill.Key> {

    List<OpeningSkill> saveAll(Iterable<OpeningSkill> rows);

    @Query("DELETE FROM opening_skill WHERE opening_id = :openingId")
    void deleteByOpening(long openingId);

    @Query("SELECT * FROM opening_skill WHERE opening_id IN (:openingIds) ORDER BY opening_id, skill_code")
    List<OpeningSkill> findByOpenings(Collection<Long> openingIds);
}
