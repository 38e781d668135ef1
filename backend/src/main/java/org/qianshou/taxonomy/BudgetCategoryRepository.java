package org.qianshou.taxonomy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The budget categories, seeded by migration (V11), in their display order. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface BudgetCategoryRepository extends GenericRepository<BudgetCategoryRow, String> {

    List<BudgetCategoryRow> findAllOrderBySortOrderAndCode();
}
