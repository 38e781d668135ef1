package org.qianshou.opening;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The {@code opening_target_group} join table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OpeningTargetGroupRepository extends GenericRepository<OpeningTargetGroup, OpeningTargetGroup.Key> {

    List<OpeningTargetGroup> saveAll(Iterable<OpeningTargetGroup> rows);

    @Query("DELETE FROM opening_target_group WHERE opening_id = :openingId")
    void deleteByOpening(long openingId);

    @Query(
            "SELECT * FROM opening_target_group WHERE opening_id IN (:openingIds) ORDER BY opening_id, target_group_code")
    List<OpeningTargetGroup> findByOpenings(Collection<Long> openingIds);
}
