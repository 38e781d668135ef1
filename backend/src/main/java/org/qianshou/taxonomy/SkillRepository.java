package org.qianshou.taxonomy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The skills taxonomy, seeded by migration, in its display order. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SkillRepository extends GenericRepository<SkillRow, String> {

    List<SkillRow> findAllOrderBySortOrderAndCode();
}
