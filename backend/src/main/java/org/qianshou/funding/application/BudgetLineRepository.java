package org.qianshou.funding.application;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BudgetLineRepository extends CrudRepository<BudgetLineEntity, Long> {

    List<BudgetLineEntity> findByApplicationIdOrderBySeq(long applicationId);

    @Query("DELETE FROM funding_application_budget_line WHERE application_id = :applicationId")
    void deleteOfApplication(long applicationId);
}
